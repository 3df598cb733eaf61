// Where the meaning data comes from in the extension: the JSON files the build copies into the package's
// meaning/ folder (wxt.config.ts), read on the first comparison. The URL is relative to the extension's own
// origin (chrome-extension://…, moz-extension://…): the file is read from the installed package, no request
// leaves the machine, and the pages' CSP (connect-src 'self') allows nothing else.
import type { MeaningFileName } from './meaning-file-names';

export async function readMeaningFile(name: MeaningFileName): Promise<unknown> {
  const url = `/meaning/${name}`;
  const response = await fetch(url);
  if (!response.ok) throw new Error(`meaning data: the package's ${url} could not be read (${response.status})`);
  return response.json();
}
