import { spawn, type ChildProcess } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { writeBenchTask } from '../../src/bench/bench-task.js';
import { cliBundlePath } from '../../src/cli/commands/run.js';
import { runCli } from '../../src/cli/main.js';
import { captureIO } from '../helpers/cli-capture.js';

const REPO = process.cwd();
const HOOKS = path.join(REPO, '__tests__', 'helpers', 'ts-source-hooks.mjs');

/**
 * The real CLI from source in a child process (signals and kill -9 need a process of their own). Node strips
 * the types itself; the hook maps our `.js` import suffixes to the `.ts` files. TMPDIR points at the test's
 * own dir so the run's scratch space can be inspected afterwards.
 */
function spawnCli(args: string[], tmpdir: string): { child: ChildProcess; stdout: () => string; exit: Promise<number | null>; waitFor: (re: RegExp) => Promise<void> } {
  const child = spawn(process.execPath, ['--experimental-transform-types', '--no-warnings', '--import', HOOKS, path.join(REPO, 'src/cli/index.ts'), ...args], {
    cwd: REPO,
    env: { ...process.env, TMPDIR: tmpdir },
    stdio: ['ignore', 'pipe', 'pipe']
  });
  let out = '';
  const waiters: { re: RegExp; resolve: () => void }[] = [];
  child.stdout!.on('data', (chunk: Buffer) => {
    out += chunk.toString();
    for (const w of waiters.filter((w) => w.re.test(out))) w.resolve();
  });
  child.stderr!.on('data', (chunk: Buffer) => (out += chunk.toString()));
  const exit = new Promise<number | null>((resolve) => child.on('exit', (code, signal) => resolve(signal === 'SIGKILL' ? null : code)));
  const waitFor = (re: RegExp) =>
    new Promise<void>((resolve, reject) => {
      if (re.test(out)) return resolve();
      waiters.push({ re, resolve });
      void exit.then(() => (re.test(out) ? resolve() : reject(new Error(`CLI exited before printing ${re}:\n${out}`))));
    });
  return { child, stdout: () => out, exit, waitFor };
}

let root: string;
let tasksDir: string;

beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'opsbench-cli-run-'));
  tasksDir = path.join(root, 'tasks');
  await writeBenchTask(tasksDir, 'calc-a');
  await writeBenchTask(tasksDir, 'calc-b');
});

const resultLines = async (out: string) =>
  (await readFile(path.join(out, 'results.jsonl'), 'utf8')).split('\n').filter(Boolean).map((l) => JSON.parse(l) as { task_id: string; attempt: number; status: string });

