import { spawn } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

/**
 * strays.ts on real processes: a shell that carries a run's marker (or works in its scratch) starts
 * `opsbench cleanup`'s code as its child; the shell must survive it, the run's processes must not.
 */
const REPO = path.resolve('.');
const HOOKS = path.join(REPO, '__tests__', 'helpers', 'ts-source-hooks.mjs');
const linux = process.platform === 'linux' ? describe : describe.skip;

/** Runs `script` under bash with `env` added; returns its stdout once it exits. */
function bash(script: string, env: Record<string, string>, cwd: string): Promise<string> {
  const child = spawn('bash', ['-c', script], { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (out += chunk.toString()));
  return new Promise((resolve) => child.on('exit', () => resolve(out)));
}

/** A node script that ends the strays of `query` (strays.ts, run from source) and prints how many it ended. */
async function ender(dir: string, query: string): Promise<string> {
  const file = path.join(dir, 'end.mjs');
  await writeFile(
    file,
    `import { endStrays } from ${JSON.stringify(path.join(REPO, 'src/runtime/strays.ts'))};\n` +
      `import { dockerProgram } from ${JSON.stringify(path.join(REPO, 'src/runtime/docker/cleanup.ts'))};\n` +
      `const ended = await endStrays(${query}, 'test', (line) => console.log(line));\nconsole.log('ended', ended);\n`
  );
  return `${JSON.stringify(process.execPath)} --experimental-transform-types --no-warnings --import ${JSON.stringify(HOOKS)} ${JSON.stringify(file)}`;
}

linux('stray processes', () => {
  test("the run marker ends the run's docker CLI processes, never the shell that carries it nor its other children", async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'opsbench-strays-'));
    // Stand-ins for the docker CLI and its buildx plugin: copies of sleep, so their executable has the name.
    await mkdir(path.join(dir, 'bin'));
    await copyFile('/bin/sleep', path.join(dir, 'bin', 'docker'));
    await copyFile('/bin/sleep', path.join(dir, 'bin', 'docker-buildx'));
    const runId = `strays-${process.pid}-${Date.now()}`;
    const node = await ender(dir, `{ root: null, env: ['OPSBENCH_RUN_ID=${runId}'], program: dockerProgram('docker') }`);
    const out = await bash(
      [
        'bin/docker 60 & D=$!',
        'bin/docker-buildx 60 & B=$!',
        'sleep 60 & S=$!',
        node,
        'echo survived',
        'wait $D; echo "docker exit $?"',
        'wait $B; echo "buildx exit $?"',
        'kill -0 $S && echo "sleep alive"; kill $S'
      ].join('\n'),
      { OPSBENCH_RUN_ID: runId },
      dir
    );
    expect(out).toMatch(/^test: ended 2 process\(es\)/m);
    expect(out).toContain('survived');
    expect(out).toContain('docker exit 137');
    expect(out).toContain('buildx exit 137');
    expect(out).toContain('sleep alive');
  }, 60_000);

  test('a working directory in the scratch ends the process, never the shell the cleanup runs from', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'opsbench-strays-'));
    const scratch = path.join(dir, 'scratch');
    await mkdir(path.join(scratch, 'trial'), { recursive: true });
    const node = await ender(dir, `{ root: ${JSON.stringify(scratch)}, env: [] }`);
    const out = await bash(
      ['(cd trial && exec sleep 60) & W=$!', node, 'echo survived', 'wait $W; echo "worker exit $?"'].join('\n'),
      {},
      scratch
    );
    expect(out).toMatch(/^test: ended 1 process\(es\)/m);
    expect(out).toContain('survived');
    expect(out).toContain('worker exit 137');
  }, 60_000);
});
