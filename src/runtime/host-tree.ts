import { constants } from 'node:fs';
import { cp, mkdir, open, realpath } from 'node:fs/promises';
import path from 'node:path';
import type { Environment, ExecOptions, ExecResult } from './environment.js';
import { runProcess } from './process-exec.js';

/**
 * A directory on the host seen as an Environment, for the harness's own preparation of a copy of the
 * agent's files before they go into a container (the docker runtime's grading container): the grader's
 * reset of the test tree and `git apply` of test.patch run here, on the host, with the harness's
 * environment (`env`: PATH, an empty HOME, no global git config; TMPDIR under `tmpDir`), so they cost no
 * engine call each. Only harness commands run here, never the agent's or the suite's: the copy holds no
 * program of the agent's that anything executes (reset-files.ts and patch-files.ts never follow a
 * symlink the agent planted, and git runs no driver the harness's config does not define).
 * Paths: relative ones are relative to the directory (`workdir`), absolute ones are host paths; file calls
 * reach only the directory and TMPDIR, never through a symlink (one the agent planted could point anywhere
 * on the host, and what is read here goes into the container the agent's code runs in).
 */
export class HostTreeView implements Environment {
  readonly kind = 'local' as const;

  constructor(
    readonly workdir: string,
    private readonly env: Record<string, string>,
    private readonly tmpDir: string
  ) {}

  async up(): Promise<void> {
    await mkdir(this.tmpDir, { recursive: true });
  }

  async exec(cmd: string | string[], opts: ExecOptions = {}): Promise<ExecResult> {
    await mkdir(this.tmpDir, { recursive: true });
    return runProcess(typeof cmd === 'string' ? ['bash', '-c', cmd] : cmd, {
      cwd: this.resolve(opts.cwd ?? this.workdir),
      env: { ...this.env, TMPDIR: this.tmpDir, ...opts.env },
      timeoutSec: opts.timeoutSec ?? 600,
      input: opts.input,
      signal: opts.signal
    });
  }

  async writeFile(file: string, content: string | Buffer): Promise<void> {
    const target = await this.contained(file, true);
    const handle = await open(target, constants.O_WRONLY | constants.O_CREAT | constants.O_TRUNC | constants.O_NOFOLLOW, 0o644);
    try {
      await handle.writeFile(content);
    } finally {
      await handle.close();
    }
  }

  async readFile(file: string): Promise<Buffer> {
    const handle = await open(await this.contained(file, false), constants.O_RDONLY | constants.O_NOFOLLOW);
    try {
      return await handle.readFile();
    } finally {
      await handle.close();
    }
  }

  async copyIn(hostPath: string, dest: string): Promise<void> {
    await cp(hostPath, await this.contained(dest, true), { recursive: true, verbatimSymlinks: true });
  }

  async copyOut(file: string, hostDest: string): Promise<void> {
    await mkdir(path.dirname(hostDest), { recursive: true });
    await cp(await this.contained(file, false), hostDest, { recursive: true, verbatimSymlinks: true });
  }

  /** @throws always: the agent's change is taken from the workspace */
  diff(): Promise<string> {
    return Promise.reject(new Error('a host copy of the files is not the workspace; take the diff from the workspace'));
  }

  logs(): Promise<Record<string, string>> {
    return Promise.resolve({});
  }

  /** The owner of the copy removes it. */
  down(): Promise<void> {
    return Promise.resolve();
  }

  private resolve(p: string): string {
    return path.isAbsolute(p) ? p : path.resolve(this.workdir, p);
  }

  /**
   * The host path of `p` when its directory lies, symlinks resolved, inside the directory or TMPDIR (made
   * first when `make`); the last component is opened without following a link.
   * @throws ENOENT-like Error otherwise
   */
  private async contained(p: string, make: boolean): Promise<string> {
    const target = this.resolve(p);
    const dir = path.dirname(target);
    const roots = await Promise.all([this.workdir, this.tmpDir].map((r) => realpath(r).catch(() => null)));
    const inside = (real: string) => roots.some((root) => root !== null && (real === root || real.startsWith(`${root}${path.sep}`)));
    let existing = dir;
    for (;;) {
      const real = await realpath(existing).catch(() => null);
      if (real !== null) {
        if (!inside(real)) throw Object.assign(new Error(`${p}: outside the copy`), { code: 'ENOENT' });
        break;
      }
      if (path.dirname(existing) === existing) throw Object.assign(new Error(`${p}: no such directory`), { code: 'ENOENT' });
      existing = path.dirname(existing);
    }
    if (make) await mkdir(dir, { recursive: true });
    if (!inside(await realpath(dir))) throw Object.assign(new Error(`${p}: outside the copy`), { code: 'ENOENT' });
    return target;
  }
}
