// Parses `compare` arguments: <article.html|article.txt> [--json] [--date YYYY-MM-DD] [--url URL]
// [--corpus pack.json]...; a usage problem is an InputError of one line.

import { InputError } from './read-article-file';

export interface CompareArgs {
  file: string;
  json: boolean;
  date?: string;
  url?: string;
  corpus: string[];
}

export const USAGE = 'usage: npm run compare -- <article.html|article.txt> [--json] [--date YYYY-MM-DD] [--url URL] [--corpus pack.json]...';

export function parseCompareArgs(argv: string[]): CompareArgs {
  const args: Partial<CompareArgs> & { corpus: string[] } = { corpus: [], json: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const value = () => {
      const next = argv[++i];
      if (next === undefined || next.startsWith('--')) throw new InputError(`${arg} needs a value. ${USAGE}`);
      return next;
    };
    if (arg === '--json') args.json = true;
    else if (arg === '--date') args.date = value();
    else if (arg === '--url') args.url = value();
    else if (arg === '--corpus') args.corpus.push(value());
    else if (arg.startsWith('--')) throw new InputError(`unknown option ${arg}. ${USAGE}`);
    else if (args.file !== undefined) throw new InputError(`only one article file at a time (got "${args.file}" and "${arg}"). ${USAGE}`);
    else args.file = arg;
  }
  if (args.file === undefined) throw new InputError(`no article file given. ${USAGE}`);
  return args as CompareArgs;
}
