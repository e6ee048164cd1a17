import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { loadBaseline } from '../report/build-report.js';
import { readResults } from '../report/read-results.js';
import type { ReportRow } from '../report/report-row.js';
import type { BaselineSource, Report } from '../report/report-schema.js';
import { code } from '../report/markdown-escape.js';
import { runKey } from '../report/summarize.js';
import { loadTaskSet } from '../task/load.js';
import { suiteHash, type RunPlan } from '../trial/plan.js';
import { actionsCache, type CachePort } from './cache-port.js';
import type { CommandContext } from './commands.js';
import { Inputs } from './inputs.js';

export interface ResolvedBaseline {
  baseline?: string | Report;
  baselineSource?: BaselineSource;
  baselineNote?: string;
  /** Set on the default branch: save this run's report for the pull requests that branch from it. */
  save?: { suite: string; sha: string };
}

const PREFIX = 'opsbench-baseline-';
const slug = (s: string) => s.replace(/[^A-Za-z0-9._-]+/g, '_');
/** `opsbench-baseline-<suite>-<agent/model>-`: everything a baseline must share with this run but the commit. */
export const baselineKeyPrefix = (suite: string, key: string) => `${PREFIX}${suite}-${slug(key)}-`;
/** One cache entry per agent/model: a folder with report.json and durations.json (mean ms per task, for `plan`). */
const entryDir = (workdir: string, key: string) => path.join(workdir, '.opsbench', 'baseline-cache', slug(key));
const cachePath = (workdir: string, key: string) => path.join(entryDir(workdir, key), 'report.json');

/**
 * `baseline: auto | none | <path>`. With auto, a pull request restores the report its base commit's run
 * saved (the Actions cache: a branch may read the default branch's entries, never the other way round, so
 * a pull request cannot plant its own baseline), else the newest default-branch report of the same suite
 * and agent/model; a run on the default branch compares with the newest and saves its own. No baseline is
 * never an error: the report says so and shows the scores.
 */
export async function resolveBaseline(
  ctx: CommandContext,
  plan: RunPlan | null,
  inputs: string[],
  target: { baseSha: string | undefined; saveSha: string | undefined },
  cache: CachePort = actionsCache
): Promise<ResolvedBaseline> {
  const { config, workdir, io } = ctx;
  const value = config.baseline;
  if (value === 'none') return { baselineNote: `No comparison: input "${Inputs.Baseline}" is none.` };
  if (value !== 'auto') {
    const file = path.resolve(workdir, value);
    if (!existsSync(file)) {
      io.warning(`opsbench report: input "${Inputs.Baseline}": ${value} does not exist; reporting without a comparison (use baseline: auto to take it from the base commit's run)`);
      return { baselineNote: `No comparison: the baseline file ${value} does not exist.` };
    }
    return { baseline: file, baselineSource: { label: `file ${value}`, commit: null, generated_at: null } };
  }

  const suite = plan?.suite_hash ?? (await currentSuite(ctx));
  const keys = [...new Set(plan ? plan.legs.map((l) => runKey(l)) : (await readResults(inputs).catch(() => [])).map(runKey))].sort();
  const save = target.saveSha && suite ? { suite, sha: target.saveSha } : undefined;
  if (!suite || keys.length === 0) return { baselineNote: 'No baseline: the suite is unknown (no plan and no tasks in this checkout).', ...(save && { save }) };
  if (!cache.isFeatureAvailable()) return { baselineNote: 'No baseline: the Actions cache is not available to this job.', ...(save && { save }) };

  const baseSha = target.baseSha;
  const found: { report: Report; key: string; matched: string }[] = [];
  for (const key of keys) {
    const prefix = baselineKeyPrefix(suite, key);
    const file = cachePath(workdir, key);
    await mkdir(path.dirname(file), { recursive: true });
    let matched: string | undefined;
    try {
      matched = await cache.restoreCache([entryDir(workdir, key)], baseSha ? prefix + baseSha : prefix + 'none', [prefix]);
    } catch (error) {
      io.warning(`opsbench report: could not restore the baseline of ${key} (${(error as Error).message})`);
    }
    if (matched && existsSync(file)) found.push({ report: await loadBaseline(file), key, matched });
  }
  if (found.length === 0) {
    const what = baseSha ? `for base commit ${baseSha.slice(0, 7)} nor any default-branch report` : 'from the default branch';
    return {
      baselineNote: `No baseline: no report saved ${what} of this suite (${suite}) and ${keys.map(code).join(', ')}. A run on the default branch with baseline: auto saves one; these are the current scores.`,
      ...(save && { save })
    };
  }
  const commits = found.map((f) => f.matched.slice(baselineKeyPrefix(suite, f.key).length));
  const commit = commits.every((c) => c === commits[0]) ? commits[0]! : null;
  const exact = !!baseSha && commits.every((c) => c === baseSha);
  const label = exact
    ? `the report of base commit ${baseSha!.slice(0, 7)}`
    : `the newest default-branch report of this suite (commit ${commits.map((c) => c.slice(0, 7)).join(', ')})${baseSha ? `; none saved for base commit ${baseSha.slice(0, 7)}` : ''}`;
  const generated = found.map((f) => f.report.generated_at).sort()[0] ?? null;
  return { baseline: mergeReports(found.map((f) => f.report)), baselineSource: { label, commit, generated_at: generated }, ...(save && { save }) };
}

