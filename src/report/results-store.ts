import { mkdir, open, readFile, rename, truncate, writeFile, type FileHandle } from 'node:fs/promises';
import path from 'node:path';
import { UserInputError } from '../core/errors.js';
import { dedupeResults, readResults } from './read-results.js';
import { TrialResultSchema, type TrialResult } from '../core/trial-result.js';

/**
 * The run's `results.jsonl`, opened for resume and append. One finished trial is one line, written with a
 * single write of the complete line followed by fsync, so a kill -9 can at worst leave one partial last line;
 * opening the file repairs that (warns and truncates it away). Appends while it is open: a rerun of a trial
 * adds a line; closing leaves one line per key, the latest (report/read-results.ts dedupeResults), so a
 * resumed run's file counts each trial once whoever reads it. A run killed before closing leaves both lines,
 * and readers still keep the latest.
 */
export interface ResultsStore {
  readonly file: string;
  /** What the file held when opened, after repair, in file order (may hold several lines per key). */
  readonly existing: TrialResult[];
  /** Appends one result as one line and fsyncs. Calls are serialised, so concurrent trials never interleave. */
  append(result: TrialResult): Promise<void>;
  /** Waits for the appends, then rewrites the file with one line per key (a new file renamed over it). */
  close(): Promise<void>;
}

/** The resume key: one trial of one configuration. */
export function resultKey(r: Pick<TrialResult, 'task_id' | 'attempt' | 'agent' | 'model'>): string {
  return JSON.stringify([r.task_id, r.attempt, r.agent, r.model]);
}

/**
 * Opens (creating it and its directory when missing) `file` for resume and append.
 * @throws UserInputError naming the out dir and the system's reason when it cannot be created or written
 *   (a path through a file, no permission); ReportError naming the file and line when a line other than the
 *   last is not a TrialResult.
 */
export async function openResultsStore(file: string, warn: (line: string) => void = () => {}): Promise<ResultsStore> {
  await createResultsDir(file);
  const handle = await asUserError(file, async () => {
    await repairTail(file, warn);
    return open(file, 'a');
  });
  let existing: TrialResult[];
  try {
    existing = await readResults([file], warn);
  } catch (error) {
    await handle.close();
    throw error;
  }
  let queue: Promise<void> = Promise.resolve();
  return {
    file,
    existing,
    append(result) {
      const write = queue.then(() => writeFully(handle, Buffer.from(`${JSON.stringify(TrialResultSchema.parse(result))}\n`)));
      queue = write.catch(() => {});
      return write;
    },
    async close() {
      await queue;
      await handle.close();
      await compact(file, warn);
    }
  };
}

/** One line per key, the latest, in the order of the lines kept; written whole, then renamed over the file. */
async function compact(file: string, warn: (line: string) => void): Promise<void> {
  const all = await readResults([file], warn);
  const kept = new Set(dedupeResults(all));
  if (kept.size === all.length) return;
  const tmp = `${file}.compact-${process.pid}`;
  await writeFile(tmp, all.filter((r) => kept.has(r)).map((r) => `${JSON.stringify(r)}\n`).join(''), { flush: true });
  await rename(tmp, file);
}

/**
 * Creates the directory of results file `file` (the out dir) without touching the file.
 * @throws UserInputError naming the out dir and the system's reason when it cannot be created
 */
export async function createResultsDir(file: string): Promise<void> {
  await asUserError(file, () => mkdir(path.dirname(file), { recursive: true }));
}

/** The out dir is the user's choice: a path that cannot be created is their mistake, said in one line. */
async function asUserError<T>(file: string, fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (!code || !['ENOTDIR', 'EACCES', 'EPERM', 'EROFS', 'EEXIST', 'EISDIR', 'ENOSPC', 'ENAMETOOLONG', 'ELOOP'].includes(code)) throw error;
    throw new UserInputError(`{out} ${path.dirname(file)}: cannot create ${path.basename(file)} there (${code}); choose a directory you can write to`, error);
  }
}

async function writeFully(handle: FileHandle, data: Buffer): Promise<void> {
  // One write(2) for a line of a few KB on a local file; the loop only matters if the kernel writes short.
  let offset = 0;
  while (offset < data.length) {
    const { bytesWritten } = await handle.write(data, offset, data.length - offset);
    offset += bytesWritten;
  }
  await handle.sync();
}

/**
 * A file that does not end in a newline was cut off mid-write by an older crash. A complete, valid last
 * line only lost its newline: add it. Anything else is a partial line: warn and truncate it away so the
 * next append starts on a fresh line.
 */
async function repairTail(file: string, warn: (line: string) => void): Promise<void> {
  let text: Buffer;
  try {
    text = await readFile(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw error;
  }
  if (text.length === 0 || text[text.length - 1] === 0x0a) return;
  const cut = text.lastIndexOf(0x0a) + 1;
  const tail = text.subarray(cut).toString('utf8');
  if (isCompleteResult(tail)) {
    const handle = await open(file, 'a');
    try {
      await writeFully(handle, Buffer.from('\n'));
    } finally {
      await handle.close();
    }
    return;
  }
  const lineNo = text.subarray(0, cut).toString('utf8').split('\n').length;
  warn(`${file}: line ${lineNo}: partial last line removed (a run was killed mid-write); that trial will rerun`);
  await truncate(file, cut);
}

function isCompleteResult(line: string): boolean {
  try {
    return TrialResultSchema.safeParse(JSON.parse(line)).success;
  } catch {
    return false;
  }
}
