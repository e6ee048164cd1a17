import { createHash } from 'node:crypto';
import { createReadStream, lstatSync, readdirSync, readFileSync, readlinkSync } from 'node:fs';
import path from 'node:path';
import { setImmediate as yieldToLoop } from 'node:timers/promises';

/** Files up to this size are read in one synchronous call; larger ones are streamed (bounded memory). */
const SMALL_FILE = 1024 * 1024;
/** Synchronous reads hand the event loop back this often, so a big build context never stalls other trials. */
const FILES_PER_TURN = 128;

/**
 * sha256 over every file of a task directory: sorted relative paths (POSIX separators) and contents, each
 * framed by its length so two different trees can never feed the hash the same bytes. `.git` directories
 * are skipped (a task repo's object store changes on every gc without changing the task). Symlinks are
 * hashed by their target text, not followed. The cached FAIL_TO_PASS lists and results key on this.
 * `skip` leaves out files and whole directories by absolute path (the Docker runtime hashes a build context
 * without the task's hidden files).
 * Small files are read synchronously: a thread-pool round trip per stat, open, read and close cost ~1.5 ms
 * per task of a few files, which made `plan` of 1,000 tasks take seconds; the bytes hashed are unchanged.
 */
export async function hashTaskDir(dir: string, skip?: (absPath: string) => boolean): Promise<string> {
  const files: string[] = [];
  listFiles(dir, '', files, skip);
  files.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const hash = createHash('sha256');
  for (const [i, rel] of files.entries()) {
    if (i > 0 && i % FILES_PER_TURN === 0) await yieldToLoop();
    const abs = path.join(dir, ...rel.split('/'));
    const info = lstatSync(abs);
    if (info.isSymbolicLink()) {
      frame(hash, `L${rel}`);
      frame(hash, readlinkSync(abs));
      continue;
    }
    frame(hash, `F${rel}`);
    hash.update(`${info.size}\0`);
    if (info.size <= SMALL_FILE) hash.update(readFileSync(abs));
    else for await (const chunk of createReadStream(abs)) hash.update(chunk as Buffer);
  }
  return hash.digest('hex');
}

function frame(hash: ReturnType<typeof createHash>, text: string): void {
  hash.update(`${Buffer.byteLength(text)}\0${text}`);
}

/** Appends to `out` (a spread of a big subtree's list would overflow the stack). */
function listFiles(root: string, rel: string, out: string[], skip?: (absPath: string) => boolean): void {
  const entries = readdirSync(path.join(root, rel), { withFileTypes: true });
  for (const entry of entries) {
    // A `.git` file is a worktree or submodule pointer: as volatile as the directory.
    if (entry.name === '.git') continue;
    const child = rel === '' ? entry.name : `${rel}/${entry.name}`;
    if (skip?.(path.join(root, child))) continue;
    if (entry.isDirectory()) {
      listFiles(root, child, out, skip);
    } else if (entry.isFile() || entry.isSymbolicLink()) {
      out.push(child);
    }
  }
}
