// Preloaded into a benchmarked child process: prints its peak resident set and its CPU time (all threads)
// when it exits. CPU time does not depend on how busy the machine is; wall time does.
process.on('exit', () => {
  const usage = process.resourceUsage();
  process.stderr.write(`max-rss-kb ${usage.maxRSS}\ncpu-us ${usage.userCPUTime + usage.systemCPUTime}\n`);
});
