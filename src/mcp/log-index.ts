import { closeSync, openSync, readSync } from 'node:fs';
import { open, readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { readLines } from '../core/read-lines.js';
import { parseLogLine } from './log-line-parse.js';

/** A line longer than this is indexed (and shown) up to here, and the output says it was cut. */
export const MAX_LINE_BYTES = 1024 * 1024;

/** Absent timestamp, sorted first as before: lines with no time of their own or inherited. */
export const NO_TIME = -Infinity;

/**
 * Every line of a set of log files as columns of numbers (about 40 bytes a line, the text stays on disk):
 * where it is (file, byte offset, length), its time, and its `level` and `service` as ids into value
 * tables. Built in one streaming pass, so a file of any size or line count takes one read chunk and the
 * columns in memory; queries pick lines from the columns and read only the text they need.
 */
export interface LogIndex {
  /** File names relative to the root, `/`-separated, in index order. */
  files: string[];
  absPaths: string[];
  /** Index of each file's first line; fileStart[files.length] = line count. */
  fileStart: number[];
  offset: Float64Array;
  length: Uint32Array;
  tsMs: Float64Array;
  /** -1 = no level. */
  level: Int32Array;
  service: Uint32Array;
  fileOf: Uint32Array;
  blank: Uint8Array;
  levels: string[];
  services: string[];
  /** Non-blank lines, oldest first (NO_TIME first), file order within a timestamp. */
  sorted: Uint32Array;
  /** What was left out or cut, one line each: never silent. */
  notes: string[];
}

const COMPRESSED = /\.(gz|zip|bz2|xz|zst)$/;

/** @throws Error when the root does not exist. */
export async function buildLogIndex(root: string): Promise<LogIndex> {
  let info;
  try {
    info = await stat(root);
  } catch {
    throw new Error(`log source ${root} does not exist; give a directory or a file of logs`);
  }
  const notes: string[] = [];
  const relPaths = info.isDirectory() ? await listFiles(root, notes) : [path.basename(root)];
  const base = info.isDirectory() ? root : path.dirname(root);
  const builder = new IndexBuilder(notes);
  for (const rel of relPaths) {
    const abs = path.join(base, rel);
    const name = rel.split(path.sep).join('/');
    if (!(await isText(abs))) {
      notes.push(`${name}: skipped (binary: it has NUL bytes)`);
      continue;
    }
    await builder.addFile(name, abs);
  }
  return builder.finish();
}

class Column<T extends Float64Array | Uint32Array | Int32Array | Uint8Array> {
  length = 0;
  constructor(private data: T, private readonly make: (n: number) => T) {}
  push(value: number): void {
    if (this.length === this.data.length) {
      const grown = this.make(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    this.data[this.length++] = value;
  }
  done(): T {
    return this.data.subarray(0, this.length) as T;
  }
}

class IndexBuilder {
  private readonly files: string[] = [];
  private readonly absPaths: string[] = [];
  private readonly fileStart: number[] = [];
  private readonly offset = new Column(new Float64Array(1024), (n) => new Float64Array(n));
  private readonly length = new Column(new Uint32Array(1024), (n) => new Uint32Array(n));
  private readonly tsMs = new Column(new Float64Array(1024), (n) => new Float64Array(n));
  private readonly level = new Column(new Int32Array(1024), (n) => new Int32Array(n));
  private readonly service = new Column(new Uint32Array(1024), (n) => new Uint32Array(n));
  private readonly fileOf = new Column(new Uint32Array(1024), (n) => new Uint32Array(n));
  private readonly blank = new Column(new Uint8Array(1024), (n) => new Uint8Array(n));
  private readonly levels = new ValueTable();
  private readonly services = new ValueTable();

  constructor(private readonly notes: string[]) {}

  async addFile(name: string, abs: string): Promise<void> {
    const fileId = this.files.length;
    this.files.push(name);
    this.absPaths.push(abs);
    this.fileStart.push(this.offset.length);
    const stem = path.posix.basename(name).replace(/\..*$/, '') || name;
    // A line with no timestamp and no level (a stack frame) inherits both, and the service, from the line above.
    let prev = { tsMs: NO_TIME, level: -1, service: this.services.id(stem) };
    let cut = 0;
    const add = (text: string, offset: number, bytes: number) => {
      const isBlank = text.trim() === '';
      let cur: typeof prev;
      if (isBlank) cur = { ...prev, service: this.services.id(stem) };
      else {
        const p = parseLogLine(text);
        const service = p.service !== null ? this.services.id(p.service) : null;
        cur =
          p.tsMs === null && p.level === null
            ? { ...prev, service: service ?? prev.service }
            : { tsMs: p.tsMs ?? NO_TIME, level: p.level === null ? -1 : this.levels.id(p.level), service: service ?? this.services.id(stem) };
        prev = cur;
      }
      this.offset.push(offset);
      this.length.push(bytes);
      this.tsMs.push(isBlank ? NO_TIME : cur.tsMs);
      this.level.push(isBlank ? -1 : cur.level);
      this.service.push(cur.service);
      this.fileOf.push(fileId);
      this.blank.push(isBlank ? 1 : 0);
    };
    for await (const line of readLines(abs, { maxLineBytes: MAX_LINE_BYTES })) {
      if (line.cut) cut++;
      add(line.text, line.offset, line.bytes);
    }
    if (cut > 0) this.notes.push(`${name}: ${cut} line(s) longer than ${MAX_LINE_BYTES / 1024} KiB were cut to that length`);
  }

  finish(): LogIndex {
    const tsMs = this.tsMs.done();
    const blank = this.blank.done();
    let count = 0;
    for (let i = 0; i < blank.length; i++) if (!blank[i]) count++;
    const fileStart = [...this.fileStart, this.offset.length];
    const sorted = timeOrder(tsMs, blank, fileStart, count);
    return {
      files: this.files,
      absPaths: this.absPaths,
      fileStart,
      offset: this.offset.done(),
      length: this.length.done(),
      tsMs,
      level: this.level.done(),
      service: this.service.done(),
      fileOf: this.fileOf.done(),
      blank,
      levels: this.levels.values,
      services: this.services.values,
      sorted,
      notes: this.notes
    };
  }
}

/**
 * Non-blank line ids by (time, id). Each file's lines are usually in time order already, so the files are
 * merged (a heap over the files' next lines: n log files, no per-line closure); a file out of order falls
 * back to one sort of everything.
 */
function timeOrder(tsMs: Float64Array, blank: Uint8Array, fileStart: number[], count: number): Uint32Array {
  const sorted = new Uint32Array(count);
  const files = fileStart.length - 1;
  for (let f = 0; f < files; f++) {
    let last = -Infinity;
    for (let i = fileStart[f]!; i < fileStart[f + 1]!; i++) {
      if (blank[i]) continue;
      if (tsMs[i]! < last) return sortAll(sorted, tsMs, blank);
      last = tsMs[i]!;
    }
  }
  const next = fileStart.slice(0, files);
  const skipBlank = (f: number) => {
    while (next[f]! < fileStart[f + 1]! && blank[next[f]!]) next[f]!++;
    return next[f]! < fileStart[f + 1]!;
  };
  const before = (a: number, b: number) => tsMs[next[a]!]! < tsMs[next[b]!]! || (tsMs[next[a]!] === tsMs[next[b]!] && next[a]! < next[b]!);
  const heap: number[] = [];
  const down = (k: number) => {
    for (;;) {
      let m = k;
      for (const c of [2 * k + 1, 2 * k + 2]) if (c < heap.length && before(heap[c]!, heap[m]!)) m = c;
      if (m === k) return;
      [heap[k], heap[m]] = [heap[m]!, heap[k]!];
      k = m;
    }
  };
  for (let f = 0; f < files; f++) if (skipBlank(f)) heap.push(f);
  for (let k = (heap.length >> 1) - 1; k >= 0; k--) down(k);
  for (let j = 0; heap.length > 0; j++) {
    const f = heap[0]!;
    sorted[j] = next[f]!++;
    if (!skipBlank(f)) {
      heap[0] = heap[heap.length - 1]!;
      heap.pop();
    }
    down(0);
  }
  return sorted;
}

function sortAll(sorted: Uint32Array, tsMs: Float64Array, blank: Uint8Array): Uint32Array {
  for (let i = 0, j = 0; i < blank.length; i++) if (!blank[i]) sorted[j++] = i;
  return sorted.sort((a, b) => tsMs[a]! - tsMs[b]! || a - b);
}

class ValueTable {
  readonly values: string[] = [];
  private readonly ids = new Map<string, number>();
  id(value: string): number {
    let id = this.ids.get(value);
    if (id === undefined) {
      id = this.values.length;
      this.values.push(value);
      this.ids.set(value, id);
    }
    return id;
  }
}

async function listFiles(dir: string, notes: string[]): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const out: string[] = [];
  for (const e of entries) {
    if (!e.isFile()) continue;
    const rel = path.relative(dir, path.join(e.parentPath, e.name));
    if (rel.split(path.sep).some((part) => part.startsWith('.'))) continue;
    if (COMPRESSED.test(e.name)) notes.push(`${rel.split(path.sep).join('/')}: skipped (compressed: decompress it to search it)`);
    else out.push(rel);
  }
  return out.sort();
}

async function isText(file: string): Promise<boolean> {
  const handle = await open(file, 'r');
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(8192), 0, 8192, 0);
    return !buffer.subarray(0, bytesRead).includes(0);
  } finally {
    await handle.close();
  }
}

