// Entry point of dist/cli.js (bin/report-lint.js).
import { allRules, compareRules } from '../engine';
import { version } from '../version';
import { parseCommand, usage, UsageError, type Command } from './args';
import { exportUsage, parseExport, runExport } from './export';
import { printable } from './printable';
import { runCheck } from './run-check';
import { runCompare } from './run-compare';

// Every line printed passes printable(): file names and quoted text may hold control sequences.
const out = (s: string) => process.stdout.write(printable(s.endsWith('\n') ? s : `${s}\n`));
const err = (s: string) => process.stderr.write(`${printable(s)}\n`);

function listRules(): void {
  const rules = [...allRules, ...compareRules];
  const width = Math.max(...rules.map((r) => r.id.length));
  for (const r of rules) out(`${r.id.padEnd(width)}  ${r.defaultSeverity.padEnd(7)}  ${r.description}`);
}

async function run(command: Command): Promise<void> {
  switch (command.kind) {
    case 'help':
      out(usage);
      return;
    case 'version':
      out(version);
      return;
    case 'list-rules':
      listRules();
      return;
    case 'stdio':
      // The server is its own bundle beside this one (dist/server.js, which starts it on load):
      // checking files never loads the protocol libraries.
      require(serverBundle());
      return;
    case 'check':
      process.exitCode = await runCheck(command.options, { out, err });
      return;
    case 'compare':
      process.exitCode = runCompare(command.options, command.last, command.current, { out, err });
      return;
  }
}

/** dist/server.js beside the running dist/cli.js. */
function serverBundle(): string {
  return require('node:path').join(__dirname, 'server.js');
}

async function main(argv: string[]): Promise<void> {
  try {
    if (argv[0] === 'export') {
      const o = parseExport(argv.slice(1));
      if (o === 'help') out(exportUsage);
      else void runExport(o, out, err).then((code) => (process.exitCode = code));
      return;
    }
    // A usage error (a bad flag, a missing --config file) is thrown before any file is checked.
    await run(parseCommand(argv, new Set([...allRules, ...compareRules].map((r) => r.id))));
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    err(`report-lint: ${e.message}（用 --help 查看用法）`);
    process.exitCode = 2;
  }
}

void main(process.argv.slice(2));
