import { randomBytes } from 'node:crypto';
import { cp, mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Task } from '../../task/task.js';
import { GradeError, RuntimeUnavailableError } from '../../core/errors.js';
import { buildChildEnv } from '../child-env.js';
import type { Environment, ExecOptions, ExecResult } from '../environment.js';
import { localSkipReason } from './check.js';
import { endStrays, killStrays, type StrayQuery } from '../strays.js';
import { defaultRunScratchDir } from '../cleanup.js';
import { createWorkspace, workspaceDiff, writeAgentGitConfig } from './workspace.js';
import { groupAlive, runProcess, terminateGroup } from '../process-exec.js';
import type { Runtime, RuntimeOptions, RuntimeProbe } from '../runtime.js';
import { pathExists } from '../path-exists.js';

export interface LocalRuntimeOptions {
  /** Variables every command of every environment gets (e.g. a toolchain's PATH); they win over the allowlist. */
  env?: Record<string, string>;
  /** The runner's environment the allowlist reads from (the front end passes it in). */
  hostEnv: Readonly<Record<string, string | undefined>>;
  /** Where the warm toolchain caches live (Go build cache, ~/.m2, pip). Default: os.homedir(). */
  realHome?: string;
}

/**
 * Runs tasks as plain processes in a temp directory: no Docker, no isolation beyond a fresh workspace,
 * an empty HOME and an allowlisted environment. For workspace-only tasks whose toolchain is on the host
 * (and for the engine's own tests); anything with services needs the Docker runtime.
 */
export class LocalRuntime implements Runtime {
  readonly kind = 'local' as const;
  readonly isolatesAgent = false;

  constructor(private readonly options: LocalRuntimeOptions) {}

  /** Always usable: it needs nothing but this machine (each task's toolchain is `check`'s business). */
  probe(): Promise<RuntimeProbe> {
    return Promise.resolve({ usable: true, reason: 'runs on this machine' });
  }

  /**
   * Ends the processes a killed run left working in its trials' directories (under the run's scratch dir,
   * which cleanup.ts then removes): each command runs in a process group of its own, so a kill -9 of the
   * run does not end them. A process that also left those directories is beyond reach (not a sandbox).
   */
  cleanup(runId: string, log?: (line: string) => void): Promise<number> {
    return endStrays({ root: defaultRunScratchDir(runId), env: [] }, `local cleanup of run ${runId}`, log);
  }

  /** 'needs Docker (services: ...)', 'missing toolchain: ...', or null when the task can run here. */
  check(task: Task): Promise<string | null> {
    return localSkipReason(task, this.childEnv(os.tmpdir()));
  }

  create(task: Task, opts: RuntimeOptions): Environment {
    return new LocalEnvironment(task, opts, (home) => this.childEnv(home));
  }

  private childEnv(root: string): Record<string, string> {
    return buildChildEnv(this.options.hostEnv, {
      home: path.join(root, 'home'),
      tmpdir: path.join(root, 'tmp'),
      realHome: this.options.realHome ?? os.homedir(),
      extra: this.options.env
    });
  }
}

/**
 * One trial's workspace on the host. Layout under `<scratchDir>/local-<trialId>-<rand>/`:
 *
 *     <basename of task workdir>/   the workspace (this.workdir), a git repo with the base commit
 *     home/                         HOME: empty but for the agent's .gitconfig
 *     tmp/                          TMPDIR: where `mktemp` puts the grader's patch and report dirs
 *
 * Paths: relative ones are relative to the workspace; absolute ones under the task's workdir (e.g.
 * /app/repo/src) are re-rooted into the workspace; any other absolute path is the host path. Command
 * text is NOT rewritten: a command that cds to /app/repo itself will not find it here.
 */
export class LocalEnvironment implements Environment {
  readonly kind = 'local' as const;
  readonly workdir: string;
  baseCommit?: string;
  private readonly root: string;
  private readonly groups = new Set<number>();
  private readonly env: Record<string, string>;

  constructor(
    private readonly task: Task,
    private readonly opts: RuntimeOptions,
    childEnv: (root: string) => Record<string, string>
  ) {
    const safeId = opts.trialId.replace(/[^A-Za-z0-9._-]/g, '_').slice(0, 80);
    this.root = path.join(opts.scratchDir, `local-${safeId}-${randomBytes(4).toString('hex')}`);
    this.workdir = path.join(this.root, path.basename(task.environment.workdir) || 'workspace');
    this.env = childEnv(this.root);
  }

  async up(opts: { signal?: AbortSignal } = {}): Promise<void> {
    opts.signal?.throwIfAborted();
    await mkdir(path.join(this.root, 'home'), { recursive: true });
    await mkdir(path.join(this.root, 'tmp'), { recursive: true });
    await writeAgentGitConfig(path.join(this.root, 'home'));
    this.baseCommit = await createWorkspace(this.task.environment.repo, this.workdir, this.env);
    opts.signal?.throwIfAborted();
  }

