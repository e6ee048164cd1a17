import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Agent } from '../../src/agent/agent.js';
import { createNullAgent } from '../../src/agent/null.js';
import { createOracleAgent } from '../../src/agent/oracle.js';
import { resolveTestLists, type TestLists } from '../../src/grade/compute-f2p.js';
import { gradeTrial } from '../../src/grade/grade-trial.js';
import type { GradeOutcome } from '../../src/grade/outcome.js';
import type { Environment } from '../../src/runtime/environment.js';
import { LocalRuntime } from '../../src/runtime/local/runtime.js';
import { loadTask } from '../../src/task/load.js';
import type { Task } from '../../src/task/task.js';

/** Shared by the grade-*.test.ts integration files: real fixture tasks, the real LocalRuntime, the real grader. */

export const REPOS = path.resolve('__tests__/fixtures/repos');

/**
 * The runtime the fixtures run on. jest and ts-jest come from OpsBench's own node_modules (the TypeScript
 * fixture does not vendor them), so its bin dir goes first on PATH and node_modules is NODE_PATH.
 */
export function fixtureRuntime(): LocalRuntime {
  const modules = path.resolve('node_modules');
  // rustup's cargo finds its toolchains through RUSTUP_HOME/CARGO_HOME, not the trial's empty HOME.
  const rust = { RUSTUP_HOME: process.env.RUSTUP_HOME ?? path.join(os.homedir(), '.rustup'), CARGO_HOME: process.env.CARGO_HOME ?? path.join(os.homedir(), '.cargo') };
  return new LocalRuntime({ hostEnv: process.env, env: { PATH: `${path.join(modules, '.bin')}:${process.env.PATH ?? ''}`, NODE_PATH: modules, ...rust } });
}

export async function fixtureTask(lang: string): Promise<Task> {
  return loadTask(path.join(REPOS, lang));
}

const roots: string[] = [];

export async function scratch(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'opsbench-grade-'));
  roots.push(dir);
  return dir;
}

export async function cleanupScratch(): Promise<void> {
  await Promise.all(roots.splice(0).map((r) => rm(r, { recursive: true, force: true })));
}

export async function computeLists(task: Task, runtime: LocalRuntime, cacheDir?: string): Promise<TestLists> {
  return resolveTestLists(task, {
    runtime,
    cacheDir: cacheDir ?? (await scratch()),
    scratchDir: await scratch(),
    runId: 'test-run',
    log: () => {}
  });
}

export function withLists(task: Task, lists: { failToPass: string[]; passToPass: string[] }): Task {
  return { ...task, tests: { ...task.tests, failToPass: lists.failToPass, passToPass: lists.passToPass } };
}

export interface GradedTrial {
  outcome: GradeOutcome;
  gradeMs: number;
  /** What `inspect` returned (it runs after grading, before teardown). */
  inspected?: unknown;
}

/**
 * One trial without the scheduler: environment up, `act` plays the agent (an Agent or direct edits),
 * grade, `inspect` looks at the environment after grading, teardown.
 */
export async function gradeTrialWith(
  task: Task,
  runtime: LocalRuntime,
  act: Agent | ((env: Environment) => Promise<void>),
  inspect?: (env: Environment, outcome: GradeOutcome) => Promise<unknown>
): Promise<GradedTrial> {
  const env = runtime.create(task, { trialId: `t-${task.id}`, runId: 'test-run', scratchDir: await scratch() });
  try {
    await env.up();
    if (typeof act === 'function') await act(env);
    else {
      const ran = await act.run({ task, env, artifactsDir: await scratch(), signal: new AbortController().signal, log: () => {} });
      if (ran.error) throw new Error(`agent error: ${ran.error.message}`);
    }
    const started = performance.now();
    const outcome = await gradeTrial({ task, env, artifactsDir: await scratch() });
    const gradeMs = performance.now() - started;
    const inspected = inspect ? await inspect(env, outcome) : undefined;
    return { outcome, gradeMs, inspected };
  } finally {
    await env.down();
  }
}

export const sorted = (ids: string[]): string[] => [...ids].sort();

/**
 * The three checks every language fixture gets, for real: the lists computed from golden.patch match
 * `expected` (and come from the cache the second time), the oracle passes, the null agent fails on exactly
 * the FAIL_TO_PASS tests. The oracle's grade time is printed for the report.
 */
export function describeFixtureGrading(lang: string, expected: { failToPass: string[]; passToPass: string[] }): void {
  describe(`grading the ${lang} fixture through the local runtime`, () => {
    const runtime = fixtureRuntime();
    let task: Task;
    const f2p = expected.failToPass.length;
    const p2p = expected.passToPass.length;

    beforeAll(async () => {
      task = withLists(await fixtureTask(lang), expected);
    });
    afterAll(cleanupScratch);

    test('FAIL_TO_PASS and PASS_TO_PASS are computed from the golden patch, then served from the cache', async () => {
      const bare = await fixtureTask(lang);
      const cacheDir = await scratch();
      const lists = await computeLists(bare, runtime, cacheDir);
      expect({ failToPass: sorted(lists.failToPass), passToPass: sorted(lists.passToPass) }).toEqual({
        failToPass: sorted(expected.failToPass),
        passToPass: sorted(expected.passToPass)
      });
      expect(lists.cached).toBe(false);
      expect(await computeLists(bare, runtime, cacheDir)).toEqual({ ...lists, cached: true });
    });

    test('the oracle passes with every listed test passing', async () => {
      const { outcome, gradeMs } = await gradeTrialWith(task, runtime, createOracleAgent());
      expect(outcome).toMatchObject({
        status: 'passed',
        errorClass: null,
        failToPass: { passed: f2p, total: f2p },
        passToPass: { passed: p2p, total: p2p },
        correctness: 1
      });
      console.log(`${lang} oracle grade: ${Math.round(gradeMs)} ms (test command ${Math.round(outcome.testCommandMs)} ms)`);
    });

    test('the null agent fails on exactly the FAIL_TO_PASS tests', async () => {
      const { outcome } = await gradeTrialWith(task, runtime, createNullAgent());
      expect(outcome).toMatchObject({
        status: 'failed',
        errorClass: null,
        failToPass: { passed: 0, total: f2p },
        passToPass: { passed: p2p, total: p2p }
      });
      expect(outcome.correctness).toBeCloseTo(p2p / (f2p + p2p));
      for (const id of expected.failToPass) expect(outcome.message).toContain(id);
    });
  });
}
