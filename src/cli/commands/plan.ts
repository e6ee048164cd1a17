import { parseArgs } from 'node:util';
import { findTaskDirs } from '../../task/load.js';
import { planMatrix } from '../../trial/plan.js';
import { UserInputError } from '../../core/errors.js';
import type { CliCommand } from '../io.js';

const usage = `Usage: opsbench plan --tasks DIR [--models a,b] [--shards N]

Prints the JSON for a workflow's strategy.matrix: one leg per model and shard ({"include":[{"model","shard":"I/N"}]}).
Shards are capped at the number of tasks so no leg starts empty. Tasks are counted by their directories,
not loaded: run \`opsbench validate\` to check them (each run leg loads and checks its own).`;

export const planCommand: CliCommand = {
  name: 'plan',
  summary: 'print the models x shards matrix JSON for strategy.matrix',
  usage,
  async run(args, io) {
    const { values } = parseArgs({
      args,
      options: { tasks: { type: 'string', default: 'tasks' }, models: { type: 'string', default: '' }, shards: { type: 'string', default: '1' } }
    });
    const shards = Number(values.shards);
    if (!Number.isInteger(shards) || shards < 1) throw new UserInputError(`--shards must be a whole number >= 1 (got "${values.shards}")`);
    const { dirs, problems } = await findTaskDirs([values.tasks]);
    if (problems.length > 0) {
      for (const p of problems) io.stderr.write(`${p}\n`);
      return 1;
    }
    const models = values.models.split(',').map((m) => m.trim()).filter(Boolean);
    io.stdout.write(JSON.stringify(planMatrix({ taskCount: dirs.length, models, shards })) + '\n');
    return 0;
  }
};
