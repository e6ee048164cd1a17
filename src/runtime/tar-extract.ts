import { constants } from 'node:fs';
import { copyFile, lstat, mkdir, open, rm, symlink, type FileHandle } from 'node:fs/promises';
import path from 'node:path';

// A tar reader for a stream the agent's files went into (`docker cp <container>:<dir>/. -`): only regular
// files, directories and symlinks (as links, never followed) come out, modes are 0644/0755 (no setuid, no
// unreadable directories), names stay under the destination, and every other kind of entry (devices,
// fifos) is dropped. Host tar would create device nodes when the harness runs as root, and counts bytes it
// then skips; this counts only what it writes.

const BLOCK = 512;
/** Long names and PAX records are a few KiB; more is not a tree docker wrote. */
const META_MAX = 1024 * 1024;

export interface ExtractOptions {
  /** First path components that are not extracted (e.g. what the image put in the workdir). */
  skipTop?: ReadonlySet<string>;
  /** A component at any depth that drops the entry and everything under it; compared case-insensitively. */
  skipAnywhere?: ReadonlySet<string>;
  /**
   * At most this many bytes of file content are allocated on the host (runs of zeros become holes, so a
   * sparse file costs what its data costs, as in the container).
   */
  capBytes: number;
  /**
   * At most this many bytes of files by apparent size (the tar stream carries every zero of a sparse file,
   * so this bounds the time the copy reads). A file whose header already passes it is never read.
   * Default: no cap but `capBytes`.
   */
  apparentCapBytes?: number;
}

export interface ExtractStats {
  files: number;
  /** Bytes allocated on the host (data written, holes not counted). */
  bytes: number;
  /** Bytes of file content by apparent size. */
  apparentBytes: number;
  /** Entries left out: skipped names and kinds other than file, directory, symlink. */
  skipped: number;
  /** Regular files extracted (relative paths), in the archive's order. */
  paths: string[];
  /**
   * Set when a cap stopped the copy: what was cut and why. Nothing after that entry was read; the caller
   * ends the stream. Unset: the whole archive was extracted.
   */
  cut?: string;
}

/** The archive is malformed or truncated, or it outgrows the cap. */
export class TarExtractError extends Error {}

/** Exact reads from a chunked byte stream. */
class Reader {
  private buf: Buffer = Buffer.alloc(0);
  private readonly it: AsyncIterator<Buffer>;

  constructor(source: AsyncIterable<Buffer>) {
    this.it = source[Symbol.asyncIterator]();
  }

  /** `n` bytes, or null at a clean end of stream. @throws TarExtractError when the stream ends inside them */
  async read(n: number): Promise<Buffer | null> {
    while (this.buf.length < n) {
      const next = await this.it.next();
      if (next.done) {
        if (this.buf.length === 0) return null;
        throw new TarExtractError('the archive ends in the middle of an entry');
      }
      this.buf = this.buf.length === 0 ? next.value : Buffer.concat([this.buf, next.value]);
    }
    const out = this.buf.subarray(0, n);
    this.buf = this.buf.subarray(n);
    return out;
  }

  /** Reads what follows the end-of-archive blocks, so the writer is never left blocked on a full pipe. */
  async drain(): Promise<void> {
    this.buf = Buffer.alloc(0);
    while (!(await this.it.next()).done);
  }

  /** Hands `n` bytes to `sink` piece by piece (a large file never sits in memory). */
  async pass(n: number, sink: (chunk: Buffer) => Promise<void>): Promise<void> {
    let left = n;
    while (left > 0) {
      if (this.buf.length === 0) {
        const next = await this.it.next();
        if (next.done) throw new TarExtractError('the archive ends in the middle of a file');
        this.buf = next.value;
      }
      const piece = this.buf.subarray(0, Math.min(left, this.buf.length));
      this.buf = this.buf.subarray(piece.length);
      left -= piece.length;
      await sink(piece);
    }
  }
}

interface Header {
  name: string;
  linkname: string;
  size: number;
  mode: number;
  type: string;
}

const text = (b: Buffer, from: number, len: number) => {
  const field = b.subarray(from, from + len);
  const nul = field.indexOf(0);
  return field.subarray(0, nul < 0 ? len : nul).toString('utf8');
};

function numeric(b: Buffer, from: number, len: number): number {
  const field = b.subarray(from, from + len);
  // GNU base-256 for values octal cannot hold (files over 8 GiB).
  if ((field[0] ?? 0) & 0x80) return field.subarray(1).reduce((n, byte) => n * 256 + byte, (field[0] ?? 0) & 0x7f);
  const digits = text(b, from, len).trim();
  return digits === '' ? 0 : parseInt(digits, 8);
}

