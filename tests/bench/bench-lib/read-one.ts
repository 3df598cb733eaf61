// Child process of hostile-inputs.ts: reads one file as `compare` does (readArticleFile) and prints the time
// that took and the process's peak memory as one JSON line, so that the extraction path is measured apart
// from the command's start (Node, tsx, the corpus).
import { InputError, readArticleFile } from '../../../src/cli/read-article-file';

const file = process.argv[2] ?? '';
const started = performance.now();
let answer: string;
try {
  const article = await readArticleFile(file);
  answer = `article: ${article.title.slice(0, 60)} (${article.text.length} characters, language ${article.language ?? 'not declared'})`;
} catch (error) {
  if (!(error instanceof InputError)) throw error;
  answer = error.message.slice(file.length + 2);
}
const ms = performance.now() - started;
process.stdout.write(`${JSON.stringify({ ms, maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024), answer })}\n`);
