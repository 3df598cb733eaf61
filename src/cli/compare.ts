// `npm run compare -- <article> [--json] …`: compares one article file with the corpus and prints the
// report (or one JSON object). Bad input: one line on stderr naming the file and the problem, exit code 2.

import { compareArticle, loadSentenceSimilarity, buildCorpusIndex, prepareQuery } from '../engine';
import { parseCompareArgs } from './compare-args';
import { formatReport } from './compare-report';
import { loadCorpus } from './load-corpus';
import { InputError, readArticleFile } from './read-article-file';

async function main(argv: string[]): Promise<number> {
  try {
    const args = parseCompareArgs(argv);
    const article = await readArticleFile(args.file, { url: args.url, date: args.date });
    const [corpus] = await Promise.all([loadCorpus(args.corpus).then(buildCorpusIndex), loadSentenceSimilarity()]);
    // The extension's two phases over a corpus held in memory: the article prepared once (after the meaning
    // data, whose keys its terms carry), then compared.
    const comparison = compareArticle(prepareQuery(article), corpus);
    process.stdout.write(args.json ? `${JSON.stringify(comparison, null, 2)}\n` : `${formatReport(comparison)}\n`);
    return 0;
  } catch (error) {
    if (error instanceof InputError) {
      process.stderr.write(`compare: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
}

process.exitCode = await main(process.argv.slice(2));
