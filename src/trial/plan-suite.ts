import path from 'node:path';
import { UserInputError } from '../core/errors.js';
import { gatePower, type PowerStatement } from '../metrics/power.js';
import { resolveTasksArg } from '../task/dataset-ref.js';
import { loadTaskSet } from '../task/load.js';
import { planRun, suiteHash, type PlannedRun } from './plan.js';

export interface PlanSuiteOptions {
  /** The task directory (or hf:// reference), relative to `cwd`. */
  tasks: string;
  cwd: string;
  env: Readonly<Record<string, string | undefined>>;
  agent: string;
  /** Model specs (model agent) or configuration names (command agent); empty: one unnamed configuration. */
  models: string[];
  shards: number;
  attempts: number;
  minDelta: number;
  /** Recorded mean wall time per task id for this suite hash (the shards are balanced on them). */
  durations?: (suite: string) => Promise<ReadonlyMap<string, number>>;
  log?: (line: string) => void;
}

export interface SuitePlan extends PlannedRun {
  taskCount: number;
  /** How many tasks had a recorded duration (0: round robin). */
  balancedOn: number;
  power: PowerStatement;
}

/**
 * The plan both front ends write (the Action's `plan` output and artifact, the CLI's `plan --out`): the
 * suite's legs, the tasks each owes and the suite hash, and what the suite can detect at all. Problems name
 * fields as `{tasks}`, which each front end renders as its flag or input.
 */
export async function planSuite(opts: PlanSuiteOptions): Promise<SuitePlan> {
  const dir = await resolveTasksArg(opts.tasks, opts.env, opts.log ?? (() => {}));
  // Every task is loaded and validated, not only named: the suite hash needs each one's content hash anyway,
  // and an invalid task found here stops the plan before a matrix of runners starts only to fail on it.
  const { tasks, problems } = await loadTaskSet([path.resolve(opts.cwd, dir)], { cwd: opts.cwd, env: opts.env });
  // A `{word}` inside a problem is the task's text, not a field to rename.
  if (problems.length > 0) throw new UserInputError(`{tasks}: invalid tasks:\n${problems.join('\n').replace(/\{(\w+)\}/g, '{ $1 }')}`);
  const durations = opts.durations ? await opts.durations(suiteHash(tasks)) : new Map<string, number>();
  const planned = planRun({ tasks, agent: opts.agent, models: opts.models, shards: opts.shards, attempts: opts.attempts, durations });
  const power = gatePower({ tasks: tasks.length, attempts: opts.attempts, alpha: 0.05, minDelta: opts.minDelta });
  return { ...planned, taskCount: tasks.length, balancedOn: durations.size, power };
}

/** Whether the power statement is a warning before the money is spent: no drop, or only a large one, is caught. */
export const underpowered = (power: PowerStatement) => power.minDetectableDrop === null || power.minDetectableDrop > 0.15;
