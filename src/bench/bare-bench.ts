import { createReadStream } from 'node:fs';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { OpsBenchError } from '../core/errors.js';
import { resolveAgent } from '../agent/registry.js';
import { DockerCli } from '../runtime/docker/cli.js';
import { copyTarIn } from '../runtime/docker/files.js';
import { dockerCliEnv } from '../runtime/docker/isolation.js';
import { composeContainerName, GRADER_SERVICE, profilesOf, type ComposeModel } from '../runtime/docker/model.js';
import { DockerRuntime } from '../runtime/docker/runtime.js';
import { oneShotServices, waitForStack } from '../runtime/docker/stack-ready.js';
import type { ExecResult } from '../runtime/environment.js';
import { which } from '../runtime/toolchain.js';
import { loadTask } from '../task/load.js';
import type { Task } from '../task/task.js';
import { newRunId, runSchedule } from '../trial/scheduler.js';
import { renderTable } from '../trial/text-table.js';
import { mergeTars, retargetExec, suiteRecipe, type BareStep, type BareUnpack } from './bare-recipe.js';
import { countCalls, readCalls, writeDockerWrapper, type LoggedCall } from './docker-call-log.js';
import { median } from './measure-child.js';
import { benchHost, type BenchHost } from './run-bench.js';

export interface BareBenchOptions {
  /** Task directories; each is measured on its own stack. */
  tasks: string[];
  /** Measured rounds (trial, bare, bare with an empty suite) per task, interleaved. */
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
  /**
   * The bare minimum of the same trial, median: `compose up -d --wait` of the trial's own stack, one
   * `docker cp -` of everything its grading copied into the suite's container, the suite's own exec, `down -v`;
   * where the suite tests what the agent left running (integration), the agent's run first the same way.
   */
  bareMs: number;
  /**
   * The same bare run with `up -d` and the runtime's own wait for what `--wait` waits for (stack-ready.ts)
   * instead of compose's, which idles half a second before its first look: the floor the trial now stands on.
   */
  bareOwnWaitMs: number;
  /** trialMs / bareOwnWaitMs. */
  ratioOwnWait: number;
  /** The earlier, lower figure: up, the bare test command by exec against what the images hold (no tests there), down. */
  bareEmptyMs: number;
  /** docker CLI invocations of one bare run: 4, or 6 where it repeats the agent's run as well. */
  bareDockerCalls: number;
  /** trialMs / bareMs. */
  ratio: number;
  /** docker CLI invocations per trial (median). */
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
 * OpsBench's trial beside the physical minimum for the same trial, measured in one run, interleaved. The
 * docker binary the runtime calls is a wrapper that logs every call (so calls per trial are counted exactly
 * and the suite's exec is known argument for argument), keeps a copy of the compose file each trial starts
 * and of each tar it copies in. Bare then repeats that trial with the fewest calls any harness could make:
 * the same stack up, everything the trial's grading copied into the suite's container in one `docker cp -`,
 * the same suite exec (its report flags, env, cwd), down. An integration suite tests what the agent left
 * running in the workspace (a queue worker), so there bare first repeats the agent's run the same way: the
 * copies into the workspace (the repository) in one call and the oracle's exec (with what it read on stdin,
 * the solution script). Each exec must
 * exit as the trial's did (the suite passes on the oracle's tree): otherwise bare did not do the same work
 * and the bench stops. The figure excludes what a harness could do before starting (merging the tars). The
 * wrapper's tee of each copied tar is inside the trial's time (a few ms). The older figure, the
 * test command run against what the images hold (tests are never in an image, so the suite runs nothing),
 * is kept beside it as `bareEmptyMs`.
 * @throws OpsBenchError when a trial does not pass (the task or the engine is broken here), or one of bare's
 *   execs does not exit as the trial's did
 */
