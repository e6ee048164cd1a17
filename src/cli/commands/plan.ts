import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { AGENT_KINDS } from '../../agent/registry.js';
import { UserInputError } from '../../core/errors.js';
import { planSuite, underpowered } from '../../trial/plan-suite.js';
import type { CliCommand } from '../io.js';

const usage = `Usage: opsbench plan [--tasks DIR] [--agent KIND] [--models a,b] [--shards N] [--attempts K]
                     [--min-delta 0.05] [--out plan.json] [--format matrix|plan]

Plans a sharded run as the Action's plan step does: one leg per model and shard (at most 256), the tasks each
leg owes, the attempts and the suite's hash. Prints the JSON for a workflow's strategy.matrix
({"include":[{"leg","model","shard":"I/N"}]}), or with --format plan the plan itself; --out FILE writes the
plan (the same JSON as the Action's plan output) for \`opsbench report --plan FILE\`, which lists every planned
trial that delivered no result as missing. The notes (shards capped) and the smallest drop the suite can
detect go to stderr, before any money is spent.

  --agent KIND   ${AGENT_KINDS.join(' | ')}; default model with --models, else oracle
  --models       comma-separated provider:model specs (the model agent), one configuration per model`;

const FORMATS = ['matrix', 'plan'] as const;

export const planCommand: CliCommand = {
  name: 'plan',
  usage,
  async run(args, io) {
    const { values } = parseArgs({
      args,
      options: {
        tasks: { type: 'string', default: 'tasks' },
        agent: { type: 'string' },
        models: { type: 'string', default: '' },
        shards: { type: 'string', default: '1' },
        attempts: { type: 'string', default: '1' },
        'min-delta': { type: 'string', default: '0.05' },
        out: { type: 'string' },
        format: { type: 'string', default: 'matrix' }
      }
    });
    const whole = (field: 'shards' | 'attempts', value: string) => {
      if (!/^\d+$/.test(value.trim()) || Number(value) < 1) throw new UserInputError(`{${field}} must be a whole number >= 1 (got "${value}")`);
      return Number(value);
    };
    const shards = whole('shards', values.shards);
    const attempts = whole('attempts', values.attempts);
    const minDelta = Number(values['min-delta']);
    if (values['min-delta'].trim() === '' || !(minDelta >= 0 && minDelta <= 1)) throw new UserInputError(`--min-delta must be a number between 0 and 1 (got "${values['min-delta']}")`);
    const format = values.format as (typeof FORMATS)[number];
    if (!FORMATS.includes(format)) throw new UserInputError(`--format must be one of ${FORMATS.join(', ')} (got "${values.format}")`);
    const models = values.models.split(',').map((m) => m.trim()).filter(Boolean);
    const agent = values.agent ?? (models.length ? 'model' : 'oracle');
    if (!(AGENT_KINDS as readonly string[]).includes(agent)) throw new UserInputError(`--agent must be one of ${AGENT_KINDS.join(', ')} (got "${agent}")`);
    if (agent === 'model' && models.length === 0) throw new UserInputError('--models must list at least one provider:model with --agent model');
    if (agent !== 'model' && models.length) io.stderr.write(`opsbench plan: the ${agent} agent has no model; --models is ignored\n`);

    const { plan, matrix, notes, taskCount, power } = await planSuite({
      tasks: values.tasks,
      cwd: process.cwd(),
      env: process.env,
      agent,
      models: agent === 'model' ? models : [],
      shards,
      attempts,
      minDelta,
      log: (line) => io.stderr.write(`${line}\n`)
    });
    for (const note of notes) io.stderr.write(`opsbench plan: ${note}\n`);
    io.stderr.write(`opsbench plan: ${underpowered(power) ? 'warning: ' : ''}${power.text}\n`);
    io.stderr.write(`opsbench plan: ${taskCount} tasks x ${plan.attempts} attempt(s), ${plan.legs.length} legs, suite ${plan.suite_hash}\n`);
    if (values.out) {
      const file = path.resolve(values.out);
      try {
        await mkdir(path.dirname(file), { recursive: true });
        await writeFile(file, JSON.stringify(plan) + '\n');
      } catch (error) {
        throw new UserInputError(`--out ${values.out}: cannot write the plan (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
      }
      io.stderr.write(`opsbench plan: wrote ${values.out}; check the results against it with opsbench report --plan ${values.out}\n`);
    }
    io.stdout.write(JSON.stringify(format === 'plan' ? plan : matrix) + '\n');
    return 0;
  }
};
