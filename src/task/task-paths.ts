import { realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Problems } from './problems.js';

export type PathKind = 'file' | 'dir';
/** What a reference may point at: `any` for fields such as context.logs that take a file or a directory. */
export type WantedKind = PathKind | 'any';

/**
 * What is at an absolute path: a file, a directory, or nothing (also for unreadable entries).
 * Synchronous on purpose, like the loader's other metadata reads: a thread-pool round trip per stat made
 * loading 1,000 small tasks take seconds; one stat is microseconds.
 */
export async function kindOf(abs: string): Promise<PathKind | null> {
  try {
    return statSync(abs).isDirectory() ? 'dir' : 'file';
  } catch {
    return null;
  }
}

/**
 * Resolves the relative paths a task file names against the task directory. Every path must stay inside it:
 * the harness copies the task dir, and a `../` (or a symlink out) would reach files no reviewer looked at.
 */
export class TaskPaths {
  private realDir: string | undefined;

  /**
   * @param dir absolute path of the task directory
   * @param source the file that names the paths (task.yaml), for problem lines
   */
  constructor(
    readonly dir: string,
    readonly source: string,
    readonly problems: Problems
  ) {}

  /**
   * The absolute path of `rel` when it exists with the right kind and stays inside the task dir;
   * otherwise null, with the problem recorded against `field`.
   */
  async resolve(rel: string, field: string, kind: WantedKind): Promise<string | null> {
    if (path.isAbsolute(rel)) {
      this.problems.add(this.source, field, `must be a path relative to the task directory, got "${rel}"`);
      return null;
    }
    const abs = path.resolve(this.dir, rel);
    if (!isInside(this.dir, abs)) {
      this.problems.add(this.source, field, `"${rel}" points outside the task directory: keep every file of a task inside its directory`);
      return null;
    }
    const found = await kindOf(abs);
    if (found === null) {
      const what = kind === 'dir' ? 'directory' : kind === 'file' ? 'file' : 'file or directory';
      this.problems.add(this.source, field, `${what} "${rel}" not found (looked for ${this.problems.display(abs)})`);
      return null;
    }
    if (kind !== 'any' && found !== kind) {
      this.problems.add(this.source, field, `"${rel}" is a ${found === 'dir' ? 'directory' : 'file'}, expected a ${kind === 'dir' ? 'directory' : 'file'}`);
      return null;
    }
    if (!(await this.realInside(abs))) {
      this.problems.add(this.source, field, `"${rel}" is a symlink to outside the task directory: copy the file in instead`);
      return null;
    }
    return abs;
  }

  /** Like {@link resolve}, but for conventional names: absence is not a problem, it returns null quietly. */
  async optional(rel: string, kind: PathKind): Promise<string | null> {
    const abs = path.resolve(this.dir, rel);
    if ((await kindOf(abs)) !== kind) return null;
    return (await this.realInside(abs)) ? abs : null;
  }

  /** Symlinks resolved on both sides, so a link inside the dir that points out is caught. */
  private async realInside(abs: string): Promise<boolean> {
    this.realDir ??= realpathSync.native(this.dir);
    return isInside(this.realDir, realpathSync.native(abs));
  }
}

export function isInside(dir: string, abs: string): boolean {
  const rel = path.relative(dir, abs);
  return rel === '' || (!rel.startsWith(`..${path.sep}`) && rel !== '..' && !path.isAbsolute(rel));
}
