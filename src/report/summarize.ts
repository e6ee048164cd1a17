import { passAt1Interval } from '../metrics/intervals.js';
import { meanPassAtK, passHatK, type TaskCounts } from '../metrics/pass-at-k.js';
import { HARNESS_VERSION } from '../core/version.js';
import type { Report, RunSummary, TaskRow } from './report-schema.js';
import type { TrialResult } from '../core/trial-result.js';
import type { ReportRow } from './report-row.js';
import { summarizeLayers } from './layers.js';

/** agent + model names one evaluated configuration; the report has one row per key. */
export function runKey(r: Pick<TrialResult, 'agent' | 'model'>): string {
  return r.model ? `${r.agent}:${r.model}` : r.agent;
}

/**
 * Skips (a task this runtime cannot run) are left out of every rate: they say nothing about the agent.
 * Other errors count as attempts that did not pass, as SWE-bench counts them, and are shown separately so an
 * infrastructure storm is visible rather than silently lowering the score.
 */
const isSkip = (r: ReportRow) => r.status === 'error' && (r.error_class === 'skipped' || r.error_class === 'invalid');

export function taskCounts(results: ReportRow[]): TaskCounts[] {
  const byTask = new Map<string, TaskCounts>();
  for (const r of results) {
    if (isSkip(r)) continue;
    const t = byTask.get(r.task_id) ?? { taskId: r.task_id, n: 0, c: 0 };
    t.n += 1;
    if (r.status === 'passed') t.c += 1;
    byTask.set(r.task_id, t);
  }
  return [...byTask.values()].sort((a, b) => a.taskId.localeCompare(b.taskId));
}

function summarizeRun(key: string, results: ReportRow[], intervals: boolean): RunSummary {
  const counts = taskCounts(results);
  const scores = counts.map((t) => t.c / t.n);
  const passAt1 = scores.length ? scores.reduce((a, b) => a + b, 0) / scores.length : 0;
  const maxN = counts.reduce((max, t) => Math.max(max, t.n), 0);
  const passAtK: Record<string, number> = {};
  const passHat: Record<string, number> = {};
  for (const k of [1, 2, 3, 5, 10]) {
    if (k > maxN) continue;
    passAtK[String(k)] = meanPassAtK(counts, k).value;
    passHat[String(k)] = meanPassAtK(counts, k, passHatK).value;
  }
  const counted = results.filter((r) => !isSkip(r));
  const families = groupBy(counted, (r) => r.family);
  const errorClasses: Record<string, number> = {};
  for (const r of results) if (r.error_class) errorClasses[r.error_class] = (errorClasses[r.error_class] ?? 0) + 1;
  const sum = (f: (r: ReportRow) => number) => results.reduce((a, r) => a + f(r), 0);
  const first = results[0]!;
  return {
    key,
    agent: first.agent,
    model: first.model,
    tasks: counts.length,
    trials: counted.length,
    passed: counted.filter((r) => r.status === 'passed').length,
    failed: counted.filter((r) => r.status === 'failed').length,
    errors: counted.filter((r) => r.status === 'error').length,
    skipped: results.length - counted.length,
    pass_at_1: passAt1,
    ci95: intervals ? passAt1Interval(scores, counts.map((t) => t.n)) : [0, 1],
    pass_at_k: passAtK,
    pass_hat_k: passHat,
    mean_correctness: counted.length ? counted.reduce((a, r) => a + r.correctness, 0) / counted.length : 0,
    cost_usd: sum((r) => r.cost_usd),
    tokens: {
      input: sum((r) => r.tokens.input),
      output: sum((r) => r.tokens.output),
      cache_read: sum((r) => r.tokens.cache_read),
      cache_write: sum((r) => r.tokens.cache_write)
    },
    by_family: Object.fromEntries(
      [...families].map(([family, rs]) => {
        const fc = taskCounts(rs);
        return [family, { tasks: fc.length, pass_at_1: fc.reduce((a, t) => a + t.c / t.n, 0) / Math.max(1, fc.length) }];
      })
    ),
    error_classes: errorClasses
  };
}

/**
 * Groups in one pass, each result pushed onto its key's list: the report is linear in the results (copying
 * a group per result made 100,000 trials take most of a minute).
 */
export function groupBy<T>(items: Iterable<T>, key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

export interface SummarizeOptions {
  /**
   * false: leave ci95 at [0, 1] (no information) instead of bootstrapping it; for a baseline, whose intervals
   * nothing reads and whose bootstrap is most of the time of summarizing 100,000 trials.
   */
  intervals?: boolean;
}

/** Builds the merged report (without a baseline comparison; see compare.ts). */
export function summarize(results: ReportRow[], now: Date = new Date(), opts: SummarizeOptions = {}): Report {
  const byRun = groupBy(results, runKey);
  const runs = [...byRun].sort(([a], [b]) => a.localeCompare(b)).map(([key, rs]) => summarizeRun(key, rs, opts.intervals ?? true));

  const rows = new Map<string, TaskRow>();
  for (const r of results) {
    const key = runKey(r);
    let row = rows.get(r.task_id);
    if (!row) rows.set(r.task_id, (row = { task_id: r.task_id, family: r.family, language: r.language, runs: {} }));
    const cell = (row.runs[key] ??= { n: 0, c: 0, skipped: 0, errors: 0 });
    if (r.error_class === 'invalid') cell.invalid = (cell.invalid ?? 0) + 1;
    if (r.flags?.length) cell.flags = [...new Set([...(cell.flags ?? []), ...r.flags])].sort();
    if (isSkip(r)) cell.skipped += 1;
    else {
      cell.n += 1;
      if (r.status === 'passed') cell.c += 1;
      if (r.status === 'error') cell.errors += 1;
    }
  }
  const layers = summarizeLayers(results, runKey, isSkip);
  return {
    schema: 1,
    generated_at: now.toISOString(),
    harness_version: HARNESS_VERSION,
    runs,
    tasks: [...rows.values()].sort((a, b) => a.task_id.localeCompare(b.task_id)),
    comparison: null,
    ...(layers.length > 0 ? { layers } : {})
  };
}
