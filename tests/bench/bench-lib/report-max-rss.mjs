// Preloaded into a benchmarked child process: prints its peak resident set (all threads) when it exits.
process.on('exit', () => process.stderr.write(`max-rss-kb ${process.resourceUsage().maxRSS}\n`));