function parseHeader(b: Buffer): Header {
  let sum = 0;
  for (let i = 0; i < BLOCK; i++) sum += i >= 148 && i < 156 ? 0x20 : (b[i] ?? 0);
  if (sum !== numeric(b, 148, 8)) throw new TarExtractError('bad tar header checksum');
  const prefix = text(b, 257, 6).startsWith('ustar') ? text(b, 345, 155) : '';
  const name = text(b, 0, 100);
  return {
    name: prefix ? `${prefix}/${name}` : name,
    linkname: text(b, 157, 100),
    size: numeric(b, 124, 12),
    mode: numeric(b, 100, 8),
    type: String.fromCharCode(b[156] ?? 0)
  };
}

/** PAX records: "<len> <key>=<value>\n". */
function parsePax(data: Buffer): Map<string, string> {
  const out = new Map<string, string>();
  let at = 0;
  while (at < data.length) {
    const space = data.indexOf(0x20, at);
    const len = parseInt(data.subarray(at, space).toString('ascii'), 10);
    if (space < 0 || !(len > 0)) throw new TarExtractError('bad PAX header');
    const record = data.subarray(space + 1, at + len - 1).toString('utf8');
    const eq = record.indexOf('=');
    if (eq > 0) out.set(record.slice(0, eq), record.slice(eq + 1));
    at += len;
  }
  return out;
}

/**
 * The entry's path relative to the destination, or null when it is the root itself or lies outside
 * (an absolute name or a `..` step: dropped, never followed).
 */
function relativeName(name: string): string | null {
  const parts = name.split('/').filter((p) => p !== '' && p !== '.');
  if (parts.length === 0 || parts.includes('..')) return null;
  return parts.join('/');
}

const pad = (size: number) => (BLOCK - (size % BLOCK)) % BLOCK;

const ZEROS = Buffer.alloc(64 * 1024);

/** True when every byte of `chunk` is 0 (such a run is left as a hole in the host file). */
function isZero(chunk: Buffer): boolean {
  for (let at = 0; at < chunk.length; at += ZEROS.length) {
    const piece = chunk.subarray(at, at + ZEROS.length);
    if (!piece.equals(ZEROS.subarray(0, piece.length))) return false;
  }
  return true;
}

/** Ends reading a file whose data passed the allocation cap. */
class CutShort extends Error {}

/**
 * Extracts a tar stream into `dest` (created). Symlinks are made last, so no file is ever written
 * through one, and a link whose parent is itself a link is dropped. Past a cap (`capBytes` allocated,
 * `apparentCapBytes` apparent) extraction stops at the entry that crossed it: `stats.cut` says which, the
 * file itself is not kept, and the rest of the stream is left unread (no symlinks are made then).
 * @throws TarExtractError for a malformed archive; fs errors as they come
 */
