// Where the meaning data comes from in Node (the command-line tools, the tests): the JSON modules themselves,
// by dynamic import so nothing is parsed before the first comparison. The extension's build swaps this module
// for meaning-files.packaged.ts (wxt.config.ts): an IIFE background or service worker cannot split a dynamic
// import into a chunk, and would otherwise evaluate 7 MB of data at every start.
import type { MeaningFileName } from './meaning-file-names';

/** Reads one data file of src/engine/data/meaning/ by its name ("de-lemmas.json"). */
export async function readMeaningFile(name: MeaningFileName): Promise<unknown> {
  switch (name) {
    case 'de-lemmas.json': return (await import('../data/meaning/de-lemmas.json')).default;
    case 'en-lemmas.json': return (await import('../data/meaning/en-lemmas.json')).default;
    case 'de-en.json': return (await import('../data/meaning/de-en.json')).default;
    case 'de-synsets.json': return (await import('../data/meaning/de-synsets.json')).default;
    case 'similarity-model.json': return (await import('../data/meaning/similarity-model.json')).default;
  }
}
