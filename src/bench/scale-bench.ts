import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { renderTable } from '../trial/text-table.js';
import { writeBenchTask } from './bench-task.js';
import { cliArgv, measureCli, median, probeFigures, writeRssProbe, type CliLauncher } from './measure-child.js';
import { benchHost, type BenchHost } from './run-bench.js';
import { writeSyntheticLogs } from './synthetic-logs.js';
import { writeSyntheticResults } from './synthetic-results.js';

export interface ScaleBenchOptions {
  cli: CliLauncher;
  /** Trial counts for the report (default 1,000 / 10,000 / 100,000). */
  reportSizes?: number[];
  planTasks?: number;
  logLines?: number;
  /** File counts the log lines are split over (default 1 and 16). */
  logFiles?: number[];
  /** Runs per figure; the median is reported. */
  repeats?: number;
  workDir?: string;
  log?: (line: string) => void;
}

export interface ReportFigure {
  trials: number;
  variant: 'markdown' | 'json' | 'junit' | 'markdown+baseline';
  wallMs: number;
  /** User + system CPU of the child: the wall time an idle machine would show. */
  cpuMs: number;
  peakRssMb: number;
}

export interface LogsFigure {
  lines: number;
  files: number;
  /** The first call: starts the index. */
  firstCallMs: number;
  selectiveP50Ms: number;
  broadP50Ms: number;
  peakRssMb: number;
}

export interface ScaleBenchReport extends BenchHost {
  generated_at: string;
  /** Load average over 1 minute when the bench started: figures on a busy machine read high. */
  loadAverage: number;
  report: ReportFigure[];
  plan: { tasks: number; wallMs: number; cpuMs: number; peakRssMb: number };
  logs: LogsFigure[];
  queries: { selective: string; broad: string; limit: number };
  goals: { name: string; target: string; value: string; met: boolean }[];
}

const SELECTIVE = '{service="payments",level="error"} |= "upstream timeout"';
const BROAD = '|= "status=200"';
const LIMIT = 100;

/**
 * Post-processing and the logs server at the sizes users reach, each measured as the user runs it: the
 * real CLI in a child process (its wall time and its own peak RSS), medians of `repeats` runs.
 * - report of synthetic results (two models, three attempts, errors) in every format, and against a baseline;
 * - plan of 1,000 task directories;
 * - the logs MCP server over stdio on a million JSON lines in one file and in 16: the first call, and the
 *   p50 of a selective query (a label pair and a literal, ~100 matches) and a broad one capped at 100 lines
 *   (a literal on nearly every line, so the count of the rest is exact).
 */
