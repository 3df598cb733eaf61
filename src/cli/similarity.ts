// `npm run similarity -- FILE.tsv [--language-a de] [--language-b en]`: one similarity (0..1) per line of
// FILE.tsv (lines "text1<TAB>text2", UTF-8), in order, computed by the engine's sentenceSimilarity. Languages
// are guessed per text unless given.

import { readFileSync } from 'node:fs';
import { loadSentenceSimilarity, sentenceSimilarity } from '../engine';
import { InputError } from './read-article-file';
import { parseSimilarityTsv } from './similarity-tsv';

const USAGE = 'usage: npm run similarity -- FILE.tsv [--language-a de|en] [--language-b de|en]';

function parseArgs(argv: string[]): { file: string; languageA?: string; languageB?: string } {
  let file: string | undefined;
  const options: { languageA?: string; languageB?: string } = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--language-a' || arg === '--language-b') {
      const value = argv[++i];
      if (!value || value.startsWith('--')) throw new InputError(`${arg} needs a language tag. ${USAGE}`);
      options[arg === '--language-a' ? 'languageA' : 'languageB'] = value;
    } else if (arg.startsWith('--')) throw new InputError(`unknown option ${arg}. ${USAGE}`);
    else if (file !== undefined) throw new InputError(`one file at a time (got "${file}" and "${arg}"). ${USAGE}`);
    else file = arg;
  }
  if (file === undefined) throw new InputError(`no input file. ${USAGE}`);
  return { file, ...options };
}

try {
  const args = parseArgs(process.argv.slice(2));
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(readFileSync(args.file));
  } catch (error) {
    throw new InputError(`${args.file}: cannot read as UTF-8 text (${(error as Error).message})`);
  }
  const pairs = parseSimilarityTsv(text, args.file);
  await loadSentenceSimilarity();
  const out = pairs.map((p) => sentenceSimilarity(p.a, p.b, { languageA: args.languageA, languageB: args.languageB }).toFixed(4));
  if (out.length > 0) process.stdout.write(`${out.join('\n')}\n`);
} catch (error) {
  if (error instanceof InputError) {
    console.error(error.message);
    process.exit(2);
  }
  throw error;
}
