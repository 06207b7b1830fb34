// Preloaded into the measured prel process (`node --import ./bench/rss-probe.mjs ...`): on exit it writes
// the process's peak resident set size, in KiB (getrusage ru_maxrss), to the file named by PREL_BENCH_RSS_FILE.
import { writeFileSync } from 'node:fs';

const file = process.env.PREL_BENCH_RSS_FILE;
if (file) {
  process.on('exit', () => {
    try {
      writeFileSync(file, `${process.resourceUsage().maxRSS}\n`);
    } catch {
      // The bench reports a missing figure; never change the measured process's exit status.
    }
  });
}