export async function runScaleBench(opts: ScaleBenchOptions): Promise<ScaleBenchReport> {
  const log = opts.log ?? (() => {});
  const repeats = opts.repeats ?? 3;
  const workDir = opts.workDir ?? (await mkdtemp(path.join(os.tmpdir(), 'opsbench-scale-')));
  const loadAverage = os.loadavg()[0]!;
  try {
    const probe = await writeRssProbe(workDir);
    const run = async (args: string[]) => {
      const runs = [];
      for (let i = 0; i < repeats; i++) runs.push(await measureCli(opts.cli, probe, args));
      return {
        wallMs: Math.round(median(runs.map((r) => r.wallMs))),
        cpuMs: Math.round(median(runs.map((r) => r.cpuMs))),
        peakRssMb: Math.max(...runs.map((r) => r.peakRssMb))
      };
    };

    const report: ReportFigure[] = [];
    for (const trials of opts.reportSizes ?? [1000, 10_000, 100_000]) {
      const dir = path.join(workDir, `results-${trials}`);
      const current = path.join(dir, 'current', 'results.jsonl');
      const baseline = path.join(dir, 'baseline', 'results.jsonl');
      await writeSyntheticResults(current, { trials, seed: 1 });
      await writeSyntheticResults(baseline, { trials, seed: 2 });
      const out = path.join(dir, 'out');
      for (const variant of ['markdown', 'json', 'junit', 'markdown+baseline'] as const) {
        const args = ['report', current, '--out', out, '--format', variant === 'markdown+baseline' ? 'markdown' : variant];
        if (variant === 'markdown+baseline') args.push('--baseline', baseline);
        const figure = { trials, variant, ...(await run(args)) };
        report.push(figure);
        log(`report ${trials} trials ${variant}: ${figure.wallMs} ms (CPU ${figure.cpuMs} ms), peak RSS ${figure.peakRssMb} MB`);
      }
      await rm(dir, { recursive: true, force: true });
    }

    const planTasks = opts.planTasks ?? 1000;
    const taskDir = path.join(workDir, 'tasks');
    // Distinct ids: a suite with repeated ids is refused by plan, as it should be.
    for (let i = 0; i < planTasks; i++) await writeBenchTask(taskDir, `bench-python-calc-${String(i).padStart(4, '0')}`);
    const plan = { tasks: planTasks, ...(await run(['plan', '--tasks', taskDir, '--models', 'openai:a,anthropic:b', '--shards', '8'])) };
    log(`plan ${planTasks} tasks: ${plan.wallMs} ms (CPU ${plan.cpuMs} ms), peak RSS ${plan.peakRssMb} MB`);
    await rm(taskDir, { recursive: true, force: true });

    const logs: LogsFigure[] = [];
    const lines = opts.logLines ?? 1_000_000;
    for (const files of opts.logFiles ?? [1, 16]) {
      const dir = path.join(workDir, `logs-${files}`);
      await writeSyntheticLogs(dir, { lines, files });
      const figure = await measureLogsServer(opts.cli, probe, dir, { lines, files, repeats: Math.max(5, repeats * 3) });
      logs.push(figure);
      log(
        `logs ${lines} lines in ${files} file(s): first call ${figure.firstCallMs} ms, selective p50 ${figure.selectiveP50Ms} ms, broad p50 ${figure.broadP50Ms} ms, peak RSS ${figure.peakRssMb} MB`
      );
      await rm(dir, { recursive: true, force: true });
    }
    return {
      ...benchHost(),
      generated_at: new Date().toISOString(),
      loadAverage,
      report,
      plan,
      logs,
      queries: { selective: SELECTIVE, broad: BROAD, limit: LIMIT },
      goals: goals(report, plan, logs)
    };
  } finally {
    if (!opts.workDir) await rm(workDir, { recursive: true, force: true });
  }
}

async function measureLogsServer(cli: CliLauncher, probe: string, dir: string, o: { lines: number; files: number; repeats: number }): Promise<LogsFigure> {
  const transport = new StdioClientTransport({ command: cli.node, args: cliArgv(cli, probe, ['mcp', 'logs', '--source', dir]), stderr: 'pipe' });
  let stderr = '';
  transport.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  const client = new Client({ name: 'opsbench-bench', version: '1' });
  await client.connect(transport);
  const exited = new Promise<void>((resolve) => (transport.onclose = () => resolve()));
  const timed = async (query: string) => {
    const start = performance.now();
    const result = await client.callTool({ name: 'query_logs', arguments: { query, limit: LIMIT } });
    if (result.isError) throw new Error(`logs bench: ${query}: ${JSON.stringify(result.content)}`);
    return performance.now() - start;
  };
  try {
    const firstCallMs = await timed(SELECTIVE);
    const selective: number[] = [];
    const broad: number[] = [];
    for (let i = 0; i < o.repeats; i++) {
      selective.push(await timed(SELECTIVE));
      broad.push(await timed(BROAD));
    }
    await client.close();
    await exited;
    // The probe writes at exit; give the pipe a moment to deliver the last line.
    for (let i = 0; i < 20 && !/OPSBENCH_PEAK_RSS_KB/.test(stderr); i++) await new Promise((r) => setTimeout(r, 50));
    return {
      lines: o.lines,
      files: o.files,
      firstCallMs: Math.round(firstCallMs),
      selectiveP50Ms: Math.round(median(selective)),
      broadP50Ms: Math.round(median(broad)),
      peakRssMb: probeFigures(stderr).peakRssMb
    };
  } finally {
    await client.close().catch(() => {});
  }
}

