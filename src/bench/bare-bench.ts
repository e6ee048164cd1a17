import { constants } from 'node:fs';
import { access, chmod, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { OpsBenchError } from '../core/errors.js';
import { resolveAgent } from '../agent/registry.js';
import { DockerCli } from '../runtime/docker/cli.js';
import { dockerCliEnv } from '../runtime/docker/isolation.js';
import { DockerRuntime } from '../runtime/docker/runtime.js';
import { loadTask } from '../task/load.js';
import type { Task } from '../task/task.js';
import { newRunId, runSchedule } from '../trial/scheduler.js';
import { renderTable } from '../trial/text-table.js';
import { median } from './measure-child.js';
import { benchHost, type BenchHost } from './run-bench.js';

export interface BareBenchOptions {
  /** Task directories; each is measured on its own stack. */
  tasks: string[];
  /** Measured pairs (trial, bare) per task, interleaved. */
  trials: number;
  hostEnv: Readonly<Record<string, string | undefined>>;
  /** Ratio goals per task family. */
  goals?: Partial<Record<Task['family'], number>>;
  log?: (line: string) => void;
  signal?: AbortSignal;
}

export interface BareFigure {
  task: string;
  family: Task['family'];
  trials: number;
  /** OpsBench's trial (oracle, concurrency 1, warm images): started_at..finished_at, median. */
  trialMs: number;
  /** `compose up --wait` of the same generated stack, the test command by exec, `down -v`, median. */
  bareMs: number;
  ratio: number;
  /** docker CLI invocations per trial (median), the bare minimum being 3. */
  dockerCallsPerTrial: number;
  /**
   * Where the engine time goes: per kind of call (`compose up`, `exec`, `cp`, `run`, ...), the median per
   * trial of how many and their summed wall time. Calls made in parallel each count their own time.
   */
  dockerCallsByKind: Record<string, { calls: number; ms: number }>;
  /** Median of each phase of the trial, to see where the time over bare goes. */
  phasesMs: Record<string, number>;
  goal: number;
  met: boolean;
}

export interface BareBenchReport extends BenchHost {
  generated_at: string;
  loadAverage: number;
  figures: BareFigure[];
}

const DEFAULT_GOALS = { observability: 1.3, integration: 1.2 };

/**
 * OpsBench's trial beside the physical minimum for the same stack, measured in one run, interleaved. The
 * docker binary the runtime calls is a wrapper that logs every call (so calls per trial are counted exactly)
 * and keeps a copy of the compose file each trial starts (so bare runs exactly the stack the trial ran:
 * same images, same services, same healthchecks). Bare's exec runs the task's test command against what the
 * images hold: tests are never in an image, so its suite finds nothing to run and bare is a lower bound.
 * @throws OpsBenchError when a warm-up trial does not pass (the task or the engine is broken here).
 */
export async function runBareBench(opts: BareBenchOptions): Promise<BareBenchReport> {
  const log = opts.log ?? (() => {});
  const work = await mkdtemp(path.join(os.tmpdir(), 'opsbench-bare-'));
  const loadAverage = os.loadavg()[0]!;
  try {
    const docker = await findDocker(opts.hostEnv);
    const calls = path.join(work, 'docker-calls.log');
    const captured = path.join(work, 'compose');
    await mkdir(captured);
    const wrapper = await writeDockerWrapper(work, docker, calls, captured);
    const runtime = new DockerRuntime({ hostEnv: opts.hostEnv, docker: wrapper });
    const cli = new DockerCli({ env: dockerCliEnv(opts.hostEnv), cwd: os.tmpdir(), docker });
    const oracle = await resolveAgent('oracle');
    const figures: BareFigure[] = [];
    for (const dir of opts.tasks) {
      const task = await loadTask(dir);
      const trial = async (tag: string) => {
        const before = (await readCalls(calls)).length;
        const outcome = await runSchedule({
          tasks: [task],
          agents: [oracle],
          runtime,
          attempts: 1,
          concurrency: 1,
          resume: false,
          outDir: path.join(work, 'runs', `${task.id}-${tag}`),
          cacheDir: path.join(work, 'cache'),
          runId: newRunId(),
          signal: opts.signal,
          log: () => {}
        });
        const result = outcome.ran[0];
        if (!result || result.status !== 'passed') {
          throw new OpsBenchError(`bench: the oracle did not pass ${task.id} (${result?.status} ${result?.error_class ?? ''} ${result?.error_message ?? ''})`, { phase: 'config', errorClass: 'internal' });
        }
        return { result, calls: (await readCalls(calls)).slice(before) };
      };
      log(`${task.id}: warm-up trial (builds images when missing, fills the FAIL_TO_PASS cache)`);
      await trial('warm');
      const compose = await latestCompose(captured);
      const trialMs: number[] = [];
      const bareMs: number[] = [];
      const dockerCalls: number[] = [];
      const byKind: Record<string, { calls: number[]; ms: number[] }> = {};
      const phases: Record<string, number[]> = {};
      for (let i = 0; i < opts.trials; i++) {
        opts.signal?.throwIfAborted();
        const { result, calls: made } = await trial(String(i));
        const n = made.length;
        trialMs.push(Date.parse(result.finished_at) - Date.parse(result.started_at));
        dockerCalls.push(n);
        const kinds = new Map<string, { calls: number; ms: number }>();
        for (const c of made) {
          const k = kinds.get(c.kind) ?? { calls: 0, ms: 0 };
          kinds.set(c.kind, { calls: k.calls + 1, ms: k.ms + c.ms });
        }
        // A kind missing from a trial counts as zero there, so medians stay per trial.
        for (const kind of new Set([...Object.keys(byKind), ...kinds.keys()])) {
          const slot = (byKind[kind] ??= { calls: new Array<number>(i).fill(0), ms: new Array<number>(i).fill(0) });
          slot.calls.push(kinds.get(kind)?.calls ?? 0);
          slot.ms.push(kinds.get(kind)?.ms ?? 0);
        }
        for (const [phase, ms] of Object.entries(result.durations_ms)) (phases[phase] ??= []).push(ms);
        bareMs.push(await bare(cli, task, compose, `obbare-${process.pid}-${i}`));
        log(`${task.id} #${i + 1}: trial ${trialMs.at(-1)} ms (${n} docker calls), bare ${Math.round(bareMs.at(-1)!)} ms`);
      }
      const goal = opts.goals?.[task.family] ?? DEFAULT_GOALS[task.family];
      const t = median(trialMs);
      const b = median(bareMs);
      figures.push({
        task: task.id,
        family: task.family,
        trials: opts.trials,
        trialMs: Math.round(t),
        bareMs: Math.round(b),
        ratio: t / b,
        dockerCallsPerTrial: median(dockerCalls),
        dockerCallsByKind: Object.fromEntries(
          Object.entries(byKind)
            .map(([kind, v]) => [kind, { calls: median(v.calls), ms: Math.round(median(v.ms)) }] as const)
            .sort((a, b) => b[1].ms - a[1].ms)
        ),
        phasesMs: Object.fromEntries(Object.entries(phases).map(([k, v]) => [k, Math.round(median(v))])),
        goal,
        met: t / b <= goal
      });
    }
    return { ...benchHost(), generated_at: new Date().toISOString(), loadAverage, figures };
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

/** The bare minimum on the trial's own generated stack: up --wait, the test command by exec, down -v. */
async function bare(cli: DockerCli, task: Task, compose: string, project: string): Promise<number> {
  const model = JSON.parse(await readFile(compose, 'utf8')) as { services: Record<string, { profiles?: string[] }> };
  const grader = model.services.grader ? 'grader' : null;
  const profiles = [...new Set(Object.values(model.services).flatMap((s) => s.profiles ?? []))].flatMap((p) => ['--profile', p]);
  const service = grader ?? task.environment.workspace;
  const start = performance.now();
  try {
    await cli.compose(project, [compose], [...profiles, 'up', '-d', '--wait', '--no-build'], { timeoutSec: 600 });
    // The exit code is not the point: the suite's files are not in the images (see runBareBench).
    await cli.composeRaw(project, [compose], ['exec', '-T', '-w', task.environment.workdir, service, 'sh', '-c', task.tests.command], { timeoutSec: task.timeouts.testSec });
  } finally {
    await cli.compose(project, [compose], [...profiles, 'down', '-v'], { timeoutSec: 120 });
  }
  return performance.now() - start;
}

/**
 * A docker that logs each call with its wall time and copies the compose files of every `up`. The runtime's
 * env is scrubbed, so paths are baked in. The call runs as a child (not exec'd) to be timed; stdin and the
 * exit status pass through.
 */
async function writeDockerWrapper(dir: string, docker: string, calls: string, captured: string): Promise<string> {
  const q = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;
  const file = path.join(dir, 'docker');
  await writeFile(
    file,
    `#!/bin/sh
start=$(date +%s%N)
case " $* " in *" compose "*" up "*)
  prev=""
  for a in "$@"; do
    if [ "$prev" = "-f" ] && [ -f "$a" ]; then cp "$a" ${q(captured)}/"$(date +%s%N).json"; fi
    prev="$a"
  done;;
esac
${q(docker)} "$@"
rc=$?
printf '\\001%s %s\\n' "$(( ($(date +%s%N) - start) / 1000000 ))" "$*" >> ${q(calls)}
exit $rc
`
  );
  await chmod(file, 0o755);
  return file;
}

async function findDocker(hostEnv: Readonly<Record<string, string | undefined>>): Promise<string> {
  for (const dir of (hostEnv.PATH ?? '/usr/bin:/bin').split(':')) {
    const candidate = path.join(dir, 'docker');
    try {
      await access(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not here
    }
  }
  throw new OpsBenchError('bench: no docker binary on PATH', { phase: 'config', errorClass: 'daemon' });
}

export interface LoggedCall {
  /** `compose up`, `compose down`, `exec`, `cp`, `run`, ... */
  kind: string;
  ms: number;
}

/** Calls logged so far, in the order they ended: each record starts with \x01 (arguments may hold newlines: scripts run by exec). */
async function readCalls(file: string): Promise<LoggedCall[]> {
  let text;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    return [];
  }
  return text.split('\u0001').slice(1).map(parseCall);
}

/** `<ms> <args>` as the wrapper logs it; compose calls are named by their subcommand, past the global flags. */
export function parseCall(record: string): LoggedCall {
  const [ms = '0', verb = '', ...rest] = record.split(/\s+/);
  if (verb !== 'compose') return { kind: verb, ms: Number(ms) };
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]!;
    if (arg === '--ansi' || arg === '-p' || arg === '-f' || arg === '--profile' || arg === '--project-directory' || arg === '--env-file') i++;
    else if (!arg.startsWith('-')) return { kind: `compose ${arg}`, ms: Number(ms) };
  }
  return { kind: 'compose', ms: Number(ms) };
}

async function latestCompose(dir: string): Promise<string> {
  const files = (await readdir(dir)).sort();
  const last = files.at(-1);
  if (!last) throw new OpsBenchError('bench: the trial started no compose stack', { phase: 'config', errorClass: 'internal' });
  return path.join(dir, last);
}

export function renderBareBench(r: BareBenchReport): string {
  const rows = [
    ['TASK', 'TRIAL P50', 'BARE P50', 'RATIO', 'GOAL', 'DOCKER CALLS', 'PHASES P50 (ms)'],
    ...r.figures.map((f) => [
      f.task,
      `${f.trialMs} ms`,
      `${f.bareMs} ms`,
      `${f.ratio.toFixed(2)}x`,
      `<= ${f.goal}x ${f.met ? 'met' : 'NOT met'}`,
      String(f.dockerCallsPerTrial),
      Object.entries(f.phasesMs).map(([k, v]) => `${k} ${v}`).join(', ')
    ])
  ];
  const kinds = r.figures.map(
    (f) => `${f.task}, engine time per trial by call (median; parallel calls each count): ${Object.entries(f.dockerCallsByKind).map(([k, v]) => `${k} ${v.calls}x ${v.ms} ms`).join(', ')}\n`
  );
  return `${renderTable(rows)}${kinds.join('')}bare = compose up --wait of the trial's own stack, the test command by exec, down -v (3 docker calls); load average at start ${r.loadAverage.toFixed(2)} on ${r.cpus} CPUs\n`;
}
