import { fisherOneSidedDrop } from '../metrics/regression.js';
import { signFlipTest } from '../metrics/sign-flip.js';
import type { Report, RunComparison, TaskChange } from './report-schema.js';

export interface CompareOptions {
  /** Significance level of the one-sided paired test. */
  alpha?: number;
  /** The smallest Pass@1 drop that counts as a regression, on top of significance. */
  minDelta: number;
}

/**
 * Compares each run of `current` with the same agent/model key in `baseline` over the tasks both ran.
 * A run regresses only when the paired test over tasks is significant AND the drop is at least minDelta:
 * with a handful of tasks, noise alone moves Pass@1 by more than any threshold, so a threshold alone would
 * block merges at random.
 */
export function compareReports(current: Report, baseline: Report, opts: CompareOptions): Report {
  const alpha = opts.alpha ?? 0.05;
  const runs: RunComparison[] = [];
  const baselineTasks = new Map(baseline.tasks.map((t) => [t.task_id, t]));
  for (const run of current.runs) {
    // A baseline usually comes from the same agent and model; with a single run on each side, pair them.
    const base = baseline.runs.find((b) => b.key === run.key) ?? (baseline.runs.length === 1 && current.runs.length === 1 ? baseline.runs[0] : undefined);
    if (!base) continue;
    const diffs: number[] = [];
    const regressed: TaskChange[] = [];
    const improved: TaskChange[] = [];
    let curSum = 0;
    let baseSum = 0;
    for (const row of current.tasks) {
      const cur = row.runs[run.key];
      const prev = baselineTasks.get(row.task_id)?.runs[base.key];
      if (!cur || !prev || cur.n === 0 || prev.n === 0) continue;
      const curRate = cur.c / cur.n;
      const baseRate = prev.c / prev.n;
      curSum += curRate;
      baseSum += baseRate;
      diffs.push(curRate - baseRate);
      const current = { n: cur.n, c: cur.c };
      const previous = { n: prev.n, c: prev.c };
      if (curRate < baseRate) {
        const p = fisherOneSidedDrop(prev.c, prev.n, cur.c, cur.n);
        regressed.push({ task_id: row.task_id, baseline: previous, current, p_value: p, significant: p < alpha });
      } else if (curRate > baseRate) {
        const p = fisherOneSidedDrop(cur.c, cur.n, prev.c, prev.n);
        improved.push({ task_id: row.task_id, baseline: previous, current, p_value: p, significant: p < alpha });
      }
    }
    const ran = new Set(current.tasks.filter((row) => (row.runs[run.key]?.n ?? 0) > 0 || (row.runs[run.key]?.skipped ?? 0) > 0).map((row) => row.task_id));
    const unrun = baseline.tasks.filter((t) => (t.runs[base.key]?.n ?? 0) > 0 && !ran.has(t.task_id)).map((t) => t.task_id);
    const paired = diffs.length;
    const delta = paired ? (curSum - baseSum) / paired : 0;
    const test = signFlipTest(diffs);
    const p = test.p;
    runs.push({
      key: run.key,
      baseline_pass_at_1: paired ? baseSum / paired : base.pass_at_1,
      pass_at_1: paired ? curSum / paired : run.pass_at_1,
      delta,
      paired_tasks: paired,
      p_value: p,
      ...(test.method === 'monte-carlo' ? { p_value_error: test.error } : {}),
      regression: p < alpha && -delta >= opts.minDelta,
      regressed_tasks: regressed.sort((a, b) => a.p_value - b.p_value),
      improved_tasks: improved.sort((a, b) => a.p_value - b.p_value),
      unrun_tasks: unrun
    });
  }
  return { ...current, comparison: { alpha, min_delta: opts.minDelta, runs } };
}

/**
 * The Action's `regressions` output: tasks that dropped within runs whose drop is statistically real, plus any
 * single task whose own drop is significant. A task going 2/2 -> 0/2 is never significant on its own (Fisher
 * p = 1/6), so counting only per-task significance would report 0 for a run that lost everything.
 */
export function countRegressions(report: Report): number {
  return report.comparison?.runs.reduce((n, r) => n + r.regressed_tasks.filter((t) => r.regression || t.significant).length, 0) ?? 0;
}

export function hasRealRegression(report: Report): boolean {
  return report.comparison?.runs.some((r) => r.regression) ?? false;
}
