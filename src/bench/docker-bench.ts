import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { DockerRuntime, type DockerRuntimeOptions } from '../runtime/docker/runtime.js';
import { HASH_LABEL } from '../runtime/docker/images.js';
import { loadTask } from '../task/load.js';
import type { Task } from '../task/task.js';
import { OpsBenchError } from '../core/errors.js';
import { renderTable } from '../trial/text-table.js';
import { writeDockerBenchTask } from './docker-bench-task.js';
import { benchHost, percentiles, type Percentiles } from './run-bench.js';

export interface DockerBenchOptions {
  /** Warm start/teardown cycles measured (at least 10 for a p95 worth reading). */
  trials: number;
  /** Options for both runtimes (the cold one adds noCache). */
  runtime: DockerRuntimeOptions;
  workDir?: string;
  log?: (line: string) => void;
  signal?: AbortSignal;
}

export interface DockerBenchReport {
  schema: 1;
  harness_version: string;
  node: string;
  platform: string;
  cpus: number;
  task: string;
  generated_at: string;
  trials: number;
  /** Images present: `up` (images checked, stack started and healthy, repository copied in) and `down`. */
  warm: { startMs: Percentiles; teardownMs: Percentiles; startTeardownMs: Percentiles };
  /** Every image built from scratch (--no-cache), then the same start. */
  cold: { startMs: number; teardownMs: number };
  /** cold start / warm start p50. */
  speedup: number;
  goal: { startTeardownP50Ms: number; speedup: number; met: boolean };
}

const GOAL_START_TEARDOWN_P50_MS = 6000;
const GOAL_SPEEDUP = 5;

interface Cycle {
  startMs: number;
  teardownMs: number;
}

/**
 * The Docker runtime's own cost on the two-service bench task: `trials` warm environment cycles (create,
 * `up` with healthchecks, `down -v`) after an untimed warm-up that builds the images if needed, then one
 * cold cycle with every image rebuilt with --no-cache. The agent and the grader are not involved.
 * @throws OpsBenchError naming the step when an environment does not start; the signal's reason on cancel
 */
export async function runDockerBench(opts: DockerBenchOptions): Promise<DockerBenchReport> {
  const log = opts.log ?? (() => {});
  const workDir = opts.workDir ?? (await mkdtemp(path.join(os.tmpdir(), 'opsbench-bench-docker-')));
  try {
    const task = await loadTask(await writeDockerBenchTask(path.join(workDir, 'tasks')));
    const runId = `bench${Date.now().toString(36)}`;
    const warmRuntime = new DockerRuntime(opts.runtime);
    const cycle = (runtime: DockerRuntime, name: string) => envCycle(runtime, task, { runId, trialId: `${runId}-${name}`, scratchDir: path.join(workDir, 'scratch') }, opts.signal);
    log('docker bench: warm-up (builds the images unless they exist)');
    await cycle(warmRuntime, 'warmup');
    const warm: Cycle[] = [];
    for (let i = 1; i <= opts.trials; i++) {
      const c = await cycle(warmRuntime, `warm${i}`);
      warm.push(c);
      log(`warm ${i}/${opts.trials}: start ${c.startMs} ms, teardown ${c.teardownMs} ms`);
    }
    log('docker bench: cold (every image rebuilt with --no-cache)');
    const cold = await cycle(new DockerRuntime({ ...opts.runtime, noCache: true }), 'cold');
    log(`cold: start ${cold.startMs} ms, teardown ${cold.teardownMs} ms`);
    await pruneReplacedImages();
    return report(task.id, warm, cold);
  } finally {
    if (!opts.workDir) await rm(workDir, { recursive: true, force: true });
  }
}

async function envCycle(runtime: DockerRuntime, task: Task, ids: { runId: string; trialId: string; scratchDir: string }, signal?: AbortSignal): Promise<Cycle> {
  const env = runtime.create(task, ids);
  const started = performance.now();
  try {
    await env.up({ signal });
  } catch (error) {
    await env.down({ interrupted: true });
    if (signal?.aborted) throw error;
    throw new OpsBenchError(`bench: the bench environment did not start: ${(error as Error).message}`, { phase: 'config', errorClass: 'internal', cause: error });
  }
  const up = performance.now();
  await env.down();
  return { startMs: Math.round(up - started), teardownMs: Math.round(performance.now() - up) };
}

/** The cold rebuild leaves the images it replaced untagged; they are garbage. */
function pruneReplacedImages(): Promise<void> {
  return new Promise((resolve) => execFile('docker', ['image', 'prune', '-f', '--filter', `label=${HASH_LABEL}`], { timeout: 120_000 }, () => resolve()));
}

export function report(task: string, warm: Cycle[], cold: Cycle): DockerBenchReport {
  const startMs = percentiles(warm.map((c) => c.startMs));
  const teardownMs = percentiles(warm.map((c) => c.teardownMs));
  const startTeardownMs = percentiles(warm.map((c) => c.startMs + c.teardownMs));
  const speedup = startMs.p50 > 0 ? Math.round((cold.startMs / startMs.p50) * 10) / 10 : 0;
  return {
    ...benchHost(),
    task,
    generated_at: new Date().toISOString(),
    trials: warm.length,
    warm: { startMs, teardownMs, startTeardownMs },
    cold,
    speedup,
    goal: {
      startTeardownP50Ms: GOAL_START_TEARDOWN_P50_MS,
      speedup: GOAL_SPEEDUP,
      met: warm.length > 0 && startTeardownMs.p50 <= GOAL_START_TEARDOWN_P50_MS && speedup >= GOAL_SPEEDUP
    }
  };
}

export function renderDockerBench(r: DockerBenchReport): string {
  const ms = (p: Percentiles) => [`${p.p50} ms`, `${p.p95} ms`];
  const table = renderTable([
    ['PHASE', 'P50', 'P95'],
    ['warm start (up --wait)', ...ms(r.warm.startMs)],
    ['warm teardown (down -v)', ...ms(r.warm.teardownMs)],
    ['warm start + teardown', ...ms(r.warm.startTeardownMs)],
    ['cold start (--no-cache build)', `${r.cold.startMs} ms`, '']
  ]);
  const verdict = r.goal.met ? 'met' : 'NOT met';
  return `${table}warm over cold start: ${r.speedup}x over ${r.trials} warm trials; goals start+teardown p50 <= ${r.goal.startTeardownP50Ms} ms and >= ${r.goal.speedup}x: ${verdict}\n`;
}
