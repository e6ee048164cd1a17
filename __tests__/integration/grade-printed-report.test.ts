import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { GRADE_FILES } from '../../src/core/trial-paths.js';
import { runSuite } from '../../src/grade/run-suite.js';
import type { Environment } from '../../src/runtime/environment.js';
import type { Task } from '../../src/task/task.js';
import { cleanupScratch, fixtureRuntime, fixtureTask, scratch } from './grade-support.js';

// The suite's own exec prints its report (run-suite.ts), so reading it costs no engine call; a command that
// exits by itself prints none, and the report is read from its file as before. Real pytest, local runtime.

/** The environment with its file reads counted: a report read from the file is one. */
function counting(env: Environment): { env: Environment; reads: string[] } {
  const reads: string[] = [];
  const wrapped = new Proxy(env, {
    get(target, key, receiver) {
      if (key === 'readFile') return (file: string) => (reads.push(file), target.readFile(file));
      const value = Reflect.get(target, key, receiver) as unknown;
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    }
  });
  return { env: wrapped, reads };
}

describe("the suite's report, printed by its own exec", () => {
  const runtime = fixtureRuntime();
  let task: Task;
  let env: Environment;

  beforeAll(async () => {
    task = await fixtureTask('python');
    env = runtime.create(task, { trialId: 't-printed', runId: 'test-run', scratchDir: await scratch() });
    await env.up();
  });
  afterAll(async () => {
    await env.down();
    await cleanupScratch();
  });

  const suite = async (command: string) => {
    const { env: seen, reads } = counting(env);
    const artifactsDir = await scratch();
    const run = await runSuite(seen, { ...task, tests: { ...task.tests, command } }, { scratchDir: await scratch(), artifactsDir });
    return { run, reads, output: await readFile(path.join(artifactsDir, GRADE_FILES.output), 'utf8') };
  };

  it('is parsed without reading the file, and stays out of the test output', async () => {
    const { run, reads, output } = await suite(task.tests.command);
    expect(run.ran).toBe(true);
    expect(run.tests.length).toBeGreaterThan(1);
    expect(reads).toEqual([]);
    expect(output).not.toMatch(/opsbench-report-|<testsuite/);
    expect(output).toMatch(/passed|failed/);
  }, 120_000);

  it('is read from the file when the command exits by itself, with the same tests and exit status', async () => {
    const printed = await suite(task.tests.command);
    const exited = await suite(`${task.tests.command}; exit 7`);
    expect(exited.reads).toHaveLength(1);
    expect(exited.run.exitCode).toBe(7);
    expect(exited.run.tests).toEqual(printed.run.tests);
  }, 120_000);
});
