import { execFile } from 'node:child_process';
import { chmod, link, lstat, mkdir, mkdtemp, readFile, readlink, readdir, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { promisify } from 'node:util';
import { extractTar } from '../../src/runtime/tar-extract.js';

const run = promisify(execFile);
const roots: string[] = [];

async function temp(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'opsbench-tar-'));
  roots.push(dir);
  return dir;
}

afterAll(() => Promise.all(roots.map((r) => rm(r, { recursive: true, force: true }))));

/** The archive real tar makes of `dir`'s contents, as docker cp names them (`./...`). */
async function tarOf(dir: string, format: 'pax' | 'gnu'): Promise<Buffer> {
  const { stdout } = await run('tar', ['-c', `--format=${format}`, '-C', dir, '.'], { encoding: 'buffer', maxBuffer: 64 * 1024 * 1024 });
  return stdout;
}

/** Feeds the archive in small uneven chunks, as a pipe would. */
function chunked(buf: Buffer, size = 777): Readable {
  const parts: Buffer[] = [];
  for (let at = 0; at < buf.length; at += size) parts.push(buf.subarray(at, at + size));
  return Readable.from(parts);
}

/** One ustar header (+ data), for archives real tar would not write (names with `..`, files under links). */
function entry(name: string, type: string, data = '', linkname = ''): Buffer {
  const h = Buffer.alloc(512);
  h.write(name, 0, 100);
  h.write('0000644\0', 100);
  h.write('0000000\0', 108);
  h.write('0000000\0', 116);
  h.write(`${Buffer.byteLength(data).toString(8).padStart(11, '0')}\0`, 124);
  h.write('00000000000\0', 136);
  h.write(type, 156);
  h.write(linkname, 157, 100);
  h.write('ustar\x0000', 257);
  h.write('        ', 148);
  const sum = h.reduce((n, b) => n + b, 0);
  h.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148);
  const body = Buffer.from(data);
  return Buffer.concat([h, body, Buffer.alloc((512 - (body.length % 512)) % 512)]);
}

const END = Buffer.alloc(1024);

async function tree(root: string): Promise<string[]> {
  const out: string[] = [];
  for (const e of await readdir(root, { withFileTypes: true, recursive: true })) {
    const rel = path.relative(root, path.join(e.parentPath, e.name));
    out.push(e.isSymbolicLink() ? `${rel} -> ${await readlink(path.join(root, rel))}` : e.isDirectory() ? `${rel}/` : rel);
  }
  return out.sort();
}

