import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { RESULT_SCHEMA_VERSION, type TrialResult } from '../core/trial-result.js';
import { gatePower } from '../metrics/power.js';
import { seededRandom } from '../metrics/random.js';
import { compareReports } from '../report/compare.js';
import type { ReportRow } from '../report/report-row.js';
import { ReportSchema } from '../report/report-schema.js';
import { fitMarkdown } from '../report/render-markdown.js';
import { summarize } from '../report/summarize.js';
import { balanceShards, makespan } from '../trial/balance-shards.js';
import { measureCli, writeRssProbe, type CliLauncher } from './measure-child.js';

/** GitHub's limit on a comment body (the report step cuts to it). */
const COMMENT_LIMIT = 65_536;

export interface GateBenchOptions {
  /** A/A and power comparisons per configuration. */
  comparisons: number;
  alpha?: number;
  minDelta?: number;
  seed?: number;
  /** How to start this CLI again: the report job is measured as `opsbench report` in a child process. */
  cli: CliLauncher;
  log?: (line: string) => void;
}

export interface GateBenchReport {
  /** The 1-minute load average when the bench started: the report job's wall time moves with it. */
  loadAverage: number;
  falseAlarm: { tasks: number; attempts: number; comparisons: number; regressions: number; rate: number; significantOnly: number };
  power: { tasks: number; attempts: number; drop: number; comparisons: number; detected: number; rate: number; predictedMinDrop: number | null }[];
  reportJob: { tasks: number; attempts: number; models: number; trials: number; wallMs: number; cpuMs: number; peakRssMb: number; fullMarkdownChars: number; commentChars: number };
  plan: { tasks: number; shards: number; makespanMin: number; lowerBoundMin: number; ratio: number; roundRobinRatio: number };
}

/**
 * The gate's own error rates and the report job's cost, by simulation through the real report code
 * (summarize -> compareReports; the report job as the CLI in a child process), and the plan's shard balance.
 * Per-task pass probabilities come from a Beta(2, 5) (mean 0.29, most tasks hard, a few easy), as on agent
 * suites; both runs of an A/A pair draw from the same probabilities.
 */
export async function runGateBench(opts: GateBenchOptions): Promise<GateBenchReport> {
  const alpha = opts.alpha ?? 0.05;
  const minDelta = opts.minDelta ?? 0.05;
  const random = seededRandom(opts.seed ?? 20261204);
  const log = opts.log ?? (() => {});
  const attempts = 3;
  const loadAverage = os.loadavg()[0]!;

  let regressions = 0;
  let significant = 0;
  for (let i = 0; i < opts.comparisons; i++) {
    const p = Array.from({ length: 50 }, () => beta25(random));
    const c = compare(rows(p, attempts, random), rows(p, attempts, random), alpha, minDelta);
    if (c.regression) regressions++;
    if (c.p_value < alpha) significant++;
  }
  const falseAlarm = { tasks: 50, attempts, comparisons: opts.comparisons, regressions, rate: regressions / opts.comparisons, significantOnly: significant / opts.comparisons };
  log(`A/A: ${regressions}/${opts.comparisons} false alarms (${pct(falseAlarm.rate)}); p < alpha alone ${pct(falseAlarm.significantOnly)}`);

  const power: GateBenchReport['power'] = [];
  for (const tasks of [50, 200]) {
    let detected = 0;
    for (let i = 0; i < opts.comparisons; i++) {
      const p = Array.from({ length: tasks }, () => beta25(random));
      const mean = p.reduce((a, b) => a + b, 0) / tasks;
      // A true drop of 10 points: every task's probability scaled so the suite's mean falls by exactly 0.10.
      const dropped = p.map((x) => (x * Math.max(0, mean - 0.1)) / mean);
      if (compare(rows(dropped, attempts, random), rows(p, attempts, random), alpha, minDelta).regression) detected++;
    }
    const predicted = gatePower({ tasks, attempts, alpha, minDelta, passRates: [2 / 7] }).minDetectableDrop;
    power.push({ tasks, attempts, drop: 0.1, comparisons: opts.comparisons, detected, rate: detected / opts.comparisons, predictedMinDrop: predicted });
    log(`power, 10-point drop, ${tasks} tasks x ${attempts}: ${pct(detected / opts.comparisons)}`);
  }

  const reportJob = await reportJobBench(random, minDelta, opts.cli);
  log(`report job 200 x 3 x 3 with a baseline: ${reportJob.wallMs.toFixed(0)} ms (CPU ${reportJob.cpuMs} ms), peak RSS ${reportJob.peakRssMb.toFixed(0)} MB, comment ${reportJob.commentChars} chars`);

  const plan = planBench(random);
  log(`plan 1,000 tasks over 8 shards: makespan / lower bound ${plan.ratio.toFixed(3)} (round robin ${plan.roundRobinRatio.toFixed(3)})`);
  return { loadAverage, falseAlarm, power, reportJob, plan };
}

function compare(current: ReportRow[], baseline: ReportRow[], alpha: number, minDelta: number) {
  const report = compareReports(summarize(current, undefined, { intervals: false }), summarize(baseline, undefined, { intervals: false }), { alpha, minDelta });
  return report.comparison!.runs[0]!;
}

/** Gamma(2) / (Gamma(2) + Gamma(5)), each an integer-shape Gamma as a sum of exponentials. */
function beta25(random: () => number): number {
  const gamma = (k: number) => {
    let s = 0;
    for (let i = 0; i < k; i++) s -= Math.log(1 - random());
    return s;
  };
  const x = gamma(2);
  return x / (x + gamma(5));
}

