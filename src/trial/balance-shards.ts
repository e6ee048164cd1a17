import { byId } from './shard.js';

/**
 * Longest-processing-time-first: the longest task goes to the least loaded shard, and so on down. Its
 * makespan is within 4/3 of the optimum in theory and, with many short tasks, within a few percent of the
 * lower bound max(total / shards, longest task) in practice (`opsbench bench --gate` measures it). A task
 * with no recorded duration counts as the median of the recorded ones. Ties break on the id, so the same
 * durations always give the same shards.
 */
export function balanceShards<T extends { id: string }>(tasks: readonly T[], shards: number, durations: ReadonlyMap<string, number>): T[][] {
  const known = [...durations.values()].filter((d) => Number.isFinite(d) && d > 0).sort((a, b) => a - b);
  const fallback = known.length ? known[Math.floor(known.length / 2)]! : 1;
  const weight = (t: T) => {
    const d = durations.get(t.id);
    return d !== undefined && Number.isFinite(d) && d > 0 ? d : fallback;
  };
  const order = [...tasks].sort((a, b) => weight(b) - weight(a) || byId(a, b));
  const groups: T[][] = Array.from({ length: shards }, () => []);
  const load = new Array<number>(shards).fill(0);
  for (const task of order) {
    let best = 0;
    for (let i = 1; i < shards; i++) if (load[i]! < load[best]!) best = i;
    groups[best]!.push(task);
    load[best]! += weight(task);
  }
  return groups.map((g) => g.sort(byId));
}

/** The makespan of a sharding and the lower bound no sharding can beat. */
export function makespan<T extends { id: string }>(groups: readonly T[][], durations: ReadonlyMap<string, number>): { makespan: number; lowerBound: number } {
  const d = (t: T) => durations.get(t.id) ?? 0;
  const loads = groups.map((g) => g.reduce((a, t) => a + d(t), 0));
  const all = groups.flat().map(d);
  const total = all.reduce((a, b) => a + b, 0);
  return { makespan: Math.max(0, ...loads), lowerBound: Math.max(total / Math.max(1, groups.length), ...all) };
}
