import { access, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { LayerResult, TestStatus } from '../core/trial-result.js';
import { GRADE_FILES } from '../core/trial-paths.js';
import type { Environment } from '../runtime/environment.js';
import { LAYER_TOKENS, isVerifier, sameTest, type ApexLayer } from '../task/apex-layers.js';
import type { Task } from '../task/task.js';
import type { TestCaseResult } from './outcome.js';
import { makeScratchDir } from './scratch-dir.js';

/**
 * APEX-SWE's test layers in one trial (common/layers.py, LayerEvaluator.evaluate): each layer's entries
 * expanded (@F2P / @P2P to the task's lists), each test given its result from the suite run (a test the run
 * did not report is `error`, "no result recorded"), each `.sh` verifier run in the grading container, and the
 * layer passed when every test passed. Whether a layer holds across trials (its threshold) is the report's.
 */

type LayerTest = LayerResult['tests'][number];

/** A layer's entries with @F2P / @P2P replaced by the task's lists, in order. */
export function expandLayer(layer: ApexLayer, lists: { failToPass: string[]; passToPass: string[] }): string[] {
  return layer.tests.flatMap((id) => (id === LAYER_TOKENS.f2p ? lists.failToPass : id === LAYER_TOKENS.p2p ? lists.passToPass : [id]));
}

/** Pure: the layers of one trial from the suite's per-test results and the verifiers' results. */
export function evaluateLayers(
  layers: readonly ApexLayer[],
  lists: { failToPass: string[]; passToPass: string[] },
  suite: readonly TestCaseResult[],
  verifiers: ReadonlyMap<string, LayerTest>
): LayerResult[] {
  const byId = new Map(suite.map((t) => [t.id, t.status]));
  const statusOf = (id: string): TestStatus | undefined => byId.get(id) ?? suite.find((t) => sameTest(t.id, id))?.status;
  return layers.map((layer) => {
    const tests = expandLayer(layer, lists).map((id): LayerTest => {
      if (isVerifier(id)) return verifiers.get(id) ?? { id, status: 'error', message: 'the verifier did not run' };
      const status = statusOf(id);
      return status === undefined ? { id, status: 'error', message: 'no result recorded for this test' } : { id, status };
    });
    return { name: layer.name, threshold: layer.threshold, passed: tests.every((t) => t.status === 'passed'), tests };
  });
}

/**
 * A verifier's result from its output (APEX's task-authoring rule: PASSED or FAILED as the last non-empty
 * stdout line, which is authoritative over the exit code). Neither: `error`; a timeout without a verdict:
 * `failed`, as a suite that hangs.
 */
export function verifierVerdict(id: string, run: { stdout: string; exitCode: number; timedOut: boolean }): LayerTest {
  const last = run.stdout.split('\n').map((l) => l.trim()).filter(Boolean).at(-1) ?? '';
  if (last === 'PASSED') return run.exitCode === 0 ? { id, status: 'passed' } : { id, status: 'passed', message: `printed PASSED but exited ${run.exitCode} (the PASSED line decides, as in APEX-SWE)` };
  if (last === 'FAILED') return { id, status: 'failed' };
  if (run.timedOut) return { id, status: 'failed', message: 'timed out before printing PASSED or FAILED' };
  return { id, status: 'error', message: `the last line of its output is neither PASSED nor FAILED (exit ${run.exitCode})` };
}

export interface LayerRunOptions {
  /** Host directory for the verifiers' output. */
  artifactsDir: string;
  /** The agent's trajectory on the host, put beside the verifiers as ./trajectory.jsonl (APEX's convention). */
  trajectory?: string;
  timeoutSec: number;
  signal?: AbortSignal;
}

/**
 * Runs the task's verifiers in `where` (the grading container, after the agent stopped: the agent never sees
 * them): the task's tests/ copied into a fresh scratch dir, the trajectory beside it, each script run as
 * `bash <dir>/tests/.../x.sh` from that dir with TEST_DIR=<dir>/tests. A script that cannot be run at all is
 * `error`; infrastructure failures propagate.
 */
export async function runVerifiers(where: Environment, task: Task, ids: readonly string[], opts: LayerRunOptions): Promise<Map<string, LayerTest>> {
  const out = new Map<string, LayerTest>();
  if (ids.length === 0) return out;
  const dir = await makeScratchDir(where, 'layers');
  await where.copyIn(path.join(task.dir, 'tests'), `${dir}/tests`);
  if (opts.trajectory && (await exists(opts.trajectory))) await where.copyIn(opts.trajectory, `${dir}/trajectory.jsonl`);
  const logs = path.join(opts.artifactsDir, GRADE_FILES.verifiers);
  await mkdir(logs, { recursive: true });
  for (const id of ids) {
    opts.signal?.throwIfAborted();
    const run = await where.exec(['bash', `${dir}/${id}`], { cwd: dir, env: { TEST_DIR: `${dir}/tests` }, timeoutSec: opts.timeoutSec, signal: opts.signal });
    out.set(id, verifierVerdict(id, run));
    await writeFile(path.join(logs, `${id.replace(/[/\\]/g, '__')}.log`), `exit ${run.exitCode}${run.timedOut ? ' (timed out)' : ''}\n--- stdout\n${run.stdout}\n--- stderr\n${run.stderr}\n`);
  }
  return out;
}

/** The task's layers for one trial: verifiers run in `where`, then every layer evaluated. Empty when the task has none. */
export async function gradeLayers(where: Environment, task: Task, suite: readonly TestCaseResult[], opts: LayerRunOptions): Promise<LayerResult[]> {
  const layers = task.apex?.layers ?? [];
  if (layers.length === 0) return [];
  const lists = { failToPass: task.tests.failToPass, passToPass: task.tests.passToPass };
  const ids = [...new Set(layers.flatMap((l) => expandLayer(l, lists)).filter(isVerifier))];
  const verifiers = await runVerifiers(where, task, ids, opts);
  return evaluateLayers(layers, lists, suite, verifiers);
}

async function exists(file: string): Promise<boolean> {
  return access(file).then(
    () => true,
    () => false
  );
}
