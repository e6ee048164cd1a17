import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { ZERO_USAGE, type Agent, type AgentContext, type AgentOutcome } from '../../src/agent/agent.js';
import { createNullAgent } from '../../src/agent/null.js';
import { createOracleAgent } from '../../src/agent/oracle.js';
import { writeBenchTask } from '../../src/bench/bench-task.js';
import type { Grader } from '../../src/grade/outcome.js';
import { TrialResultSchema } from '../../src/core/trial-result.js';
import type { Environment } from '../../src/runtime/environment.js';
import { LocalRuntime } from '../../src/runtime/local/runtime.js';
import type { Runtime } from '../../src/runtime/runtime.js';
import { loadTask } from '../../src/task/load.js';
import type { Task } from '../../src/task/task.js';
import { AgentSetupError, EnvironmentStartError, OpsBenchError, RuntimeUnavailableError } from '../../src/core/errors.js';
import { createTestListResolver } from '../../src/trial/prepare-task.js';
import { runTrial, type TrialSpec } from '../../src/trial/run-trial.js';

const FIXED = 'def add(a, b):\n    return a + b\n\n\ndef sub(a, b):\n    return a - b\n';
const submitted = (over: Partial<AgentOutcome> = {}): AgentOutcome => ({
  stopReason: 'submitted',
  episodes: 1,
  tokens: { ...ZERO_USAGE },
  costUsd: 0,
  ...over
});

/** An agent whose run is the given function; `calls` counts runs across retries. */
function agent(run: (ctx: AgentContext) => Promise<AgentOutcome>, setup?: Agent['setup']): Agent & { calls: number } {
  const a = { name: 'scripted', model: null, calls: 0, setup, run: (ctx: AgentContext) => ((a.calls += 1), run(ctx)) };
  return a;
}

/** Wraps the real runtime so the first environments' `up` fail with the given errors; counts creates and downs. */
function failingUp(inner: Runtime, failures: OpsBenchError[]): Runtime & { creates: number; downs: number } {
  const wrapper = {
    kind: inner.kind,
    isolatesAgent: inner.isolatesAgent,
    creates: 0,
    downs: 0,
    probe: () => inner.probe(),
    cleanup: (runId: string) => inner.cleanup(runId),
    check: (task: Task) => inner.check(task),
    create(task: Task, opts: Parameters<Runtime['create']>[1]): Environment {
      wrapper.creates += 1;
      const env = inner.create(task, opts);
      const failure = failures.shift();
      return new Proxy(env, {
        get(target, prop) {
          if (prop === 'up' && failure) return () => Promise.reject(failure);
          if (prop === 'down') wrapper.downs += 1;
          const value = Reflect.get(target, prop, target) as unknown;
          return typeof value === 'function' ? value.bind(target) : value;
        }
      });
    }
  };
  return wrapper;
}

let root: string;
let task: Task;
const runtime = new LocalRuntime({ hostEnv: process.env });
let sleeps: number[];
let counter = 0;

beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'opsbench-trial-'));
  const loaded = await loadTask(await writeBenchTask(path.join(root, 'tasks')));
  const resolve = createTestListResolver({ runtime, cacheDir: path.join(root, 'cache'), scratchDir: path.join(root, 'f2p'), runId: 'f2p' });
  task = await resolve(loaded);
});

beforeEach(() => {
  sleeps = [];
});

function spec(over: Partial<TrialSpec> & Pick<TrialSpec, 'agent'>): TrialSpec & { scratchDir: string; artifactsDir: string } {
  counter += 1;
  return {
    runId: 'run-test',
    task,
    attempt: 1,
    runtime,
    artifactsDir: path.join(root, 'out', String(counter)),
    scratchDir: path.join(root, 'scratch', String(counter)),
    retry: { maxRetries: 2, baseMs: 100, random: () => 0.5, sleep: async (ms) => void sleeps.push(ms) },
    limits: { graceMs: 300 },
    ...over
  };
}

/** The trial's workspaces are gone: teardown ran. */
async function expectTornDown(scratchDir: string): Promise<void> {
  const left = await readdir(scratchDir).catch(() => []);
  expect(left).toEqual([]);
}

