import { UserInputError } from '../core/errors.js';

export interface Shard {
  /** 1-based. */
  index: number;
  total: number;
}

/**
 * Parses `I/N` (1 <= I <= N), as the run configuration's `shard` field takes it (`--shard`, the Action's
 * `shard` input).
 * @throws UserInputError naming the field and the accepted form.
 */
export function parseShard(text: string): Shard {
  const match = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(text);
  const index = Number(match?.[1]);
  const total = Number(match?.[2]);
  if (!match || total < 1 || index < 1 || index > total) {
    throw new UserInputError(`{shard} must look like I/N with 1 <= I <= N, e.g. 2/4 (got "${text}")`);
  }
  return { index, total };
}

/**
 * The tasks of shard `index` of `total`: sort by id, then take every total-th task starting at index-1
 * (round robin). Deterministic from the ids alone, so the `plan` job and every `run --shard` leg agree
 * without talking to each other, and shards differ in size by at most one task. Adding a task moves
 * later tasks between shards; that is fine because each run is planned afresh.
 */
export function shardTasks<T extends { id: string }>(tasks: readonly T[], index: number, total: number): T[] {
  if (!Number.isInteger(total) || total < 1 || !Number.isInteger(index) || index < 1 || index > total) {
    throw new UserInputError(`shard ${index}/${total}: need 1 <= I <= N`);
  }
  const sorted = [...tasks].sort(byId);
  return sorted.filter((_, i) => i % total === index - 1);
}

/** Code-unit order of ids (not locale order), so every machine sorts the same way. */
export function byId(a: { id: string }, b: { id: string }): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