/** Saves one cache entry per agent/model, so each pull request finds its model's baseline alone. */
export async function saveBaseline(
  ctx: CommandContext,
  save: { suite: string; sha: string },
  report: Report,
  results: readonly ReportRow[],
  cache: CachePort = actionsCache
): Promise<void> {
  if (!cache.isFeatureAvailable()) return;
  for (const run of report.runs) {
    const file = cachePath(ctx.workdir, run.key);
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, JSON.stringify(onlyRun(report, run.key)) + '\n');
    await writeFile(path.join(path.dirname(file), DURATIONS), JSON.stringify(meanDurations(results.filter((r) => runKey(r) === run.key))) + '\n');
    const key = baselineKeyPrefix(save.suite, run.key) + save.sha;
    try {
      await cache.saveCache([entryDir(ctx.workdir, run.key)], key);
      ctx.io.info(`opsbench report: saved the baseline of ${run.key} for commit ${save.sha.slice(0, 7)} (${key})`);
    } catch (error) {
      // A re-run of the same commit finds its key taken; the first report of a commit is kept.
      ctx.io.info(`opsbench report: baseline ${key} not saved (${(error as Error).message})`);
    }
  }
}

const DURATIONS = 'durations.json';

/** Mean wall time of a task's trials (environment, agent, grading, teardown), by task id. */
function meanDurations(results: readonly ReportRow[]): Record<string, number> {
  const sums = new Map<string, { ms: number; n: number }>();
  for (const r of results) {
    const s = sums.get(r.task_id) ?? { ms: 0, n: 0 };
    s.ms += r.durations_ms.env + r.durations_ms.agent + r.durations_ms.grade + r.durations_ms.teardown;
    s.n += 1;
    sums.set(r.task_id, s);
  }
  return Object.fromEntries([...sums].map(([id, s]) => [id, Math.round(s.ms / s.n)]));
}

/**
 * The recorded task durations of the newest default-branch run of this suite and agent/model, for `plan` to
 * balance shards on; empty when there is none (the plan then shards round robin).
 */
export async function recordedDurations(workdir: string, suite: string, key: string, cache: CachePort = actionsCache): Promise<Map<string, number>> {
  if (!cache.isFeatureAvailable()) return new Map();
  const dir = entryDir(workdir, key);
  await mkdir(dir, { recursive: true });
  try {
    if (!(await cache.restoreCache([dir], baselineKeyPrefix(suite, key) + 'none', [baselineKeyPrefix(suite, key)]))) return new Map();
    const json = JSON.parse(await readFile(path.join(dir, DURATIONS), 'utf8')) as Record<string, unknown>;
    return new Map(Object.entries(json).filter((e): e is [string, number] => typeof e[1] === 'number'));
  } catch {
    return new Map();
  }
}

function onlyRun(report: Report, key: string): Report {
  return {
    ...report,
    runs: report.runs.filter((r) => r.key === key),
    tasks: report.tasks.filter((t) => t.runs[key]).map((t) => ({ ...t, runs: { [key]: t.runs[key]! } })),
    comparison: null,
    plan_check: null
  };
}

function mergeReports(reports: Report[]): Report {
  const tasks = new Map<string, Report['tasks'][number]>();
  for (const r of reports) for (const t of r.tasks) tasks.set(t.task_id, { ...t, runs: { ...tasks.get(t.task_id)?.runs, ...t.runs } });
  return { ...reports[0]!, runs: reports.flatMap((r) => r.runs), tasks: [...tasks.values()], comparison: null };
}

async function currentSuite(ctx: CommandContext): Promise<string | null> {
  const dir = path.resolve(ctx.workdir, ctx.config.tasks);
  if (!existsSync(dir)) return null;
  const { tasks, problems } = await loadTaskSet([dir], { cwd: ctx.workdir, env: process.env });
  return problems.length ? null : suiteHash(tasks);
}

