import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { hashTaskDir } from '../../src/task/hash.js';

/**
 * The content hash keys the FAIL_TO_PASS cache, the suite hash and the baselines: its bytes must not change
 * with how files are read (small ones at once, large ones streamed). The expected value is computed here
 * from the documented framing, independently of the implementation.
 */
const frame = (text: string) => `${Buffer.byteLength(text)}\0${text}`;

describe('hashTaskDir', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'opsbench-hash-'));
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  test('hashes sorted paths and framed contents, small and streamed files alike; symlinks by target; .git skipped', async () => {
    const big = Buffer.alloc(1024 * 1024 + 17, 'x');
    big.write('end', big.length - 3);
    await writeFile(path.join(dir, 'task.yaml'), 'id: t\n');
    await mkdir(path.join(dir, 'repo', 'sub'), { recursive: true });
    await writeFile(path.join(dir, 'repo', 'sub', 'big.bin'), big);
    await writeFile(path.join(dir, 'repo', 'a.py'), 'print(1)\n');
    await symlink('../task.yaml', path.join(dir, 'repo', 'link'));
    await mkdir(path.join(dir, 'repo', '.git'));
    await writeFile(path.join(dir, 'repo', '.git', 'HEAD'), 'ref: refs/heads/main\n');

    const expected = createHash('sha256');
    expected.update(frame('Frepo/a.py')).update('9\0').update('print(1)\n');
    expected.update(frame('Lrepo/link')).update(frame('../task.yaml'));
    expected.update(frame('Frepo/sub/big.bin')).update(`${big.length}\0`).update(big);
    expected.update(frame('Ftask.yaml')).update('6\0').update('id: t\n');
    expect(await hashTaskDir(dir)).toBe(expected.digest('hex'));
  });

  test('a skipped path leaves the hash as if it were absent', async () => {
    await writeFile(path.join(dir, 'a'), 'a');
    const without = await hashTaskDir(dir);
    await mkdir(path.join(dir, 'hidden'));
    await writeFile(path.join(dir, 'hidden', 'b'), 'b');
    expect(await hashTaskDir(dir)).not.toBe(without);
    expect(await hashTaskDir(dir, (p) => p === path.join(dir, 'hidden'))).toBe(without);
  });
});
