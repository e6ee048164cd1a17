import { readdirSync, readFileSync } from 'node:fs';
import { cutNote, groupAlive, OUTPUT_CAP_BYTES, runProcess } from '../../src/runtime/process-exec.js';

const env = { PATH: process.env.PATH ?? '/usr/bin:/bin', LANG: 'C.UTF-8' };
const opts = { cwd: '/', env };

/** Living (non-zombie) processes whose command line contains `needle`. */
function living(needle: string): number[] {
  const out: number[] = [];
  for (const pid of readdirSync('/proc')) {
    if (!/^\d+$/.test(pid)) continue;
    try {
      const cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ');
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      if (cmd.includes(needle) && stat.slice(stat.lastIndexOf(')') + 2)[0] !== 'Z') out.push(Number(pid));
    } catch {
      // gone
    }
  }
  return out;
}

describe('runProcess', () => {
  test('a timeout kills the whole process group, even a grandchild that ignores SIGTERM, and keeps the output so far', async () => {
    let pgid = 0;
    const started = Date.now();
    const result = await runProcess(['bash', '-c', 'echo before; (trap "" TERM; sleep 5151; :) & sleep 5152; echo never'], {
      ...opts,
      timeoutSec: 1,
      onGroup: (g) => (pgid = g)
    });
    expect(result).toMatchObject({ timedOut: true, stdout: 'before\n', truncated: false });
    expect(result.exitCode).not.toBe(0);
    // SIGTERM at 1 s, SIGKILL after the 2 s grace for the one that ignored it.
    expect(Date.now() - started).toBeGreaterThanOrEqual(2900);
    expect(groupAlive(pgid)).toBe(false);
    expect(living('sleep 515')).toEqual([]);
  });

  test('an abort signal kills the group the same way', async () => {
    const ac = new AbortController();
    setTimeout(() => ac.abort(), 300);
    const result = await runProcess(['bash', '-c', 'sleep 6161 & sleep 6162'], { ...opts, signal: ac.signal });
    expect(result.timedOut).toBe(true);
    expect(living('sleep 616')).toEqual([]);
  });

  test('each stream is capped at 10 MiB and says so', async () => {
    const result = await runProcess(['bash', '-c', 'head -c 11000000 /dev/zero | tr "\\0" x; echo err >&2'], opts);
    expect(result.stdout.length).toBe(OUTPUT_CAP_BYTES);
    expect(result.stderr).toBe('err\n');
    expect(result.truncated).toBe(true);
    expect(result.exitCode).toBe(0);
  });

  test('input goes to stdin; without input stdin is empty', async () => {
    expect((await runProcess(['cat'], { ...opts, input: 'hello ünïcode\n' })).stdout).toBe('hello ünïcode\n');
    expect(await runProcess(['cat'], opts)).toMatchObject({ stdout: '', exitCode: 0 });
  });

  test('a missing executable is a failed result with exit 127, not a throw', async () => {
    expect(await runProcess(['no-such-binary-xyz'], opts)).toMatchObject({ exitCode: 127, stderr: 'no-such-binary-xyz: command not found\n', timedOut: false });
  });

  test('a background job holding the output pipes does not hold the call open', async () => {
    let pgid = 0;
    const started = Date.now();
    const result = await runProcess(['bash', '-c', 'sleep 7171 & echo started'], { ...opts, onGroup: (g) => (pgid = g) });
    expect(result).toMatchObject({ exitCode: 0, stdout: 'started\n', timedOut: false });
    expect(Date.now() - started).toBeLessThan(2000);
    expect(groupAlive(pgid)).toBe(true);
    process.kill(-pgid, 'SIGKILL');
  });

  it('counts what the cap cut, and cutNote says so in one line', async () => {
    const result = await runProcess(['sh', '-c', 'head -c 5000 /dev/zero'], { cwd: '/', env: { PATH: process.env.PATH ?? '' }, maxBytes: 1000 });
    expect(result).toMatchObject({ truncated: true, cutBytes: 4000 });
    expect(cutNote(result, 1000)).toBe('\n[opsbench: 4000 more bytes of output were cut here (cap 1000 bytes per stream)]\n');
    expect(cutNote({})).toBe('');
  });
});