describe('runTrial on the local runtime with the real grader', () => {
  test('the oracle passes, and the trial keeps its diff, grade output, log and result.json', async () => {
    const s = spec({ agent: createOracleAgent() });
    const result = await runTrial(s);
    expect(result).toMatchObject({
      status: 'passed',
      error_class: null,
      stop_reason: 'submitted',
      fail_to_pass: { passed: 1, total: 1 },
      pass_to_pass: { passed: 1, total: 1 },
      correctness: 1,
      agent: 'oracle',
      task_id: 'bench-python-calc',
      task_hash: task.hash
    });
    expect(TrialResultSchema.parse(result)).toEqual(result);
    expect(result.test_command_ms).toBeGreaterThan(0);
    expect(result.durations_ms.env).toBeGreaterThan(0);
    expect(await readFile(path.join(s.artifactsDir, 'agent.diff'), 'utf8')).toContain('+    return a + b');
    expect(JSON.parse(await readFile(path.join(s.artifactsDir, 'result.json'), 'utf8'))).toEqual(result);
    expect((await readdir(path.join(s.artifactsDir, 'grade'))).length).toBeGreaterThan(0);
    expect(await readFile(path.join(s.artifactsDir, 'logs', 'trial.log'), 'utf8')).toMatch(/graded: passed/);
    await expectTornDown(s.scratchDir);
  });

  test('the null agent fails: FAIL_TO_PASS stays red, PASS_TO_PASS stays green, the diff is empty', async () => {
    const s = spec({ agent: createNullAgent() });
    const result = await runTrial(s);
    expect(result).toMatchObject({ status: 'failed', error_class: null, fail_to_pass: { passed: 0, total: 1 }, pass_to_pass: { passed: 1, total: 1 } });
    expect(await readFile(path.join(s.artifactsDir, 'agent.diff'), 'utf8')).toBe('');
    await expectTornDown(s.scratchDir);
  });

  test('an agent that outlives agent_sec is stopped and its workspace is still graded', async () => {
    const sleeper = agent(async (ctx) => {
      await ctx.env.writeFile('calc.py', FIXED);
      // Ignores its signal on purpose: the trial must stop waiting after the grace period.
      await new Promise((resolve) => setTimeout(resolve, 30_000).unref());
      return submitted();
    });
    const s = spec({ agent: sleeper, task: { ...task, timeouts: { ...task.timeouts, agentSec: 1 } } });
    const started = Date.now();
    const result = await runTrial(s);
    expect(result).toMatchObject({ status: 'passed', stop_reason: 'agent_timeout', error_class: null });
    expect(result.durations_ms.agent).toBeGreaterThanOrEqual(1000);
    expect(result.durations_ms.agent).toBeLessThan(5000);
    expect(Date.now() - started).toBeLessThan(20_000);
    expect(sleeps).toEqual([]);
    await expectTornDown(s.scratchDir);
  });

  test('an agent that honours the timeout signal keeps its counts and is recorded as agent_timeout', async () => {
    const polite = agent(
      (ctx) => new Promise((resolve) => ctx.signal.addEventListener('abort', () => resolve(submitted({ episodes: 7 }))))
    );
    const result = await runTrial(spec({ agent: polite, task: { ...task, timeouts: { ...task.timeouts, agentSec: 1 } } }));
    expect(result).toMatchObject({ status: 'failed', stop_reason: 'agent_timeout', episodes: 7 });
  });

  test('an agent that crashes is recorded as crashed and what it changed before is still graded', async () => {
    const crasher = agent(async (ctx) => {
      await ctx.env.writeFile('calc.py', FIXED);
      throw new Error('segmentation fault');
    });
    const s = spec({ agent: crasher });
    const result = await runTrial(s);
    expect(result).toMatchObject({ status: 'passed', stop_reason: 'crashed', error_class: null, error_message: 'agent crashed: segmentation fault' });
    expect(crasher.calls).toBe(1);
    await expectTornDown(s.scratchDir);
  });

  test('a retryable environment failure reruns the whole trial with backoff and the second try counts', async () => {
    const flaky = failingUp(runtime, [new EnvironmentStartError('docker: connection reset')]);
    const s = spec({ agent: createOracleAgent(), runtime: flaky });
    const result = await runTrial(s);
    expect(result.status).toBe('passed');
    expect(flaky.creates).toBe(2);
    expect(flaky.downs).toBe(2);
    expect(sleeps).toEqual([100]);
    expect(await readFile(path.join(s.artifactsDir, 'logs', 'trial.log'), 'utf8')).toMatch(
      /try 1 failed \(env_start: docker: connection reset\); retrying in 100 ms/
    );
    await expectTornDown(s.scratchDir);
  });

  test('retries stop after two more tries with doubling delays, and the trial is error with the class', async () => {
    const down = failingUp(runtime, [1, 2, 3].map(() => new RuntimeUnavailableError('daemon gone')));
    const result = await runTrial(spec({ agent: createOracleAgent(), runtime: down }));
    expect(result).toMatchObject({ status: 'error', error_class: 'daemon', error_message: 'daemon gone' });
    expect(down.creates).toBe(3);
    expect(sleeps).toEqual([100, 200]);
  });

  test('a non-retryable failure is not retried', async () => {
    const broken = failingUp(runtime, [new EnvironmentStartError('compose file has no workspace service', 'env_start', false)]);
    const result = await runTrial(spec({ agent: createOracleAgent(), runtime: broken }));
    expect(result).toMatchObject({ status: 'error', error_class: 'env_start' });
    expect(broken.creates).toBe(1);
    expect(sleeps).toEqual([]);
  });

  test('an agent setup failure is error/agent_setup, not graded and not retried', async () => {
    const unready = agent(async () => submitted(), async () => {
      throw new AgentSetupError('npm install of the agent CLI failed');
    });
    const s = spec({ agent: unready });
    const result = await runTrial(s);
    expect(result).toMatchObject({ status: 'error', error_class: 'agent_setup', error_message: 'npm install of the agent CLI failed' });
    expect(unready.calls).toBe(0);
    expect(sleeps).toEqual([]);
    await expectTornDown(s.scratchDir);
  });

  test('a provider outage the agent reports as retryable reruns the trial', async () => {
    const outage = agent(async (ctx) => {
      if (outage.calls === 1) return submitted({ error: { errorClass: 'provider', message: '503 from the provider', retryable: true } });
      await ctx.env.writeFile('calc.py', FIXED);
      return submitted();
    });
    const result = await runTrial(spec({ agent: outage }));
    expect(result.status).toBe('passed');
    expect(outage.calls).toBe(2);
    expect(sleeps).toHaveLength(1);
  });

  test("the agent's keys are masked in trial.log, the verbose lines and error_message, and agent_config is stamped", async () => {
    const secret = 'canary-run-trial-not-a-token';
    const leaky = {
      ...agent(async (ctx) => {
        ctx.log(`calling the provider with ${secret}`);
        return submitted({ error: { errorClass: 'provider', message: `401: bad key ${secret}` } });
      }),
      secrets: [secret]
    };
    const verbose: string[] = [];
    const s = spec({ agent: leaky, agentConfig: 'feedc0ffee123456', log: (line) => verbose.push(line) });
    const result = await runTrial(s);
    expect(result).toMatchObject({ status: 'error', error_class: 'provider', error_message: '401: bad key ***', agent_config: 'feedc0ffee123456' });
    const log = await readFile(path.join(s.artifactsDir, 'logs', 'trial.log'), 'utf8');
    expect(log).toContain('calling the provider with ***');
    expect(`${log}${verbose.join('\n')}${await readFile(path.join(s.artifactsDir, 'result.json'), 'utf8')}`).not.toContain(secret);
    expect(verbose.join('\n')).toContain('calling the provider with ***');
  });

  test('a grader that outruns test_sec plus the margin is error/timeout_infra and not retried', async () => {
    let grades = 0;
    const hung: Grader = () => {
      grades += 1;
      return new Promise(() => {});
    };
    const s = spec({
      agent: createNullAgent(),
      grader: hung,
      task: { ...task, timeouts: { ...task.timeouts, testSec: 1 } },
      limits: { gradeMarginSec: 0, graceMs: 100 }
    });
    const result = await runTrial(s);
    expect(result).toMatchObject({ status: 'error', error_class: 'timeout_infra' });
    expect(result.error_message).toMatch(/grading did not finish within test_sec/);
    expect(grades).toBe(1);
    await expectTornDown(s.scratchDir);
  });

  test('a cancel tears down, records error/cancelled in result.json and is rethrown', async () => {
    const controller = new AbortController();
    const waiting = agent(async (ctx) => {
      setTimeout(() => controller.abort(), 50);
      await new Promise((resolve) => ctx.signal.addEventListener('abort', resolve));
      return submitted();
    });
    const s = spec({ agent: waiting, signal: controller.signal });
    await expect(runTrial(s)).rejects.toMatchObject({ errorClass: 'cancelled' });
    const recorded = JSON.parse(await readFile(path.join(s.artifactsDir, 'result.json'), 'utf8'));
    expect(recorded).toMatchObject({ status: 'error', error_class: 'cancelled' });
    await expectTornDown(s.scratchDir);
  });
});