describe('extracting a workspace tar on the host', () => {
  let src: string;

  beforeAll(async () => {
    src = await temp();
    await mkdir(path.join(src, 'src/deep'), { recursive: true });
    await writeFile(path.join(src, 'src/app.py'), 'print("hi")\n');
    await writeFile(path.join(src, 'run.sh'), '#!/bin/sh\n');
    await chmod(path.join(src, 'run.sh'), 0o755);
    await writeFile(path.join(src, 'setuid'), 'x');
    await chmod(path.join(src, 'setuid'), 0o4755);
    const long = `${'d'.repeat(60)}/${'e'.repeat(60)}/${'f'.repeat(120)}.txt`;
    await mkdir(path.join(src, path.dirname(long)), { recursive: true });
    await writeFile(path.join(src, long), 'long');
    await writeFile(path.join(src, 'src/deep/ünïcode.txt'), 'u');
    await link(path.join(src, 'src/app.py'), path.join(src, 'hard.py'));
    await symlink('/etc/passwd', path.join(src, 'leak'));
    await symlink('/tmp', path.join(src, 'tmplink'));
    for (const git of ['.git', 'src/.git', 'src/deep/.GIT']) {
      await mkdir(path.join(src, git), { recursive: true });
      await writeFile(path.join(src, git, 'config'), '[filter "x"]\n\tclean = touch /tmp/pwned\n');
    }
    await mkdir(path.join(src, 'node_modules/pkg'), { recursive: true });
    await writeFile(path.join(src, 'node_modules/pkg/index.js'), '');
    await run('mkfifo', [path.join(src, 'fifo')]);
  });

  it.each(['pax', 'gnu'] as const)('keeps files, directories, modes and links but no .git, skipped entries or fifos (%s format)', async (format) => {
    const dest = path.join(await temp(), 'out');
    const stats = await extractTar(chunked(await tarOf(src, format)), dest, {
      skipTop: new Set(['node_modules']),
      skipAnywhere: new Set(['.git']),
      capBytes: 1 << 20
    });
    const listed = await tree(dest);
    expect(listed).toContain('leak -> /etc/passwd');
    expect(listed).toContain('tmplink -> /tmp');
    expect(listed).toContain('src/deep/ünïcode.txt');
    expect(listed.filter((p) => /\.git|node_modules|fifo/i.test(p))).toEqual([]);
    expect(await readFile(path.join(dest, `${'d'.repeat(60)}/${'e'.repeat(60)}/${'f'.repeat(120)}.txt`), 'utf8')).toBe('long');
    expect(await readFile(path.join(dest, 'hard.py'), 'utf8')).toBe('print("hi")\n');
    expect((await lstat(path.join(dest, 'run.sh'))).mode & 0o7777).toBe(0o755 & ~process.umask());
    expect((await lstat(path.join(dest, 'setuid'))).mode & 0o7000).toBe(0);
    expect((await lstat(path.join(dest, 'src/app.py'))).mode & 0o111).toBe(0);
    expect(stats.skipped).toBeGreaterThan(0);
  });

  it('puts absolute names under the destination, drops names that climb out, and never writes through a link', async () => {
    const root = await temp();
    const outside = path.join(root, 'outside');
    await mkdir(outside);
    const dest = path.join(root, 'out');
    const archive = Buffer.concat([
      entry('../escaped.txt', '0', 'no'),
      entry('/abs.txt', '0', 'no'),
      entry('./ok.txt', '0', 'yes'),
      entry('./out', '2', '', outside),
      entry('./out/planted.txt', '0', 'no'),
      entry('./out/inner', '2', '', '/etc'),
      entry('./l', '2', '', outside),
      entry('./l/inner', '2', '', '/etc'),
      END
    ]);
    await extractTar(chunked(archive, 100), dest, { capBytes: 1 << 20 });
    expect(await readdir(outside)).toEqual([]);
    expect(await readdir(root)).toEqual(['out', 'outside']);
    // The link that came first lost to the directory the later entry needed: both stay inside dest.
    // A link under a link would be made through the first one: dropped.
    expect(await tree(dest)).toEqual(['abs.txt', `l -> ${outside}`, 'ok.txt', 'out/', 'out/inner -> /etc', 'out/planted.txt']);
    expect(await readFile(path.join(dest, 'abs.txt'), 'utf8')).toBe('no');
  });

  it('stops at the file that takes the data past the cap, keeps what came before and says what was cut', async () => {
    const dest = path.join(await temp(), 'o');
    const archive = Buffer.concat([entry('./node_modules/big', '0', 'x'.repeat(5000)), entry('./a', '0', 'x'.repeat(600)), entry('./b', '0', 'x'.repeat(600)), entry('./c', '0', 'c'), END]);
    const stats = await extractTar(chunked(archive), dest, { capBytes: 1000, skipTop: new Set(['node_modules']) });
    expect(stats).toMatchObject({ files: 1, paths: ['a'], cut: expect.stringContaining('b: the copy holds more than 1000 bytes') });
    expect(await tree(dest)).toEqual(['a']);
    const small = Buffer.concat([entry('./node_modules/big', '0', 'x'.repeat(5000)), entry('./a', '0', 'x'.repeat(600)), END]);
    const ok = await extractTar(chunked(small), path.join(await temp(), 'o'), { capBytes: 1000, skipTop: new Set(['node_modules']) });
    expect(ok).toEqual({ files: 1, bytes: 600, apparentBytes: 600, skipped: 1, paths: ['a'] });
  });

  it('writes runs of zeros as holes: a sparse file costs the host only its data', async () => {
    const src = await temp();
    await writeFile(path.join(src, 'data'), 'd'.repeat(100));
    await run('truncate', ['-s', '16M', path.join(src, 'sparse')]);
    await run('sh', ['-c', `printf tail >> ${path.join(src, 'sparse')}`]);
    const dest = path.join(await temp(), 'o');
    const stats = await extractTar(chunked(await tarOf(src, 'gnu'), 65536), dest, { capBytes: 1 << 20 });
    const sparse = await lstat(path.join(dest, 'sparse'));
    expect(sparse.size).toBe(16 * 1024 * 1024 + 4);
    expect(sparse.blocks * 512).toBeLessThan(1 << 20);
    expect(stats).toMatchObject({ apparentBytes: 16 * 1024 * 1024 + 104 });
    expect(stats.bytes).toBeLessThan(1 << 20);
    expect([...stats.paths].sort()).toEqual(['data', 'sparse']);
    expect((await readFile(path.join(dest, 'sparse'))).subarray(-4).toString()).toBe('tail');
  });

  it("never reads a file whose header alone passes the apparent-size cap (a sparse terabyte's zeros stay in the stream)", async () => {
    const header = entry('./huge', '0');
    // GNU base-256 size: 1 TiB.
    header.fill(0, 124, 136);
    header[124] = 0x80;
    header.writeUIntBE(2 ** 40, 130, 6);
    header.fill(0x20, 148, 156);
    const sum = header.reduce((n, b) => n + b, 0);
    header.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148);
    let served = 0;
    async function* stream(): AsyncGenerator<Buffer> {
      yield entry('./a.py', '0', 'x = 1\n');
      yield header;
      for (;;) {
        served += 65536;
        if (served > 1 << 24) throw new Error('the reader went on reading the huge file');
        yield Buffer.alloc(65536);
      }
    }
    const stats = await extractTar(stream(), path.join(await temp(), 'o'), { capBytes: 1 << 30, apparentCapBytes: 1 << 30 });
    expect(stats).toMatchObject({ paths: ['a.py'], cut: `huge: ${2 ** 40} bytes (apparent size) would take the copy past its cap of ${1 << 30} bytes` });
    expect(served).toBeLessThanOrEqual(65536);
  });

  it('refuses an archive cut off inside a file or with a corrupt header', async () => {
    const archive = Buffer.concat([entry('./a', '0', 'x'.repeat(2000)), END]);
    await expect(extractTar(chunked(archive.subarray(0, 1024)), path.join(await temp(), 'o'), { capBytes: 1 << 20 })).rejects.toThrow('ends in the middle of a file');
    const bad = Buffer.from(archive);
    bad[0] = 0x41;
    await expect(extractTar(chunked(bad), path.join(await temp(), 'o'), { capBytes: 1 << 20 })).rejects.toThrow('bad tar header checksum');
  });
});