  /**
   * `bash -c cmd` for a string (not a login shell: /etc/profile would reset PATH and lose the toolchains),
   * argv as is. Runs in its own process group; a timeout or abort kills the whole group.
   * @throws RuntimeUnavailableError before `up` or after `down`, or for a service other than the workspace
   */
  async exec(cmd: string | string[], opts: ExecOptions = {}): Promise<ExecResult> {
    if (opts.service !== undefined && opts.service !== this.task.environment.workspace) {
      throw new RuntimeUnavailableError(`the local runtime has only the workspace, not service "${opts.service}"`);
    }
    if (!(await pathExists(this.root))) throw new RuntimeUnavailableError(`local environment ${this.root} is not up`);
    const cwd = this.resolve(opts.cwd ?? this.workdir);
    if (!(await isDirectory(cwd))) {
      return { exitCode: 1, stdout: '', stderr: `cd: ${cwd}: No such directory\n`, timedOut: false, truncated: false, durationMs: 0 };
    }
    const argv = typeof cmd === 'string' ? ['bash', '-c', cmd] : cmd;
    let group: number | undefined;
    const result = await runProcess(argv, {
      cwd,
      env: { ...this.env, ...opts.env },
      timeoutSec: opts.timeoutSec,
      input: opts.input,
      signal: opts.signal,
      onGroup: (pgid) => {
        group = pgid;
        this.groups.add(pgid);
      }
    });
    // Forget groups that are already empty, so `down` never signals a process group id reused by someone else.
    if (group !== undefined && !groupAlive(group)) this.groups.delete(group);
    return result;
  }

  async writeFile(file: string, content: string | Buffer): Promise<void> {
    const target = this.resolve(file);
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, content);
  }

  readFile(file: string): Promise<Buffer> {
    return readFile(this.resolve(file));
  }

  async copyIn(hostPath: string, dest: string): Promise<void> {
    const target = this.resolve(dest);
    await mkdir(path.dirname(target), { recursive: true });
    await cp(hostPath, target, { recursive: true, verbatimSymlinks: true });
  }

  async copyOut(file: string, hostDest: string): Promise<void> {
    await mkdir(path.dirname(hostDest), { recursive: true });
    await cp(this.resolve(file), hostDest, { recursive: true, verbatimSymlinks: true });
  }

  diff(): Promise<string> {
    if (this.baseCommit === undefined) throw new RuntimeUnavailableError('diff() before up()');
    return workspaceDiff(this.workdir, this.baseCommit, this.env);
  }

  /** No services run locally, so there are no service logs. */
  logs(): Promise<Record<string, string>> {
    return Promise.resolve({});
  }

  /**
   * Kills every process group this environment started (the agent's background jobs), then any process
   * still working in the trial's directory or carrying its HOME/TMPDIR (a `setsid` daemon). Not a sandbox:
   * a process that left its group, changed directory and cleared its environment escapes.
   * @throws GradeError naming the processes that survived
   */
  async stopAgentProcesses(): Promise<void> {
    await this.killGroups(0);
    const left = await killStrays(this.strays());
    if (left.length > 0) throw new GradeError(`could not stop the agent's processes (pids ${left.join(', ')}) before grading`);
  }

  /** Kills what is left of every process group this environment started and its strays, then removes the trial dir. */
  async down(): Promise<void> {
    await this.killGroups(500);
    await killStrays(this.strays(), 5);
    try {
      await rm(this.root, { recursive: true, force: true, maxRetries: 3 });
    } catch (error) {
      this.opts.log?.(`local runtime: could not remove ${this.root}: ${(error as Error).message}`);
    }
  }

  private async killGroups(graceMs: number): Promise<void> {
    await Promise.all([...this.groups].map((pgid) => terminateGroup(pgid, graceMs)));
    this.groups.clear();
  }

  /** Environment entries only this trial's commands carry (always paths under the trial's own directory). */
  /** The trial's processes: working in its directory, or carrying its HOME or TMPDIR (whatever the program). */
  private strays(): StrayQuery {
    return { root: this.root, env: [`HOME=${path.join(this.root, 'home')}`, `TMPDIR=${path.join(this.root, 'tmp')}`] };
  }

  /** Maps an environment path to the host (see the class comment). */
  private resolve(p: string): string {
    if (!path.isAbsolute(p)) return path.resolve(this.workdir, p);
    const taskWorkdir = path.posix.normalize(this.task.environment.workdir).replace(/\/+$/, '');
    const normalized = path.posix.normalize(p);
    if (taskWorkdir !== '' && (normalized === taskWorkdir || normalized.startsWith(`${taskWorkdir}/`))) {
      return path.join(this.workdir, normalized.slice(taskWorkdir.length));
    }
    return normalized;
  }
}


async function isDirectory(p: string): Promise<boolean> {
  try {
    return (await stat(p)).isDirectory();
  } catch {
    return false;
  }
}
