import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { resolveAgent } from '../agent/registry.js';
import type { Grader } from '../grade/outcome.js';
import type { TrialResult } from '../core/trial-result.js';
import type { Runtime } from '../runtime/runtime.js';
import { loadTask } from '../task/load.js';
import { OpsBenchError } from '../core/errors.js';
import { newRunId, runSchedule } from '../trial/scheduler.js';
import { renderTable } from '../trial/text-table.js';
import { HARNESS_VERSION } from '../core/version.js';
import { writeBenchTask } from './bench-task.js';

export interface BenchOptions {
  /** Trials per concurrency level (percentiles want >= 50). */
  trials: number;
  concurrency: number[];
  runtime: Runtime;
  /** Scratch for the task, results and workspaces; default a temp dir, removed afterwards. */
  workDir?: string;
  log?: (line: string) => void;
  signal?: AbortSignal;
  grader?: Grader;
}

export interface Percentiles {
  p50: number;
  p95: number;
  mean: number;
}

export interface BenchLevel {
  concurrency: number;
  trials: number;
  wallMs: number;
  /** Finished trials per second of wall time. */
  throughput: number;
  /** Per trial: started_at..finished_at minus the test command's own time. */
  overheadMs: Percentiles;
  testCommandMs: Percentiles;
  /** p50 of each phase, to see where the overhead goes. */
  phasesP50Ms: TrialResult['durations_ms'];
}

export interface BenchReport {
  schema: 1;
  harness_version: string;
  node: string;
  platform: string;
  cpus: number;
  runtime: string;
  task: string;
  agent: string;
  generated_at: string;
  /** The goal the harness is held to: p50 overhead <= 500 ms at every level. */
  goal: { p50OverheadMs: number; met: boolean };
  levels: BenchLevel[];
}

const GOAL_P50_MS = 500;

/**
 * Measures the harness's own cost per trial: the null agent on a tiny pytest task, `trials` trials at each
 * concurrency level, through the same scheduler and trial code as `opsbench run`. One untimed warm-up trial
 * first fills the FAIL_TO_PASS cache and the OS's file cache.
 * A cancelled bench returns the levels finished so far.
 * @throws OpsBenchError when the bench task does not grade here (e.g. no python3 with pytest) or a trial errs.
 */
export async function runBench(opts: BenchOptions): Promise<BenchReport> {
  const log = opts.log ?? (() => {});
  const workDir = opts.workDir ?? (await mkdtemp(path.join(os.tmpdir(), 'opsbench-bench-')));
  const task = await loadTask(await writeBenchTask(path.join(workDir, 'tasks')));
  const agent = await resolveAgent('null');
  const common = {
    tasks: [task],
    agents: [agent],
    runtime: opts.runtime,
    resume: false,
    cacheDir: path.join(workDir, 'cache'),
    signal: opts.signal,
    grader: opts.grader,
    log: () => {}
  };
  const levels: BenchLevel[] = [];
  try {
    const warm = await runSchedule({ ...common, attempts: 1, concurrency: 1, outDir: path.join(workDir, 'warm-up'), runId: newRunId() });
    const first = warm.ran[0];
    if (warm.cancelled) return benchReport(opts, task.id, agent.name, levels);
    if (!first || first.status === 'error') {
      throw benchError(`the bench task did not grade (${first?.error_class}: ${first?.error_message})`);
    }
    for (const concurrency of opts.concurrency) {
      const outDir = path.join(workDir, `c${concurrency}`);
      const start = performance.now();
      const outcome = await runSchedule({ ...common, attempts: opts.trials, concurrency, outDir, runId: newRunId() });
      const wallMs = performance.now() - start;
      if (outcome.cancelled) break;
      const level = summarizeLevel(concurrency, outcome.ran, wallMs);
      levels.push(level);
      log(
        `concurrency ${concurrency}: ${level.trials} trials in ${(wallMs / 1000).toFixed(1)}s, overhead p50 ${level.overheadMs.p50} ms p95 ${level.overheadMs.p95} ms, ${level.throughput.toFixed(2)} trials/s`
      );
    }
  } finally {
    if (!opts.workDir) await rm(workDir, { recursive: true, force: true });
  }
  return benchReport(opts, task.id, agent.name, levels);
}

