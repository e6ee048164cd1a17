import { cleanupRun } from '../../runtime/cleanup.js';
import { UserInputError } from '../../core/errors.js';
import type { CliCommand } from '../io.js';

const usage = `Usage: opsbench cleanup RUN_ID

Ends the docker processes a run left running (a "docker build" of a run killed -9 keeps building) and the
processes its local trials left in their directories, then removes every container, network and volume it
left behind (a run killed before it could tear down, or interrupted twice), and its host scratch directory
(/tmp/opsbench/RUN_ID: workspaces, copies, build contexts). RUN_ID is the id "opsbench run" printed
(run <id>: ...), or the one a later run in the same --out named as stale; the Action's post step does the
same for its own run.`;

export const cleanupCommand: CliCommand = {
  name: 'cleanup',
  usage,
  async run(args, io) {
    const [runId, ...extra] = args;
    if (!runId || extra.length > 0 || !/^[a-z0-9-]+$/.test(runId)) {
      throw new UserInputError('give exactly one run id, as "opsbench run" printed it (e.g. 20261121t020916-0d833d)');
    }
    const removed = await cleanupRun(runId, { hostEnv: process.env, log: (line) => io.stdout.write(`${line}\n`) });
    io.stdout.write(`cleanup: removed ${removed} resource(s) of run ${runId}\n`);
    return 0;
  }
};
