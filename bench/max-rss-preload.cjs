// Preloaded (node --require) into a CLI or server process by bench/structure-rss.mjs: prints the
// process's peak resident set (worker threads included) to stderr when it exits.
const { writeSync } = require('node:fs');
process.on('exit', () => writeSync(2, `\nreport-lint-max-rss-kb ${process.resourceUsage().maxRSS}\n`));