function goals(report: ReportFigure[], plan: ScaleBenchReport['plan'], logs: LogsFigure[]): ScaleBenchReport['goals'] {
  const out: ScaleBenchReport['goals'] = [];
  const at = (trials: number, variant: ReportFigure['variant']) => report.find((r) => r.trials === trials && r.variant === variant);
  const slowest = (trials: number) => report.filter((r) => r.trials === trials && r.variant !== 'markdown+baseline').sort((a, b) => b.wallMs - a.wallMs)[0];
  const big = slowest(100_000);
  if (big) {
    out.push({ name: 'report 100k trials, slowest format, no baseline', target: '< 5000 ms', value: `${big.wallMs} ms (${big.variant})`, met: big.wallMs < 5000 });
    const rss = Math.max(...report.filter((r) => r.trials === 100_000 && r.variant !== 'markdown+baseline').map((r) => r.peakRssMb));
    out.push({ name: 'report 100k trials, peak RSS, no baseline', target: '< 600 MB', value: `${rss} MB`, met: rss < 600 });
  }
  const withBase = at(100_000, 'markdown+baseline');
  if (withBase) out.push({ name: 'report 100k trials with a baseline', target: '< 8000 ms', value: `${withBase.wallMs} ms`, met: withBase.wallMs < 8000 });
  const small = at(10_000, 'markdown');
  const large = at(100_000, 'markdown');
  if (small && large) {
    const growth = large.wallMs / small.wallMs;
    out.push({ name: 'report growth 10k -> 100k (markdown)', target: '<= 12x', value: `${growth.toFixed(1)}x`, met: growth <= 12 });
  }
  out.push({ name: `plan ${plan.tasks} tasks`, target: '< 1000 ms', value: `${plan.wallMs} ms`, met: plan.wallMs < 1000 });
  const one = logs.find((l) => l.files === 1);
  if (one) {
    out.push({ name: `logs ${one.lines} lines, 1 file, selective p50`, target: '< 100 ms', value: `${one.selectiveP50Ms} ms`, met: one.selectiveP50Ms < 100 });
    out.push({ name: `logs ${one.lines} lines, 1 file, broad capped p50`, target: '< 300 ms', value: `${one.broadP50Ms} ms`, met: one.broadP50Ms < 300 });
    out.push({ name: `logs ${one.lines} lines, 1 file, peak RSS`, target: '< 300 MB', value: `${one.peakRssMb} MB`, met: one.peakRssMb < 300 });
  }
  return out;
}

export function renderScaleBench(r: ScaleBenchReport): string {
  const reportRows = [
    ['TRIALS', 'VARIANT', 'WALL (median)', 'CPU (median)', 'PEAK RSS'],
    ...r.report.map((f) => [String(f.trials), f.variant, `${f.wallMs} ms`, `${f.cpuMs} ms`, `${f.peakRssMb} MB`])
  ];
  const logRows = [
    ['LINES', 'FILES', 'FIRST CALL', 'SELECTIVE P50', 'BROAD P50', 'PEAK RSS'],
    ...r.logs.map((l) => [String(l.lines), String(l.files), `${l.firstCallMs} ms`, `${l.selectiveP50Ms} ms`, `${l.broadP50Ms} ms`, `${l.peakRssMb} MB`])
  ];
  const goalRows = [['GOAL', 'TARGET', 'MEASURED', ''], ...r.goals.map((g) => [g.name, g.target, g.value, g.met ? 'met' : 'NOT met'])];
  return [
    `report (synthetic results, 2 models x 3 attempts):\n${renderTable(reportRows)}`,
    `plan: ${r.plan.tasks} tasks in ${r.plan.wallMs} ms (CPU ${r.plan.cpuMs} ms), peak RSS ${r.plan.peakRssMb} MB`,
    `logs server over stdio (selective: ${r.queries.selective}; broad: ${r.queries.broad}; limit ${r.queries.limit}):\n${renderTable(logRows)}`,
    `load average at start: ${r.loadAverage.toFixed(2)} on ${r.cpus} CPUs (goals are judged on wall time; CPU time is what an idle machine would show)\n${renderTable(goalRows)}`
  ].join('\n');
}
