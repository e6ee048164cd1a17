import { appendFile, mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { resolveAgent, type AgentSpec } from '../../src/agent/registry.js';
import { writeBenchTask } from '../../src/bench/bench-task.js';
import { LocalRuntime } from '../../src/runtime/local/runtime.js';
import { loadTask } from '../../src/task/load.js';
import type { Task } from '../../src/task/task.js';
import { GradeError, RuntimeUnavailableError, UserInputError } from '../../src/core/errors.js';
import { createTestListResolver } from '../../src/trial/prepare-task.js';
import { runSchedule, type ScheduleOptions } from '../../src/trial/scheduler.js';
import { HARNESS_VERSION } from '../../src/core/version.js';
import { trialResult } from '../helpers/trial-results.js';

const runtime = new LocalRuntime({ hostEnv: process.env });
let root: string;
let tasks: Task[];
let oracle: AgentSpec;

beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'opsbench-sched-'));
  tasks = [
    await loadTask(await writeBenchTask(path.join(root, 'tasks'), 'calc-b')),
    await loadTask(await writeBenchTask(path.join(root, 'tasks'), 'calc-a'))
  ];
  oracle = await resolveAgent('oracle');
});

let n = 0;
function options(over: Partial<ScheduleOptions> = {}): ScheduleOptions & { lines: string[] } {
  const lines: string[] = [];
  n += 1;
  return {
    tasks,
    agents: [oracle],
    runtime,
    attempts: 2,
    concurrency: 2,
    outDir: path.join(root, `out-${n}`),
    runId: `run-${n}`,
    cacheDir: path.join(root, 'cache'),
    scratchDir: path.join(root, `scratch-${n}`),
    log: (line) => lines.push(line),
    lines,
    ...over
  };
}

const fileLines = async (file: string) => (await readFile(file, 'utf8')).split('\n').filter(Boolean).map((l) => JSON.parse(l));

