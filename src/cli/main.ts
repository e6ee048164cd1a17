import { OpsBenchError, UserInputError } from '../core/errors.js';
import { cliFlag } from './flags.js';
import { HARNESS_VERSION } from '../core/version.js';
import { commands } from './commands/index.js';
import type { CliIO } from './io.js';

function help(): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  const lines = commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`);
  return `opsbench ${HARNESS_VERSION}: evaluate coding agents on operating real systems\n\nUsage: opsbench <command> [options]\n\nCommands:\n${lines.join('\n')}\n\nRun "opsbench <command> --help" for a command's options.\n`;
}

/** Dispatches argv to a command. Bad input never prints a stack trace: one line naming the problem, exit 1 or 2. */
export async function runCli(argv: string[], io: CliIO): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.stdout.write(help());
    return name === undefined ? 2 : 0;
  }
  if (name === '--version' || name === '-V') {
    io.stdout.write(`${HARNESS_VERSION}\n`);
    return 0;
  }
  const entry = commands.find((c) => c.name === name);
  if (!entry) {
    io.stderr.write(`opsbench: unknown command "${name}". Commands: ${commands.map((c) => c.name).join(', ')}\n`);
    return 2;
  }
  const command = await entry.load();
  if (rest.includes('--help') || rest.includes('-h')) {
    io.stdout.write(`${command.usage.trimEnd()}\n`);
    return 0;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    if (OpsBenchError.isInstance(error) || isArgError(error)) {
      // Engine errors name configuration fields; the CLI says them as its flags.
      const message = UserInputError.isUserInput(error) ? error.describe(cliFlag) : (error as Error).message;
      io.stderr.write(`opsbench ${name}: ${message}\n`);
      return isArgError(error) ? 2 : 1;
    }
    throw error;
  }
}

/** node:util parseArgs throws TypeErrors with these codes for unknown or malformed flags. */
function isArgError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS');
}