export type BenchHost = ReturnType<typeof benchHost>;

/** Where a bench ran: figures from a 2-core runner and a 16-core laptop are not comparable without it. */
export function benchHost() {
  return {
    schema: 1 as const,
    harness_version: HARNESS_VERSION,
    node: process.version,
    platform: `${process.platform}-${process.arch}`,
    cpus: os.availableParallelism()
  };
}

function benchReport(opts: BenchOptions, taskId: string, agentName: string, levels: BenchLevel[]): BenchReport {
  return {
    ...benchHost(),
    runtime: opts.runtime.kind,
    task: taskId,
    agent: agentName,
    generated_at: new Date().toISOString(),
    goal: { p50OverheadMs: GOAL_P50_MS, met: levels.length > 0 && levels.every((l) => l.overheadMs.p50 <= GOAL_P50_MS) },
    levels
  };
}

export function summarizeLevel(concurrency: number, results: TrialResult[], wallMs: number): BenchLevel {
  const errors = results.filter((r) => r.status === 'error');
  if (errors.length > 0) throw benchError(`${errors.length} bench trial(s) ended in error, e.g. ${errors[0]!.error_class}: ${errors[0]!.error_message}`);
  const wall = (r: TrialResult) => Date.parse(r.finished_at) - Date.parse(r.started_at);
  const phase = (key: 'env' | 'agent' | 'grade' | 'teardown') => percentiles(results.map((r) => r.durations_ms[key])).p50;
  return {
    concurrency,
    trials: results.length,
    wallMs: Math.round(wallMs),
    throughput: results.length / (wallMs / 1000),
    overheadMs: percentiles(results.map((r) => wall(r) - (r.test_command_ms ?? 0))),
    testCommandMs: percentiles(results.map((r) => r.test_command_ms ?? 0)),
    phasesP50Ms: { env: phase('env'), agent: phase('agent'), grade: phase('grade'), teardown: phase('teardown') }
  };
}

/** A bench that cannot measure (no python3/pytest, a broken runtime): one line, no stack trace. */
function benchError(message: string): OpsBenchError {
  return new OpsBenchError(`bench: ${message}`, { phase: 'config', errorClass: 'internal' });
}

/** Nearest-rank percentiles, rounded to whole milliseconds. */
export function percentiles(values: number[]): Percentiles {
  if (values.length === 0) return { p50: 0, p95: 0, mean: 0 };
  const sorted = [...values].sort((a, b) => a - b);
  const rank = (p: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))]!;
  return {
    p50: Math.round(rank(0.5)),
    p95: Math.round(rank(0.95)),
    mean: Math.round(sorted.reduce((a, b) => a + b, 0) / sorted.length)
  };
}

export function renderBenchTable(report: BenchReport): string {
  const rows = [
    ['CONCURRENCY', 'TRIALS', 'OVERHEAD P50', 'OVERHEAD P95', 'TEST CMD P50', 'ENV/AGENT/GRADE/TEARDOWN P50', 'TRIALS/S'],
    ...report.levels.map((l) => [
      String(l.concurrency),
      String(l.trials),
      `${l.overheadMs.p50} ms`,
      `${l.overheadMs.p95} ms`,
      `${l.testCommandMs.p50} ms`,
      `${l.phasesP50Ms.env}/${l.phasesP50Ms.agent}/${l.phasesP50Ms.grade}/${l.phasesP50Ms.teardown} ms`,
      l.throughput.toFixed(2)
    ])
  ];
  const table = renderTable(rows);
  const verdict = report.goal.met ? 'met' : 'NOT met';
  return `${table}\nharness overhead = trial wall time - test command time; goal p50 <= ${report.goal.p50OverheadMs} ms: ${verdict}\n`;
}