describe('runSchedule', () => {
  test('runs every task x attempt, appends one line each and prints one progress line each', async () => {
    const opts = options();
    const outcome = await runSchedule(opts);
    expect(outcome.cancelled).toBe(false);
    expect(outcome.ran).toHaveLength(4);
    expect(outcome.ran.every((r) => r.status === 'passed' && r.run_id === opts.runId)).toBe(true);
    const recorded = await fileLines(outcome.resultsFile);
    expect(recorded.map((r) => `${r.task_id}#${r.attempt}`).sort()).toEqual(['calc-a#1', 'calc-a#2', 'calc-b#1', 'calc-b#2']);
    const progress = opts.lines.filter((l) => /^\[\d\/4\]/.test(l));
    expect(progress).toHaveLength(4);
    expect(progress.at(-1)).toMatch(/^\[4\/4\] PASS calc-[ab] #2 .*\| passed 4\/4 \(100%\)$/);
    // Artifacts per trial, and no workspace left behind.
    expect((await readdir(path.join(opts.outDir, 'trials', 'calc-a'))).sort()).toEqual(['1', '2']);
    expect(await readdir(opts.scratchDir!).catch(() => [])).toEqual([]);
  });

  test('a second run resumes: finished trials of unchanged tasks are kept, errors and changed tasks rerun', async () => {
    const first = options({ attempts: 1 });
    await runSchedule(first);
    const file = path.join(first.outDir, 'results.jsonl');
    // An earlier infrastructure error for attempt 2 of calc-a, and a result for calc-b #2 from an older task version.
    await appendFile(file, `${JSON.stringify(trialResult({ task_id: 'calc-a', attempt: 2, agent: 'oracle', model: null, status: 'error', error_class: 'daemon', task_hash: tasks[1]!.hash }))}\n`);
    await appendFile(file, `${JSON.stringify(trialResult({ task_id: 'calc-b', attempt: 2, agent: 'oracle', model: null, status: 'passed', task_hash: 'old' }))}\n`);

    const second = options({ attempts: 2, outDir: first.outDir });
    const outcome = await runSchedule(second);
    expect(outcome.resumed.map((r) => `${r.task_id}#${r.attempt}`).sort()).toEqual(['calc-a#1', 'calc-b#1']);
    expect(outcome.ran.map((r) => `${r.task_id}#${r.attempt}`).sort()).toEqual(['calc-a#2', 'calc-b#2']);
    expect(second.lines[0]).toBe(`resume: 2 finished trials kept from ${file}, 2 to run`);
    expect(outcome.results).toHaveLength(4);
    expect(outcome.results.every((r) => r.status === 'passed')).toBe(true);

    const third = options({ attempts: 2, outDir: first.outDir });
    const again = await runSchedule(third);
    expect(again.ran).toEqual([]);
    expect(again.resumed).toHaveLength(4);
  });

  test('resume keeps a result only when the agent configuration, the harness version and the task are the same', async () => {
    const opts = options({ attempts: 2 });
    await mkdir(opts.outDir, { recursive: true });
    const [calcB, calcA] = tasks as [Task, Task];
    const same = { agent: 'oracle', model: null, agent_config: oracle.configHash, harness_version: HARNESS_VERSION, status: 'passed' as const };
    const earlier = [
      trialResult({ ...same, task_id: 'calc-a', attempt: 1, task_hash: calcA.hash }),
      // Another --agent-command / --model-option / limit: another configuration.
      trialResult({ ...same, task_id: 'calc-b', attempt: 1, task_hash: calcB.hash, agent_config: '0123456789abcdef' }),
      trialResult({ ...same, task_id: 'calc-a', attempt: 2, task_hash: calcA.hash, harness_version: '0.0.1' }),
      // A result from before agent_config existed.
      trialResult({ ...same, task_id: 'calc-b', attempt: 2, task_hash: calcB.hash, agent_config: undefined })
    ];
    await writeFile(path.join(opts.outDir, 'results.jsonl'), earlier.map((r) => `${JSON.stringify(r)}\n`).join(''));
    const outcome = await runSchedule(opts);
    expect(outcome.resumed.map((r) => `${r.task_id}#${r.attempt}`)).toEqual(['calc-a#1']);
    expect(outcome.ran.map((r) => `${r.task_id}#${r.attempt}`).sort()).toEqual(['calc-a#2', 'calc-b#1', 'calc-b#2']);
    expect(outcome.ran.every((r) => r.agent_config === oracle.configHash && r.run_id === opts.runId)).toBe(true);
    const kept = await fileLines(outcome.resultsFile);
    expect(kept.slice(4).every((r) => r.agent_config === oracle.configHash)).toBe(true);
  });

  test('a retryable preparation failure is retried with backoff, and one that outlasts the retries is forgotten for the next trial', async () => {
    const real = createTestListResolver({ runtime, cacheDir: path.join(root, 'cache'), scratchDir: path.join(root, 'prep'), runId: 'prep' });
    let calls = 0;
    const sleeps: number[] = [];
    const flaky = (failures: number, error: () => Error) => (task: Task) => {
      calls += 1;
      return calls <= failures ? Promise.reject(error()) : real(task);
    };
    const retry = { maxRetries: 1, baseMs: 10, random: () => 0.5, sleep: async (ms: number) => void sleeps.push(ms) };
    const daemonGone = () => new RuntimeUnavailableError('docker daemon restarting');

    // Fails once: the retry inside the same preparation succeeds; both trials share it.
    const once = await runSchedule(options({ tasks: [tasks[1]!], attempts: 2, concurrency: 1, retry, prepareTask: flaky(1, daemonGone) }));
    expect(once.ran.map((r) => r.status)).toEqual(['passed', 'passed']);
    expect([calls, sleeps]).toEqual([2, [10]]);

    // Fails twice: the first trial is error/daemon, and the second trial prepares afresh and passes.
    calls = 0;
    sleeps.length = 0;
    const twice = await runSchedule(options({ tasks: [tasks[1]!], attempts: 2, concurrency: 1, retry, prepareTask: flaky(2, daemonGone) }));
    expect(twice.ran.map((r) => [r.status, r.error_class])).toEqual([['error', 'daemon'], ['passed', null]]);
    expect(twice.ran[0]!.error_message).toBe('preparing the task failed: docker daemon restarting');
    expect([calls, sleeps]).toEqual([3, [10]]);

    // A failure retrying cannot fix is neither retried nor recomputed: one call for both trials.
    calls = 0;
    sleeps.length = 0;
    const final = await runSchedule(options({ tasks: [tasks[1]!], attempts: 2, concurrency: 1, retry, prepareTask: flaky(1, () => new GradeError('no test goes from failing to passing')) }));
    expect(final.ran.map((r) => r.error_class)).toEqual(['grade', 'grade']);
    expect([calls, sleeps]).toEqual([1, []]);
  });

  test('the model and command agents are refused on the local runtime unless the run accepts it', async () => {
    const command = await resolveAgent('command', { agentCommand: 'true' });
    const opts = options({ agents: [command], attempts: 1, tasks: [tasks[1]!] });
    await expect(runSchedule(opts)).rejects.toThrow(UserInputError);
    await expect(readdir(opts.outDir)).rejects.toThrow('ENOENT');
    const accepted = await runSchedule({ ...opts, unsafeLocal: true });
    expect(accepted.ran.map((r) => [r.agent, r.stop_reason, r.status])).toEqual([['command', 'submitted', 'failed']]);
  });

  test('a task this runtime cannot run is recorded as a skip with the reason and printed as SKIP', async () => {
    const dir = await writeBenchTask(path.join(root, 'tasks-s3'), 'needs-s3');
    const yaml = await readFile(path.join(dir, 'task.yaml'), 'utf8');
    await writeFile(path.join(dir, 'task.yaml'), `${yaml}services: [workspace, s3]\nenvironment: { compose: compose.yaml }\n`);
    await writeFile(path.join(dir, 'compose.yaml'), 'services:\n  workspace: { image: "debian:bookworm-slim" }\n  s3: { image: "minio/minio" }\n');
    const opts = options({ tasks: [await loadTask(dir)], attempts: 1 });
    const outcome = await runSchedule(opts);
    expect(outcome.ran).toEqual([
      expect.objectContaining({ status: 'error', error_class: 'skipped', error_message: 'needs Docker (services: s3)' })
    ]);
    expect(opts.lines).toContain('[1/1] SKIP needs-s3 #1  (needs Docker (services: s3))  | passed 0/0 (0%)');
  });

  test('a task whose test lists cannot be computed is error for each of its trials, and the others still run', async () => {
    const dir = await writeBenchTask(path.join(root, 'tasks-bad'), 'no-fix');
    // A "solution" that changes nothing the tests check: no test goes from failing to passing.
    const golden = await readFile(path.join(dir, 'golden.patch'), 'utf8');
    await writeFile(path.join(dir, 'golden.patch'), golden.replace('+    return a + b', '+    return (a - b)'));
    const opts = options({ tasks: [await loadTask(dir), tasks[0]!], attempts: 2 });
    const outcome = await runSchedule(opts);
    const bad = outcome.ran.filter((r) => r.task_id === 'no-fix');
    expect(bad).toHaveLength(2);
    for (const r of bad) {
      expect(r).toMatchObject({ status: 'error', error_class: 'grade' });
      expect(r.error_message).toMatch(/^preparing the task failed: no-fix: no test goes from failing to passing/);
    }
    expect(outcome.ran.filter((r) => r.task_id === 'calc-b').map((r) => r.status)).toEqual(['passed', 'passed']);
  });

  test('a cancel stops new trials, keeps the finished ones and records none of the cancelled', async () => {
    const controller = new AbortController();
    const opts = options({ attempts: 3, concurrency: 1, signal: controller.signal, tasks: [tasks[0]!] });
    const log = opts.log;
    opts.log = (line) => {
      log(line);
      if (line.startsWith('[1/3]')) controller.abort();
    };
    const outcome = await runSchedule(opts);
    expect(outcome.cancelled).toBe(true);
    expect(outcome.ran).toHaveLength(1);
    expect(await fileLines(outcome.resultsFile)).toHaveLength(1);
    expect(await readdir(opts.scratchDir!).catch(() => [])).toEqual([]);
  });
});
