import { createHash } from 'node:crypto';
import { UserInputError } from '../core/errors.js';
import type { PlanLeg, RunPlan } from '../core/run-plan.js';
import { balanceShards } from './balance-shards.js';
import { shardTasks } from './shard.js';

/** GitHub runs at most 256 jobs from one matrix; a bigger matrix fails the workflow before any leg starts. */
export const MAX_MATRIX_JOBS = 256;

export { parseRunPlan, PlanLegSchema, RunPlanSchema, type PlanField, type PlanLeg, type RunPlan } from '../core/run-plan.js';

/** One matrix entry per leg: what `strategy.matrix` hands each job. */
export interface MatrixLeg {
  leg: string;
  model: string;
  shard: string;
}

export interface Matrix {
  include: MatrixLeg[];
}

export interface PlanOptions {
  tasks: readonly { id: string; hash: string }[];
  agent: string;
  /** Model specs (model agent) or configuration names (command agent); empty: one unnamed configuration. */
  models: string[];
  shards: number;
  attempts: number;
  /** Recorded mean wall time per task id (ms): shards are balanced on them when given. */
  durations?: ReadonlyMap<string, number>;
}

export interface PlannedRun {
  plan: RunPlan;
  matrix: Matrix;
  /** Why the plan differs from what was asked (shards capped), for the log. */
  notes: string[];
}

export function suiteHash(tasks: readonly { id: string; hash: string }[]): string {
  const hash = createHash('sha256');
  for (const t of [...tasks].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))) hash.update(`${t.id}\0${t.hash}\n`);
  return hash.digest('hex').slice(0, 16);
}

/** Artifact names and matrix ids allow no slashes or colons; model specs and shards have both. */
export function legId(agent: string, model: string | null, shard: string): string {
  return `${agent}-${model || 'default'}-${shard.replace('/', 'of')}`.replace(/[^A-Za-z0-9._-]+/g, '_');
}

/**
 * Plans the run: models x shards legs, at most 256 jobs, no leg without tasks. With recorded durations the
 * shards are balanced by longest-processing-time-first; without, the same round robin `--shard I/N` uses,
 * so a leg that derives its tasks itself agrees with the plan.
 * @throws UserInputError when the models alone exceed GitHub's matrix limit.
 */
export function planRun(opts: PlanOptions): PlannedRun {
  const notes: string[] = [];
  const models = opts.models.length > 0 ? opts.models : [''];
  if (models.length > MAX_MATRIX_JOBS) throw new UserInputError(`{models}: ${models.length} models exceed GitHub's limit of ${MAX_MATRIX_JOBS} jobs per matrix; split them over several workflows`);
  let shards = Math.max(1, Math.min(opts.shards, opts.tasks.length));
  if (shards < opts.shards) notes.push(`shards capped at ${shards}: there are only ${opts.tasks.length} tasks`);
  const perModel = Math.floor(MAX_MATRIX_JOBS / models.length);
  if (shards > perModel) {
    notes.push(`shards capped at ${perModel}: ${models.length} model(s) x ${shards} shards would exceed GitHub's ${MAX_MATRIX_JOBS}-job matrix limit`);
    shards = perModel;
  }
  const ids = opts.tasks.map((t) => ({ id: t.id }));
  const groups = opts.durations && opts.durations.size > 0 ? balanceShards(ids, shards, opts.durations) : Array.from({ length: shards }, (_, i) => shardTasks(ids, i + 1, shards));
  const legs: PlanLeg[] = [];
  for (const model of models) {
    groups.forEach((group, i) => {
      const shard = `${i + 1}/${shards}`;
      legs.push({ id: legId(opts.agent, model || null, shard), agent: opts.agent, model: model || null, shard, tasks: group.map((t) => t.id) });
    });
  }
  return {
    plan: { schema: 1, suite_hash: suiteHash(opts.tasks), attempts: opts.attempts, legs },
    matrix: { include: legs.map((l) => ({ leg: l.id, model: l.model ?? '', shard: l.shard })) },
    notes
  };
}
