import { lstat, open, readdir, readlink } from 'node:fs/promises';
import path from 'node:path';

// A tar writer for what the harness copies into a container in one call (`docker cp - <id>:/`): the
// entries carry their full container path and the owner the harness wants, so the engine creates the
// destination, the files and their ownership at once (no `mkdir -p` before, no `chown -R` after). Only
// directories, regular files and symlinks (as links) are written; ancestors of the destination get no
// entry, so directories that exist keep their owner and mode. pax records carry long names and sizes.

const BLOCK = 512;
const CHUNK = 1024 * 1024;

export interface TarOwner {
  uid: number;
  gid: number;
}

/** `uid:gid` as the docker runtime probes it; anything else is root. */
export function parseOwner(user: string): TarOwner {
  const m = /^(\d+):(\d+)$/.exec(user.trim());
  return m ? { uid: Number(m[1]), gid: Number(m[2]) } : { uid: 0, gid: 0 };
}

function octal(value: number, width: number): string {
  return `${value.toString(8).padStart(width - 1, '0')}\0`;
}

function paxRecord(key: string, value: string): Buffer {
  const body = ` ${key}=${value}\n`;
  let len = Buffer.byteLength(body) + 1;
  while (String(len).length + Buffer.byteLength(body) !== len) len = String(len).length + Buffer.byteLength(body);
  return Buffer.from(`${len}${body}`);
}

function header(name: string, kind: '0' | '2' | '5' | 'x', size: number, mode: number, mtime: number, owner: TarOwner, link = ''): Buffer {
  const h = Buffer.alloc(BLOCK);
  h.write(name.slice(0, 100), 0, 100, 'utf8');
  h.write(octal(mode & 0o7777, 8), 100, 'ascii');
  h.write(octal(owner.uid, 8), 108, 'ascii');
  h.write(octal(owner.gid, 8), 116, 'ascii');
  h.write(octal(Math.min(size, 0o77777777777), 12), 124, 'ascii');
  h.write(octal(Math.max(0, Math.floor(mtime)), 12), 136, 'ascii');
  h.write('        ', 148, 'ascii');
  h.write(kind, 156, 'ascii');
  h.write(link.slice(0, 100), 157, 100, 'utf8');
  h.write('ustar\u000000', 257, 'ascii');
  let sum = 0;
  for (const byte of h) sum += byte;
  h.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148, 'ascii');
  return h;
}

function padding(size: number): Buffer {
  const rest = size % BLOCK;
  return Buffer.alloc(rest === 0 ? 0 : BLOCK - rest);
}

/** One entry's header blocks: a pax header first when the name, the link or the size do not fit ustar. */
function entryHeader(name: string, kind: '0' | '2' | '5', size: number, mode: number, mtime: number, owner: TarOwner, link = ''): Buffer[] {
  const records: Buffer[] = [];
  if (Buffer.byteLength(name) > 100) records.push(paxRecord('path', name));
  if (Buffer.byteLength(link) > 100) records.push(paxRecord('linkpath', link));
  if (size > 0o77777777777) records.push(paxRecord('size', String(size)));
  const out: Buffer[] = [];
  if (records.length > 0) {
    const body = Buffer.concat(records);
    out.push(header('././@PaxHeader', 'x', body.length, 0o644, mtime, owner), body, padding(body.length));
  }
  out.push(header(name, kind, size, mode, mtime, owner, link));
  return out;
}

/**
 * The tar stream of `hostPath` named `name` in the archive (a directory with its whole tree, sorted; the
 * directory itself as mode 0755), every
 * entry owned by `owner`, ending with the two zero blocks. A file is read at the size lstat gave (a file
 * that grows meanwhile is cut, one that shrinks is padded with zeros): the host side is the harness's own.
 */
export async function* tarOf(hostPath: string, name: string, owner: TarOwner): AsyncGenerator<Buffer> {
  yield* entries(hostPath, name.replace(/^\/+/, '').replace(/\/+$/, ''), owner, true);
  yield Buffer.alloc(BLOCK * 2);
}

async function* entries(hostPath: string, name: string, owner: TarOwner, top = false): AsyncGenerator<Buffer> {
  const st = await lstat(hostPath);
  const mtime = st.mtimeMs / 1000;
  if (st.isDirectory()) {
    // The destination directory is made as `mkdir` would (0755), whatever mode the host's temp dir had.
    if (name !== '') yield* entryHeader(`${name}/`, '5', 0, top ? 0o755 : st.mode, mtime, owner);
    const names = (await readdir(hostPath)).sort();
    for (const child of names) yield* entries(path.join(hostPath, child), name === '' ? child : `${name}/${child}`, owner);
  } else if (st.isSymbolicLink()) {
    yield* entryHeader(name, '2', 0, 0o777, mtime, owner, await readlink(hostPath));
  } else if (st.isFile()) {
    yield* entryHeader(name, '0', st.size, st.mode, mtime, owner);
    const handle = await open(hostPath, 'r');
    try {
      let left = st.size;
      while (left > 0) {
        const buf = Buffer.alloc(Math.min(CHUNK, left));
        const { bytesRead } = await handle.read(buf, 0, buf.length, null);
        if (bytesRead === 0) {
          yield Buffer.alloc(left);
          break;
        }
        left -= bytesRead;
        yield bytesRead === buf.length ? buf : buf.subarray(0, bytesRead);
      }
    } finally {
      await handle.close();
    }
    yield padding(st.size);
  }
}

/** The tar stream of one file `name` holding `content` (mode 0644), owned by `owner`. */
export function* tarOfContent(name: string, content: Buffer, owner: TarOwner): Generator<Buffer> {
  yield* entryHeader(name.replace(/^\/+/, ''), '0', content.length, 0o644, Date.now() / 1000, owner);
  yield content;
  yield padding(content.length);
  yield Buffer.alloc(BLOCK * 2);
}

/**
 * What the harness sends as one tar on an exec's stdin (the workspace's setup) at most: the exec's input is
 * held in memory; a larger tree goes by `docker cp`, which streams it.
 */
export const STDIN_TAR_CAP = 64 * 1024 * 1024;

/** The whole stream as one buffer, or null past `cap` bytes. */
export async function tarWithin(stream: AsyncIterable<Buffer>, cap: number): Promise<Buffer | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    size += chunk.length;
    if (size > cap) return null;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}
