// The `newsmark` command: dispatches to one module per subcommand and maps failures to exit codes.
import { analyzeCommand } from './commands/analyze';
import { annotateCommand } from './commands/annotate';
import { checkCommand } from './commands/check';
import { exportCommand } from './commands/export';
import { benchCommand } from './commands/bench';
import { xrefCommand } from './commands/xref';
import { CliError, terminalText, type CliIO, type Command } from './io';

const commands: Command[] = [analyzeCommand, annotateCommand, checkCommand, exportCommand, benchCommand, xrefCommand];

function help(): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  return [
    'newsmark: who said what in news text',
    '',
    'usage: newsmark <command> [options]',
    '',
    ...commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    "Run 'newsmark help <command>' (or 'newsmark <command> --help') for a command's options.",
  ].join('\n');
}

export async function main(argv: string[], io: CliIO): Promise<number> {
  const [name, ...rest] = argv;
  const asksForHelp = name === '--help' || name === '-h' || name === 'help';
  // `newsmark help annotate` is `newsmark annotate --help`; `newsmark help help` is `newsmark help`.
  const about = asksForHelp && rest.length && rest[0] !== 'help' ? rest[0] : undefined;
  if (!name || (asksForHelp && about === undefined)) {
    io.stdout.write(help() + '\n');
    return name ? 0 : 2;
  }
  if (name === '--version') {
    io.stdout.write(`${NEWSMARK_VERSION}\n`);
    return 0;
  }
  const command = commands.find((c) => c.name === (about ?? name));
  if (!command) {
    io.stderr.write(`newsmark: unknown command '${terminalText(about ?? name)}'\n\n${help()}\n`);
    return 2;
  }
  // (After --, every argument is a path, even one named --help.)
  const options = rest.includes('--') ? rest.slice(0, rest.indexOf('--')) : rest;
  if (about !== undefined || options.includes('--help') || options.includes('-h')) {
    io.stdout.write(`usage: ${command.usage}\n`);
    return 0;
  }
  try {
    return await command.run(rest, io);
  } catch (err) {
    if (err instanceof CliError) {
      io.stderr.write(`newsmark ${name}: ${terminalText(err.message)}\n`);
      return err.exitCode;
    }
    io.stderr.write(`newsmark ${name}: unexpected error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    return 1;
  }
}

if (require.main === module) {
  // A reader that stops early (`newsmark check . | head`) is not an error: stop quietly.
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw err;
  });
  main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, interactive: Boolean(process.stderr.isTTY) }).then(
    (code) => {
      process.exitCode = code;
    },
  );
}