describe('opsbench run', () => {
  test('runs the oracle over a task tree, prints the runtime, one line per trial and Pass@1, and exits 0', async () => {
    const out = path.join(root, 'out-oracle');
    const cli = captureIO();
    const code = await runCli(['run', '--tasks', tasksDir, '--agent', 'oracle', '--runtime', 'local', '--attempts', '2', '--out', out], cli.io);
    expect(cli.stderr()).toBe('');
    expect(code).toBe(0);
    const text = cli.stdout();
    expect(text).toMatch(/^runtime: local \(requested\)\nrun \S+: 2 task\(s\) x 2 attempt\(s\), agent oracle, concurrency 2\n/);
    expect(text.match(/^\[\d\/4\] PASS calc-[ab] #[12] /gm)).toHaveLength(4);
    expect(text).toContain('summary: 4 trial(s): 4 passed, 0 failed, 0 error, 0 skipped\nPass@1 100.0% over 2 task(s)');
    expect(await resultLines(out)).toHaveLength(4);
  });

  test('a failing agent is not a harness failure: the null agent fails every trial and the run exits 0', async () => {
    const out = path.join(root, 'out-null');
    const cli = captureIO();
    const code = await runCli(['run', '--tasks', tasksDir, '--agent', 'null', '--runtime', 'local', '--shard', '1/2', '--out', out], cli.io);
    expect(code).toBe(0);
    expect(cli.stdout()).toContain('1 task(s) x 1 attempt(s), agent null, concurrency 2, shard 1/2');
    expect(cli.stdout()).toMatch(/\[1\/1\] FAIL calc-a #1 /);
    expect(cli.stdout()).toContain('Pass@1 0.0% over 1 task(s)');
  });

  test('a set with an invalid task runs the valid ones, lists the invalid one first and as invalid in the results, and exits 1', async () => {
    const set = path.join(root, 'mixed-tasks');
    await writeBenchTask(set, 'calc-ok');
    const bad = path.join(set, 'broken');
    await mkdir(bad, { recursive: true });
    await writeFile(path.join(bad, 'task.yaml'), 'id: Broken_Id\nfamily: observability\n');
    const cli = captureIO();
    const out = path.join(root, 'out-mixed');
    const code = await runCli(['run', '--tasks', set, '--agent', 'oracle', '--runtime', 'local', '--out', out], cli.io);
    expect(code).toBe(1);
    expect(cli.stderr()).toMatch(/broken\/task\.yaml: id: /);
    expect(cli.stderr()).toMatch(/1 invalid task\(s\) \(broken\), recorded as invalid/);
    expect(cli.stdout()).toMatch(/PASS calc-ok #1/);
    expect(cli.stdout()).toMatch(/1 passed, 0 failed, 0 error, 0 skipped, 1 invalid/);
    const lines = await resultLines(out);
    expect(lines.map((l) => [l.task_id, l.status])).toEqual([
      ['calc-ok', 'passed'],
      ['broken', 'error']
    ]);
    expect(JSON.parse((await readFile(path.join(out, 'results.jsonl'), 'utf8')).split('\n')[1]!)).toMatchObject({ error_class: 'invalid', error_message: expect.stringMatching(/task\.yaml: id: /) });
  });

  test('a set where nothing loads stops before running, exit 1', async () => {
    const cli = captureIO();
    const code = await runCli(['run', '--tasks', path.join(root, 'does-not-exist'), '--out', path.join(root, 'out-none')], cli.io);
    expect(code).toBe(1);
    expect(cli.stderr()).toMatch(/nothing loaded/);
    await expect(readdir(path.join(root, 'out-none'))).rejects.toThrow('ENOENT');
  });

  test('a bad flag value names the flag and what it accepts', async () => {
    const cli = captureIO();
    const code = await runCli(['run', '--tasks', tasksDir, '--concurrency', 'many', '--runtime', 'k8s'], cli.io);
    expect(code).toBe(1);
    expect(cli.stderr()).toBe(
      'opsbench run: --concurrency: must be a whole number from 1 to 256 (got "many"); --runtime: must be one of auto, docker, local (got "k8s")\n'
    );
  });

  test('an --out that cannot be created (a path through a file) is one line naming it, not a stack trace', async () => {
    const file = path.join(root, 'a-file');
    await writeFile(file, 'not a directory\n');
    const cli = captureIO();
    const code = await runCli(['run', '--tasks', tasksDir, '--runtime', 'local', '--out', path.join(file, 'x')], cli.io);
    expect(code).toBe(1);
    expect(cli.stderr()).toBe(`opsbench run: --out ${path.join(file, 'x')}: cannot create results.jsonl there (ENOTDIR); choose a directory you can write to\n`);
  });

  test("the command agent's context servers run the CLI bundle itself, found through an npm bin symlink", async () => {
    const bundle = path.join(REPO, 'dist', 'cli', 'index.js');
    const bin = path.join(root, 'opsbench-bin');
    await symlink(bundle, bin);
    expect(cliBundlePath(bin)).toBe(bundle);
    // From the sources (tests) or an unknown script: no context servers, files only.
    expect(cliBundlePath(path.join(REPO, 'src', 'cli', 'index.ts'))).toBeUndefined();
    expect(cliBundlePath(path.join(root, 'missing.js'))).toBeUndefined();
    expect(cliBundlePath(undefined)).toBeUndefined();
  });

  /** Starts a 4-trial run in a child process and sends `signal` once the first trial has finished. */
  async function interruptAfterFirstTrial(signal: NodeJS.Signals) {
    const tmp = await mkdtemp(path.join(root, `${signal.toLowerCase()}-`));
    const out = path.join(tmp, 'out');
    const args = ['run', '--tasks', tasksDir, '--runtime', 'local', '--attempts', '2', '--concurrency', '1', '--out', out];
    const cli = spawnCli(args, tmp);
    await cli.waitFor(/^\[1\/4\] PASS/m);
    cli.child.kill(signal);
    return { tmp, out, args, cli, exit: await cli.exit };
  }

  /** Reruns the same command in-process: it keeps what was finished and completes the rest. */
  async function expectResume(args: string[], out: string): Promise<string> {
    const kept = await resultLines(out);
    expect(kept.length).toBeGreaterThanOrEqual(1);
    expect(kept.length).toBeLessThan(4);
    const again = captureIO();
    expect(await runCli(args, again.io)).toBe(0);
    expect(again.stdout()).toContain(`resume: ${kept.length} finished trials kept`);
    const all = await resultLines(out);
    expect(all).toHaveLength(4);
    expect(new Set(all.map((r) => `${r.task_id}#${r.attempt}`)).size).toBe(4);
    return again.stdout();
  }

  test('SIGINT tears down the trial in flight, keeps finished results and exits 130; rerunning resumes', async () => {
    const { tmp, out, args, cli, exit } = await interruptAfterFirstTrial('SIGINT');
    expect(exit).toBe(130);
    expect(cli.stdout()).toMatch(/SIGINT: stopping; tearing down the trials in flight/);
    // The run's scratch space (workspaces) is gone.
    expect(await readdir(path.join(tmp, 'opsbench')).catch(() => [])).toEqual([]);
    // It ended its own way: the next run finds no stale run, and no marker is left in the out dir.
    expect(await expectResume(args, out)).not.toContain('stale run');
    expect(await readdir(out)).not.toContain('.opsbench-runs');
  });

  test('kill -9 mid-run leaves only whole lines, and the next run resumes from them', async () => {
    const { out, args, exit, cli } = await interruptAfterFirstTrial('SIGKILL');
    expect(exit).toBeNull();
    expect((await readFile(path.join(out, 'results.jsonl'), 'utf8')).endsWith('\n')).toBe(true);
    // The next run in that out dir names the killed one and the command that removes what it left.
    const killed = /^run (\S+):/m.exec(cli.stdout())?.[1];
    expect(killed).toEqual(expect.any(String));
    const again = await expectResume(args, out);
    expect(again).toContain(`stale run ${killed} (pid ${cli.child.pid}`);
    expect(again).toContain(`opsbench cleanup ${killed}`);
    expect(await readdir(out)).not.toContain('.opsbench-runs');
  });
});