function rows(p: number[], attempts: number, random: () => number, model = 'sim:model'): ReportRow[] {
  const out: ReportRow[] = [];
  p.forEach((prob, t) => {
    for (let a = 1; a <= attempts; a++) out.push(row(`task-${String(t).padStart(4, '0')}`, a, random() < prob, model));
  });
  return out;
}

function row(taskId: string, attempt: number, passed: boolean, model: string): TrialResult {
  return {
    schema: RESULT_SCHEMA_VERSION,
    run_id: 'bench',
    task_id: taskId,
    family: 'observability',
    language: 'python',
    services: ['workspace'],
    agent: 'model',
    model,
    attempt,
    status: passed ? 'passed' : 'failed',
    error_class: null,
    error_message: null,
    stop_reason: 'submitted',
    fail_to_pass: { passed: passed ? 1 : 0, total: 1 },
    pass_to_pass: { passed: 1, total: 1 },
    correctness: passed ? 1 : 0,
    tests: [],
    durations_ms: { env: 1000, agent: 60_000, grade: 2000, teardown: 500 },
    episodes: 10,
    tokens: { input: 1000, output: 100, cache_read: 0, cache_write: 0 },
    cost_usd: 0.01,
    started_at: '2026-12-01T00:00:00.000Z',
    finished_at: '2026-12-01T00:01:00.000Z',
    harness_version: 'bench',
    task_hash: 'h'
  };
}

/**
 * The report job's work in a process of its own (the simulations above would own this process's peak RSS):
 * `opsbench report` on 200 tasks x 3 attempts x 3 models against a baseline of the same size, timed from spawn
 * to exit (node's start included) with the child's own peak RSS; the comment is that report cut to GitHub's limit.
 */
async function reportJobBench(random: () => number, minDelta: number, cli: CliLauncher): Promise<GateBenchReport['reportJob']> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'opsbench-gate-bench-'));
  try {
    const models = ['openai:gpt-a', 'anthropic:claude-b', 'google:gemini-c'];
    const p = Array.from({ length: 200 }, () => beta25(random));
    const lines = (rs: ReportRow[]) => rs.map((r) => JSON.stringify(r)).join('\n') + '\n';
    const results = path.join(dir, 'results.jsonl');
    const baseline = path.join(dir, 'baseline.jsonl');
    await writeFile(results, lines(models.flatMap((m) => rows(p, 3, random, m))));
    await writeFile(baseline, lines(models.flatMap((m) => rows(p, 3, random, m))));
    const probe = await writeRssProbe(dir);
    const child = await measureCli(cli, probe, ['report', results, '--baseline', baseline, '--min-delta', String(minDelta), '--format', 'json']);
    const report = ReportSchema.parse(JSON.parse(child.stdout));
    const full = fitMarkdown(report, Infinity, '').markdown;
    const comment = fitMarkdown(report, COMMENT_LIMIT, 'Cut to fit GitHub\'s size limit: the full report is in the job summary and the report artifact.').markdown;
    return { tasks: 200, attempts: 3, models: 3, trials: 1800, wallMs: child.wallMs, cpuMs: child.cpuMs, peakRssMb: child.peakRssMb, fullMarkdownChars: full.length, commentChars: comment.length };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** 1,000 tasks with log-normal recorded durations (median 4 min, a long tail up to the agent's timeout). */
function planBench(random: () => number): GateBenchReport['plan'] {
  const tasks = Array.from({ length: 1000 }, (_, i) => ({ id: `task-${String(i).padStart(4, '0')}` }));
  const normal = () => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
  const durations = new Map(tasks.map((t) => [t.id, Math.min(3_600_000, 240_000 * Math.exp(0.8 * normal()))]));
  const shards = 8;
  const balanced = makespan(balanceShards(tasks, shards, durations), durations);
  const roundRobin = makespan(Array.from({ length: shards }, (_, s) => tasks.filter((_, i) => i % shards === s)), durations);
  return {
    tasks: 1000,
    shards,
    makespanMin: balanced.makespan / 60_000,
    lowerBoundMin: balanced.lowerBound / 60_000,
    ratio: balanced.makespan / balanced.lowerBound,
    roundRobinRatio: roundRobin.makespan / roundRobin.lowerBound
  };
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

export function renderGateBench(r: GateBenchReport): string {
  return [
    `load average at start ${r.loadAverage.toFixed(2)} (${os.cpus().length} CPUs)`,
    `A/A false alarms (${r.falseAlarm.tasks} tasks x ${r.falseAlarm.attempts}, ${r.falseAlarm.comparisons} comparisons): ${pct(r.falseAlarm.rate)} (p < alpha alone: ${pct(r.falseAlarm.significantOnly)})`,
    ...r.power.map((p) => `power for a true 10-point drop, ${p.tasks} tasks x ${p.attempts}: ${pct(p.rate)} (the power note's 80% drop: ${p.predictedMinDrop === null ? 'none' : `${(p.predictedMinDrop * 100).toFixed(0)} points`})`),
    `report job, ${r.reportJob.tasks} tasks x ${r.reportJob.attempts} attempts x ${r.reportJob.models} models with a baseline (opsbench report in a child): ${r.reportJob.wallMs.toFixed(0)} ms wall, ${r.reportJob.cpuMs} ms CPU, peak RSS ${r.reportJob.peakRssMb.toFixed(0)} MB, full markdown ${r.reportJob.fullMarkdownChars} chars, comment ${r.reportJob.commentChars} chars`,
    `plan, ${r.plan.tasks} tasks over ${r.plan.shards} shards: makespan ${r.plan.makespanMin.toFixed(0)} min vs lower bound ${r.plan.lowerBoundMin.toFixed(0)} min (x${r.plan.ratio.toFixed(3)}; round robin x${r.plan.roundRobinRatio.toFixed(3)})`,
    ''
  ].join('\n');
}
