import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { gradeTrial } from '../../src/grade/grade-trial.js';
import { LocalRuntime } from '../../src/runtime/local/runtime.js';
import { loadTask } from '../../src/task/load.js';
import type { Task } from '../../src/task/task.js';

const FILE = 'tests/test_percentile.py';
let scratch: string;
let task: Task;

beforeAll(async () => {
  scratch = await mkdtemp(path.join(os.tmpdir(), 'opsbench-gradetrial-'));
  task = await loadTask(path.resolve('__tests__/fixtures/repos/python'));
});
afterAll(() => rm(scratch, { recursive: true, force: true }));

async function grade(t: Task, log?: (line: string) => void) {
  const env = new LocalRuntime({ hostEnv: process.env }).create(t, { trialId: 'g', runId: 'r', scratchDir: scratch });
  const artifactsDir = await mkdtemp(path.join(scratch, 'artifacts-'));
  await env.up();
  try {
    return { outcome: await gradeTrial({ task: t, env, artifactsDir, log }), artifactsDir };
  } finally {
    await env.down();
  }
}

describe('gradeTrial', () => {
  test('an observability task with no FAIL_TO_PASS list is an error before anything runs', async () => {
    const { outcome, artifactsDir } = await grade(task);
    expect(outcome).toMatchObject({ status: 'error', errorClass: 'grade' });
    expect(outcome.message).toBe('fixture-python-percentile: FAIL_TO_PASS is empty; resolve the test lists (grade/compute-f2p.ts) before grading');
    expect(await readdir(artifactsDir)).toEqual([]);
  });

  test('a test patch that does not apply is an error of class patch that keeps the task\'s test totals', async () => {
    const stale = path.join(scratch, 'stale.patch');
    await writeFile(stale, (await readFile(task.hidden.testPatch as string, 'utf8')).replace('             percentile([], 50)', '             percentile([], 75)'));
    const broken: Task = {
      ...task,
      tests: { ...task.tests, failToPass: ['a', 'b'], passToPass: ['c', 'd', 'e'] },
      hidden: { ...task.hidden, testPatch: stale }
    };
    const { outcome } = await grade(broken);
    expect(outcome).toMatchObject({ status: 'error', errorClass: 'patch', failToPass: { passed: 0, total: 2 }, passToPass: { passed: 0, total: 3 } });
  });

  test('keeps the output, the raw report and the parsed tests, and logs ids reported twice', async () => {
    const twice: Task = {
      ...task,
      tests: { ...task.tests, command: 'python3 -m pytest -q tests tests --keep-duplicates', failToPass: [`${FILE}::test_nearest_rank[p95]`], passToPass: [] }
    };
    const lines: string[] = [];
    const { outcome, artifactsDir } = await grade(twice, (l) => lines.push(l));
    expect(outcome).toMatchObject({ status: 'failed', failToPass: { passed: 0, total: 1 } });
    expect(outcome.tests).toHaveLength(5);
    expect(lines).toContain(`grade: test id "${FILE}::test_nearest_rank[p95]" reported 2 times; kept the worst status (failed)`);
    expect((await readdir(artifactsDir)).sort()).toEqual(['report', 'test-output.txt', 'tests.json']);
    expect(await readFile(path.join(artifactsDir, 'test-output.txt'), 'utf8')).toMatch(/^\$ python3 -c 'import sys, os\n[^]*--junitxml=.*\n# exit 1, \d+ ms\n/);
    expect(await readdir(path.join(artifactsDir, 'report'))).toEqual(['report.xml']);
    const saved = JSON.parse(await readFile(path.join(artifactsDir, 'tests.json'), 'utf8'));
    expect(saved).toMatchObject({ ran: true, problem: null, exitCode: 1, timedOut: false });
    expect(saved.tests).toEqual(outcome.tests);
  });
});
