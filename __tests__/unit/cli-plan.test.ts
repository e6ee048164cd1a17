import { cp, mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { runCli } from '../../src/cli/main.js';
import { cliFlag } from '../../src/cli/flags.js';
import { actionInput } from '../../src/action/inputs.js';
import { UserInputError } from '../../src/core/errors.js';
import { RunPlanSchema, type RunPlan } from '../../src/trial/plan.js';
import { captureIO } from '../helpers/cli-capture.js';
import { attempts } from '../helpers/trial-results.js';

const jsonl = (rs: object[]) => rs.map((r) => JSON.stringify(r)).join('\n') + '\n';

/** Three copies of the small pytest fixture task under distinct ids. */
async function fixtureTasks(): Promise<string> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'opsbench-plan-'));
  for (const id of ['fx-a', 'fx-b', 'fx-c']) {
    const target = path.join(root, 'tasks', id);
    await cp('__tests__/fixtures/repos/python', target, { recursive: true });
    const yaml = await readFile(path.join(target, 'task.yaml'), 'utf8');
    await writeFile(path.join(target, 'task.yaml'), yaml.replace('id: fixture-python-percentile', `id: ${id}`));
  }
  return root;
}

describe('opsbench plan', () => {
  test('prints the matrix and writes the plan contract (legs, the tasks of each, attempts, suite hash) with --out', async () => {
    const root = await fixtureTasks();
    const out = path.join(root, 'plan.json');
    const cap = captureIO();
    expect(await runCli(['plan', '--tasks', path.join(root, 'tasks'), '--models', 'openai:a,anthropic:b', '--shards', '2', '--attempts', '3', '--out', out], cap.io)).toBe(0);
    const matrix = JSON.parse(cap.stdout()) as { include: { leg: string; model: string; shard: string }[] };
    expect(matrix.include).toHaveLength(4);
    expect(matrix.include[3]).toEqual({ leg: 'model-anthropic_b-2of2', model: 'anthropic:b', shard: '2/2' });
    const plan = RunPlanSchema.parse(JSON.parse(await readFile(out, 'utf8')));
    expect(plan.attempts).toBe(3);
    expect(plan.suite_hash).toMatch(/^[0-9a-f]{16}$/);
    expect(plan.legs.map((l) => l.id)).toEqual(matrix.include.map((m) => m.leg));
    expect(plan.legs.filter((l) => l.model === 'openai:a').flatMap((l) => l.tasks).sort()).toEqual(['fx-a', 'fx-b', 'fx-c']);
    // Before any money is spent: 3 tasks can never show a significant drop.
    expect(cap.stderr()).toContain('warning: With 3 tasks x 3 attempts no drop is significant');

    const printed = captureIO();
    expect(await runCli(['plan', '--tasks', path.join(root, 'tasks'), '--models', 'openai:a,anthropic:b', '--shards', '2', '--attempts', '3', '--format', 'plan'], printed.io)).toBe(0);
    expect(JSON.parse(printed.stdout())).toEqual(plan);
  });

  test('a directory without tasks, and a bad flag, name the flag and exit 1', async () => {
    const root = await mkdtemp(path.join(os.tmpdir(), 'opsbench-plan-empty-'));
    const cap = captureIO();
    expect(await runCli(['plan', '--tasks', root], cap.io)).toBe(1);
    expect(cap.stderr()).toContain('opsbench plan: --tasks: invalid tasks');
    expect(cap.stderr()).toContain('no tasks found');
    const bad = captureIO();
    expect(await runCli(['plan', '--tasks', root, '--shards', 'many'], bad.io)).toBe(1);
    expect(bad.stderr()).toContain('--shards must be a whole number >= 1 (got "many")');
  });
});

describe('opsbench report --plan', () => {
  async function setup(): Promise<{ root: string; plan: RunPlan; planFile: string }> {
    const root = await fixtureTasks();
    const planFile = path.join(root, 'plan.json');
    expect(await runCli(['plan', '--tasks', path.join(root, 'tasks'), '--agent', 'oracle', '--shards', '2', '--attempts', '2', '--out', planFile], captureIO().io)).toBe(0);
    return { root, planFile, plan: RunPlanSchema.parse(JSON.parse(await readFile(planFile, 'utf8'))) };
  }

  test('a leg that delivered nothing is listed as missing, never counted as passed, and exits 1 unless --allow-missing', async () => {
    const { root, plan, planFile } = await setup();
    const leg1 = plan.legs[0]!;
    const dir = path.join(root, 'leg1');
    await mkdir(dir, { recursive: true });
    await writeFile(path.join(dir, 'results.jsonl'), jsonl(leg1.tasks.flatMap((t) => attempts(t, 2, 2, { agent: 'oracle', model: null }))));
    const cap = captureIO();
    expect(await runCli(['report', dir, '--plan', planFile, '--format', 'json'], cap.io)).toBe(1);
    const report = JSON.parse(cap.stdout()) as { runs: { trials: number }[]; plan_check: { legs: { id: string; status: string }[]; missing: { task_id: string }[] } };
    expect(report.runs[0]!.trials).toBe(leg1.tasks.length * 2);
    expect(report.plan_check.legs.map((l) => l.status)).toEqual(['complete', 'missing']);
    expect(report.plan_check.missing.map((m) => m.task_id).sort()).toEqual([...plan.legs[1]!.tasks].sort());
    expect(cap.stderr()).toContain(`1 planned leg(s) did not deliver every trial`);
    expect(cap.stderr()).toContain(`${plan.legs[1]!.id} (missing, 0/${plan.legs[1]!.tasks.length * 2}); run them, or pass --allow-missing`);

    const md = captureIO();
    expect(await runCli(['report', dir, '--plan', planFile, '--allow-missing'], md.io)).toBe(0);
    expect(md.stdout()).toContain('missing');
  });

  test('a plan file that is not a plan names --plan; --allow-missing without --plan is refused', async () => {
    const { root } = await setup();
    const bad = path.join(root, 'bad.json');
    await writeFile(bad, '{"schema":1}');
    const cap = captureIO();
    expect(await runCli(['report', '--plan', bad], cap.io)).toBe(1);
    expect(cap.stderr()).toMatch(/opsbench report: --plan: suite_hash: .*; give the file opsbench plan --out wrote/);
    const lone = captureIO();
    expect(await runCli(['report', path.join(root, 'x.jsonl'), '--allow-missing'], lone.io)).toBe(1);
    expect(lone.stderr()).toContain('--allow-missing goes with --plan');
  });
});

describe('the fields plan problems name', () => {
  test.each(['tasks', 'models', 'shards', 'attempts', 'plan'])('{%s} is a flag in the CLI and an input in the Action', (field) => {
    const error = new UserInputError(`{${field}} is wrong`);
    expect(error.describe(cliFlag)).toBe(`--${field} is wrong`);
    expect(error.describe(actionInput)).toBe(`input "${field}" is wrong`);
  });
});