export async function extractTar(source: AsyncIterable<Buffer>, dest: string, opts: ExtractOptions): Promise<ExtractStats> {
  const reader = new Reader(source);
  const stats: ExtractStats = { files: 0, bytes: 0, apparentBytes: 0, skipped: 0, paths: [] };
  const apparentCap = opts.apparentCapBytes ?? Number.MAX_SAFE_INTEGER;
  const links: [string, string][] = [];
  const files = new Set<string>();
  let pax = new Map<string, string>();
  let longName: string | null = null;
  let longLink: string | null = null;
  await mkdir(dest, { recursive: true });
  // Directories made so far (parents come before their children in docker's walk): one mkdir each, not one per file.
  const made = new Set<string>([dest]);
  const makeDir = async (dir: string) => {
    if (made.has(dir)) return;
    await mkdir(dir, { recursive: true, mode: 0o755 });
    made.add(dir);
  };

  const keep = (rel: string | null): rel is string => {
    if (rel === null) return false;
    const parts = rel.split('/');
    if (opts.skipTop?.has(parts[0] ?? '')) return false;
    return !parts.some((p) => opts.skipAnywhere?.has(p.toLowerCase()));
  };
  /** Whether `size` more bytes (apparent) fit; when not, the copy stops at `rel`. */
  const fits = (rel: string, size: number): boolean => {
    if (stats.apparentBytes + size <= apparentCap) return true;
    stats.cut = `${rel}: ${size} bytes (apparent size) would take the copy past its cap of ${apparentCap} bytes`;
    return false;
  };
  const overAllocated = (rel: string): boolean => {
    if (stats.bytes <= opts.capBytes) return false;
    stats.cut = `${rel}: the copy holds more than ${opts.capBytes} bytes of data (allocated, holes not counted) with it`;
    return true;
  };

  for (;;) {
    const block = await reader.read(BLOCK);
    if (block === null || block.every((byte) => byte === 0)) break;
    const h = parseHeader(block);
    if (h.type === 'x' || h.type === 'g' || h.type === 'L' || h.type === 'K') {
      if (!(h.size >= 0 && h.size <= META_MAX)) throw new TarExtractError(`a ${h.size}-byte tar extension header`);
      const data = (await reader.read(h.size + pad(h.size))) ?? Buffer.alloc(0);
      const body = data.subarray(0, h.size);
      if (h.type === 'x') pax = parsePax(body);
      else if (h.type === 'L') longName = text(body, 0, body.length);
      else if (h.type === 'K') longLink = text(body, 0, body.length);
      continue;
    }
    const size = pax.has('size') ? Number(pax.get('size')) : h.size;
    if (!Number.isSafeInteger(size) || size < 0) throw new TarExtractError(`bad entry size ${pax.get('size')}`);
    const name = pax.get('path') ?? longName ?? h.name;
    const linkname = pax.get('linkpath') ?? longLink ?? h.linkname;
    pax = new Map();
    longName = longLink = null;

    const rel = relativeName(name);
    const target = rel === null ? null : path.join(dest, rel);
    const isFile = h.type === '0' || h.type === '\0' || h.type === '7';
    if (!keep(rel) || target === null || !['0', '\0', '7', '1', '2', '5'].includes(h.type)) {
      if (rel !== null) stats.skipped++;
      await reader.pass(size + pad(size), async () => {});
      continue;
    }
    if (h.type === '5') {
      await makeDir(target);
    } else if (isFile) {
      if (!fits(rel as string, size)) return stats;
      await makeDir(path.dirname(target));
      const fh: FileHandle = await open(target, constants.O_WRONLY | constants.O_CREAT | constants.O_TRUNC | constants.O_NOFOLLOW, h.mode & 0o100 ? 0o755 : 0o644);
      let over = false;
      try {
        let at = 0;
        await reader.pass(size, async (chunk) => {
          if (!over && !isZero(chunk)) {
            await fh.write(chunk, 0, chunk.length, at);
            stats.bytes += chunk.length;
            over = overAllocated(rel as string);
          }
          at += chunk.length;
          if (over) throw new CutShort();
        });
        await fh.truncate(size);
      } catch (error) {
        if (!(error instanceof CutShort)) throw error;
      } finally {
        await fh.close();
      }
      if (over) {
        await rm(target, { force: true });
        return stats;
      }
      stats.apparentBytes += size;
      await reader.pass(pad(size), async () => {});
      files.add(rel as string);
      stats.paths.push(rel as string);
      stats.files++;
    } else if (h.type === '1') {
      // A hard link to a file extracted earlier: a copy, so the two stay independent on the host.
      const from = relativeName(linkname);
      if (from !== null && files.has(from)) {
        const original = await lstat(path.join(dest, from));
        if (!fits(rel as string, original.size)) return stats;
        await makeDir(path.dirname(target));
        await copyFile(path.join(dest, from), target);
        stats.apparentBytes += original.size;
        stats.bytes += original.blocks * 512;
        if (overAllocated(rel as string)) {
          await rm(target, { force: true });
          return stats;
        }
        files.add(rel as string);
        stats.paths.push(rel as string);
        stats.files++;
      } else stats.skipped++;
      await reader.pass(size + pad(size), async () => {});
    } else {
      links.push([rel as string, linkname]);
      await reader.pass(size + pad(size), async () => {});
    }
  }

  await reader.drain();
  const linked = new Set<string>();
  for (const [rel, to] of links.sort(([a], [b]) => a.length - b.length)) {
    const parts = rel.split('/');
    if (parts.some((_, i) => i > 0 && linked.has(parts.slice(0, i).join('/')))) {
      stats.skipped++;
      continue;
    }
    await mkdir(path.dirname(path.join(dest, rel)), { recursive: true, mode: 0o755 });
    try {
      await symlink(to, path.join(dest, rel));
    } catch (error) {
      // The same name came as a directory or file too: docker never writes that, so keep what is there.
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      stats.skipped++;
      continue;
    }
    linked.add(rel);
    stats.files++;
  }
  return stats;
}