export async function runBareBench(opts: BareBenchOptions): Promise<BareBenchReport> {
  const log = opts.log ?? (() => {});
  const work = await mkdtemp(path.join(os.tmpdir(), 'opsbench-bare-'));
  const loadAverage = os.loadavg()[0]!;
  try {
    const docker = await findDocker(opts.hostEnv);
    const calls = await writeDockerWrapper(work, docker);
    const runtime = new DockerRuntime({ hostEnv: opts.hostEnv, docker: calls.binary });
    const cli = new DockerCli({ env: dockerCliEnv(opts.hostEnv), cwd: os.tmpdir(), docker });
    const oracle = await resolveAgent('oracle');
    const figures: BareFigure[] = [];
    for (const dir of opts.tasks) {
      const task = await loadTask(dir);
      const trial = async (tag: string) => {
        const before = await countCalls(calls);
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
        return { result, calls: await readCalls(calls, before) };
      };
      log(`${task.id}: warm-up trial (builds images when missing, fills the FAIL_TO_PASS cache)`);
      await trial('warm');
      const trialMs: number[] = [];
      const bareMs: number[] = [];
      const bareOwnWaitMs: number[] = [];
      const bareEmptyMs: number[] = [];
      const dockerCalls: number[] = [];
      const byKind: Record<string, { calls: number[]; ms: number[] }> = {};
      const phases: Record<string, number[]> = {};
      let bareDockerCalls = 0;
      for (let i = 0; i < opts.trials; i++) {
        opts.signal?.throwIfAborted();
        const { result, calls: made } = await trial(String(i));
        const n = made.length;
        trialMs.push(Date.parse(result.finished_at) - Date.parse(result.started_at));
        dockerCalls.push(n);
        const kinds = countKinds(made);
        // A kind missing from a trial counts as zero there, so medians stay per trial.
        for (const kind of new Set([...Object.keys(byKind), ...kinds.keys()])) {
          const slot = (byKind[kind] ??= { calls: new Array<number>(i).fill(0), ms: new Array<number>(i).fill(0) });
          slot.calls.push(kinds.get(kind)?.calls ?? 0);
          slot.ms.push(kinds.get(kind)?.ms ?? 0);
        }
        for (const [phase, ms] of Object.entries(result.durations_ms)) (phases[phase] ??= []).push(ms);
        // This trial's own stack, copies and suite: bare repeats exactly what was just measured.
        const compose = await latestCompose(calls.composeDir);
        const model = JSON.parse(await readFile(compose, 'utf8')) as ComposeModel;
        const recipe = suiteRecipe(made, { agentRun: model.services.grader !== undefined });
        const steps = await Promise.all(
          [recipe.agent, recipe.suite].flatMap((step, k) => (step ? [mergedStep(step, path.join(work, `copies-${i}-${k}.tar`))] : []))
        );
        await Promise.all(made.flatMap((c) => (c.stdin ? [rm(c.stdin, { force: true })] : [])));
        bareDockerCalls = 2 + stepCalls(steps);
        bareMs.push(await bare(cli, task, compose, model, steps, `obbare-${process.pid}-${i}`, 'compose'));
        bareOwnWaitMs.push(await bare(cli, task, compose, model, steps, `obbare-${process.pid}-${i}w`, 'own'));
        await Promise.all(steps.flatMap((s) => (s.tar !== null ? [rm(s.tar, { force: true })] : [])));
        bareEmptyMs.push(await bareEmpty(cli, task, compose, model, `obbare-${process.pid}-${i}e`));
        log(`${task.id} #${i + 1}: trial ${trialMs.at(-1)} ms (${n} docker calls), bare ${Math.round(bareMs.at(-1)!)} ms, bare with its own wait ${Math.round(bareOwnWaitMs.at(-1)!)} ms, bare with an empty suite ${Math.round(bareEmptyMs.at(-1)!)} ms`);
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
        bareOwnWaitMs: Math.round(median(bareOwnWaitMs)),
        ratioOwnWait: t / median(bareOwnWaitMs),
        bareEmptyMs: Math.round(median(bareEmptyMs)),
        bareDockerCalls,
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

function countKinds(calls: LoggedCall[]): Map<string, { calls: number; ms: number }> {
  const kinds = new Map<string, { calls: number; ms: number }>();
  for (const c of calls) {
    const k = kinds.get(c.kind) ?? { calls: 0, ms: 0 };
    kinds.set(c.kind, { calls: k.calls + 1, ms: k.ms + c.ms });
  }
  return kinds;
}

/** `--profile` flags for every profile in the model, so `up` starts what the trial's stack had. */
function profileFlags(model: ComposeModel): string[] {
  return profilesOf(model).flatMap((p) => ['--profile', p]);
}

/**
 * Where the trial's suite ran, as a service of bare's stack: the integration `grader` service, or for
 * observability (whose fresh grading container is started from the workspace's image, outside compose) the
 * workspace service itself.
 */
function suiteService(task: Task, model: ComposeModel): string {
  return model.services[GRADER_SERVICE] ? GRADER_SERVICE : task.environment.workspace;
}

/** The step's copies merged into `tar` (none when it had none), and what its execs read on stdin read now (the trial's files go next). */
async function mergedStep(step: BareStep, tar: string): Promise<MergedStep> {
  if (step.copies.length > 0) await mergeTars(step.copies, tar);
  return {
    ...step,
    tar: step.copies.length > 0 ? tar : null,
    unpacks: await Promise.all(step.unpacks.map(async (u) => ({ ...u, input: await readFile(u.stdin) }))),
    ...(step.stdin !== undefined ? { input: await readFile(step.stdin) } : {})
  };
}

type MergedStep = Omit<BareStep, 'unpacks'> & { tar: string | null; unpacks: (BareUnpack & { input: Buffer })[]; input?: Buffer };

/** Engine calls bare makes for its steps: per step one copy (when the trial copied), its unpacking execs, its exec. */
function stepCalls(steps: BareStep[]): number {
  return steps.reduce((n, s) => n + (s.copies.length > 0 ? 1 : 0) + s.unpacks.length + 1, 0);
}

/**
 * The bare minimum of the trial: up --wait of its stack; per step (the agent's run where the suite needs it,
 * then the suite) one copy-in of its merged tar and its exec, in the step's container found by compose's
 * name for it (no `ps`); down -v. 4 engine calls, 6 with the agent's run.
 * @throws OpsBenchError when an exec does not exit as the trial's did
 */
async function bare(cli: DockerCli, task: Task, compose: string, model: ComposeModel, steps: MergedStep[], project: string, wait: 'compose' | 'own'): Promise<number> {
  const start = performance.now();
  const ran: { step: Pick<BareStep, 'exitCode'>; container: string; result: ExecResult }[] = [];
  try {
    await cli.compose(project, [compose], [...profileFlags(model), 'up', '-d', ...(wait === 'compose' ? ['--wait'] : []), '--no-build'], { timeoutSec: 600 });
    if (wait === 'own') await waitForStack(cli, project, { oneShot: oneShotServices(model), timeoutSec: 600 });
    steps: for (const [k, step] of steps.entries()) {
      const service = k === steps.length - 1 ? suiteService(task, model) : task.environment.workspace;
      const container = composeContainerName(project, service);
      if (step.tar !== null) await copyTarIn(cli, container, createReadStream(step.tar));
      // The setup execs that unpacked a tar from stdin, then the step's own exec: each must exit as the trial's did.
      const execs = [...step.unpacks.map((u) => ({ run: u, timeoutSec: 300 })), { run: step, timeoutSec: task.timeouts.agentSec + task.timeouts.testSec }];
      for (const { run, timeoutSec } of execs) {
        const result = await cli.raw(retargetExec(run, container), { timeoutSec, input: run.input });
        ran.push({ step: run, container, result });
        if (result.exitCode !== run.exitCode) break steps;
      }
    }
  } finally {
    await cli.compose(project, [compose], [...profileFlags(model), 'down', '-v'], { timeoutSec: 120 });
  }
  const ms = performance.now() - start;
  requireSameWork(task.id, ran);
  return ms;
}

/**
 * Bare's figure stands only if it did the trial's work: each of its execs exited as the trial's did (the
 * suite passing on the oracle's tree), none timed out.
 * @throws OpsBenchError naming the container, both exit codes and the end of bare's output
 */
export function requireSameWork(task: string, ran: { step: Pick<BareStep, 'exitCode'>; container: string; result: ExecResult }[]): void {
  for (const { step, container, result } of ran) {
    if (result.exitCode === step.exitCode && !result.timedOut) continue;
    throw new OpsBenchError(
      `bench: bare's exec in ${container} for ${task} exited ${result.exitCode}${result.timedOut ? ' (timed out)' : ''} where the trial's exited ${step.exitCode}, so bare did not do the same work: ${`${result.stdout}\n${result.stderr}`.trim().slice(-1500)}`,
      { phase: 'config', errorClass: 'internal' }
    );
  }
}

/** The earlier bare figure, 3 calls: up --wait, the task's test command by exec against what the images hold, down -v. */
async function bareEmpty(cli: DockerCli, task: Task, compose: string, model: ComposeModel, project: string): Promise<number> {
  const start = performance.now();
  try {
    await cli.compose(project, [compose], [...profileFlags(model), 'up', '-d', '--wait', '--no-build'], { timeoutSec: 600 });
    // The exit code is not the point: the suite's files are not in the images.
    await cli.composeRaw(project, [compose], ['exec', '-T', '-w', task.environment.workdir, suiteService(task, model), 'sh', '-c', task.tests.command], { timeoutSec: task.timeouts.testSec });
  } finally {
    await cli.compose(project, [compose], [...profileFlags(model), 'down', '-v'], { timeoutSec: 120 });
  }
  return performance.now() - start;
}

async function findDocker(hostEnv: Readonly<Record<string, string | undefined>>): Promise<string> {
  const docker = await which('docker', hostEnv.PATH ?? '/usr/bin:/bin');
  if (docker === null) throw new OpsBenchError('bench: no docker binary on PATH', { phase: 'config', errorClass: 'daemon' });
  return docker;
}

async function latestCompose(dir: string): Promise<string> {
  const files = (await readdir(dir)).sort();
  const last = files.at(-1);
  if (!last) throw new OpsBenchError('bench: the trial started no compose stack', { phase: 'config', errorClass: 'internal' });
  return path.join(dir, last);
}

export function renderBareBench(r: BareBenchReport): string {
  const rows = [
    ['TASK', 'TRIAL P50', 'BARE P50', 'BARE, OWN WAIT', 'BARE, EMPTY SUITE', 'RATIO', 'GOAL', 'RATIO, OWN WAIT', 'DOCKER CALLS', 'PHASES P50 (ms)'],
    ...r.figures.map((f) => [
      f.task,
      `${f.trialMs} ms`,
      `${f.bareMs} ms`,
      `${f.bareOwnWaitMs} ms`,
      `${f.bareEmptyMs} ms`,
      `${f.ratio.toFixed(2)}x`,
      `<= ${f.goal}x ${f.met ? 'met' : 'NOT met'}`,
      `${f.ratioOwnWait.toFixed(2)}x`,
      `${f.dockerCallsPerTrial} (bare ${f.bareDockerCalls})`,
      Object.entries(f.phasesMs).map(([k, v]) => `${k} ${v}`).join(', ')
    ])
  ];
  const kinds = r.figures.map(
    (f) => `${f.task}, engine time per trial by call (median; parallel calls each count): ${Object.entries(f.dockerCallsByKind).map(([k, v]) => `${k} ${v.calls}x ${v.ms} ms`).join(', ')}\n`
  );
  return (
    `${renderTable(rows)}${kinds.join('')}` +
    "bare = the same trial with the fewest engine calls: compose up --wait of the trial's own stack, one docker cp of everything its grading copied into the suite's container, the suite's own exec (must exit as the trial's did), down -v (4 calls; " +
    "where the suite tests what the agent left running, integration, first one docker cp and the exec of the oracle's run in the workspace: 6); " +
    "bare, own wait = the same with up -d and the runtime's own wait for what --wait waits for (compose's idles 0.5 s first), as the trial now starts its stack; " +
    `bare, empty suite = up, the test command by exec against what the images hold (no tests there), down -v (3 calls); ratio = trial / bare; load average at start ${r.loadAverage.toFixed(2)} on ${r.cpus} CPUs\n`
  );
}
