import { parseArgs } from 'node:util';
import { loadTaskSet } from '../../task/load.js';
import type { CliCommand, CliIO } from '../io.js';

const USAGE = `Usage: opsbench validate [TASK_DIR...]

Schema-checks tasks without running anything: task.yaml (or APEX-SWE's layouts), the files it names,
patches, compose services, context files. A directory that is not itself a task is searched for tasks.
Default: tasks

Exit 0 with a one-line summary when every task is valid; otherwise exit 1 with one
"path: field: problem" line per problem on stderr.
`;

/** `opsbench validate [DIR...]` (docs/architecture.md "The CLI"). */
export const validateCommand: CliCommand = {
  name: 'validate',
  usage: USAGE,
  async run(args: string[], io: CliIO): Promise<number> {
    const { positionals } = parseArgs({ args, options: {}, allowPositionals: true, strict: true });
    const dirs = positionals.length > 0 ? positionals : ['tasks'];
    const { tasks, problems } = await loadTaskSet(dirs, { env: process.env });
    if (problems.length > 0) {
      io.stderr.write(`${problems.join('\n')}\n`);
      return 1;
    }
    io.stdout.write(`${tasks.length} task${tasks.length === 1 ? '' : 's'} valid\n`);
    return 0;
  }
};