/**
 * Called per line with its bytes `buf[start, end)`; `window` changes whenever `buf` is refilled, and
 * `buf[0, filled)` is what the refill read.
 */
export type LineVisitor = (id: number, buf: Buffer, start: number, end: number, window: number, filled: number) => void;

/**
 * Visits the given lines (any order) file by file in offset order, reading each stretch of nearby lines with
 * one read of at most MAX_LINE_BYTES + 64 KiB: a query touching most of a file reads it once sequentially,
 * one touching a few lines reads just those.
 */
export async function scanLines(index: LogIndex, ids: ArrayLike<number>, visit: LineVisitor): Promise<void> {
  // Reads are synchronous: the files are the harness's and sit in the page cache, and a selective query makes
  // one read per scattered candidate, where a thread-pool round trip each cost more than the reads (the
  // server answers one call at a time anyway).
  // Candidates usually come in time order, which for logs written in time order is already file order.
  const ordered = ids instanceof Uint32Array && isAscending(ids) ? ids : idOrder(ids, index.offset.length);
  const buf = Buffer.allocUnsafe(MAX_LINE_BYTES + 64 * 1024);
  let window = 0;
  let i = 0;
  while (i < ordered.length) {
    const file = index.fileOf[ordered[i]!]!;
    const fd = openSync(index.absPaths[file]!, 'r');
    try {
      let winStart = 0;
      let winEnd = 0;
      for (; i < ordered.length && index.fileOf[ordered[i]!] === file; i++) {
        const id = ordered[i]!;
        const start = index.offset[id]!;
        const end = start + index.length[id]!;
        if (start < winStart || end > winEnd) {
          // Read up to the end of the last upcoming line of this file that fits in the buffer, no further.
          let last = end;
          for (let j = i + 1; j < ordered.length && index.fileOf[ordered[j]!] === file; j++) {
            const next = index.offset[ordered[j]!]! + index.length[ordered[j]!]!;
            if (next - start > buf.length) break;
            last = next;
          }
          const bytesRead = readSync(fd, buf, 0, last - start, start);
          winStart = start;
          winEnd = start + bytesRead;
          window++;
        }
        visit(id, buf, start - winStart, Math.min(end, winEnd) - winStart, window, winEnd - winStart);
      }
    } finally {
      closeSync(fd);
    }
  }
}

/** Distinct ids ascending, by flags rather than a comparison sort: linear in the lines of the index. */
function idOrder(ids: ArrayLike<number>, lines: number): Uint32Array {
  const flags = new Uint8Array(lines);
  for (let k = 0; k < ids.length; k++) flags[ids[k]!] = 1;
  const out = new Uint32Array(ids.length);
  let j = 0;
  for (let i = 0; i < lines; i++) if (flags[i]) out[j++] = i;
  return out.subarray(0, j);
}

function isAscending(values: Uint32Array): boolean {
  for (let i = 1; i < values.length; i++) if (values[i - 1]! > values[i]!) return false;
  return true;
}

/** scanLines with each line decoded: for the lines a query returns. */
export function readLineTexts(index: LogIndex, ids: ArrayLike<number>, onText: (id: number, text: string) => void): Promise<void> {
  return scanLines(index, ids, (id, buf, start, end) => onText(id, buf.toString('utf8', start, end)));
}
