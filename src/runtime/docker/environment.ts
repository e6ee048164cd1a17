import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Task } from '../../task/task.js';
import { EnvironmentStartError, GradeError, OpsBenchError, RuntimeUnavailableError } from '../../core/errors.js';
import { classifyDockerFailure, plainText, tail, type DockerCli } from './cli.js';
import type { BuildSpec } from './context.js';
import { execInContainer, probeContainer, type ContainerTarget } from './exec.js';
import { copyIntoContainer, copyOutOfContainer, readContainerFile, writeContainerFile } from './files.js';
import type { ImageStatus, ImageStore } from './images.js';
import { hiddenPaths } from './isolation.js';
import { imageName, projectName, removeLabelled, RUN_LABEL, TRIAL_LABEL } from './labels.js';
import { buildsOf, checkNoHiddenMounts, generateCompose, GRADER_PROFILE, GRADER_SERVICE, loadComposeModel, profilesOf, type ComposeModel } from './model.js';
import { defaultModel } from './default-model.js';
import { ServiceView } from './service-view.js';
import { unhealthyReport } from './health.js';
import { containerDiff, setupWorkspace, type WorkspaceSetup } from './workspace.js';
import type { AttachedCommand, Environment, ExecOptions, ExecResult } from '../environment.js';
import type { RuntimeOptions } from '../runtime.js';

/** Images of this installation (compose/grader, compose/workspace), found once per runtime. */
export interface DockerAssets {
  /** The grader image for integration tasks whose compose file has no `grader` service; null: suites run in the workspace. */
  grader: BuildSpec | null;
  /** The workspace image for a task with neither a compose file nor a Dockerfile; null: such a task cannot start. */
  workspace: BuildSpec | null;
}

export interface DockerEnvironmentDeps {
  cli: DockerCli;
  images: ImageStore;
  assets: Promise<DockerAssets>;
  /** `down --timeout`: how long services get to stop before SIGKILL (0 when the run is interrupted). */
  stopTimeoutSec: number;
  /** Environment of the host's git that makes the base commit. */
  gitEnv: Record<string, string>;
}

/**
 * One trial's compose stack (project `ob-<trial id>`), the agent working in the workspace service.
 * Host scratch under `<scratchDir>/docker-<project>/`: the generated compose file, temp copies.
 */
export class DockerEnvironment implements Environment {
  readonly kind = 'docker' as const;
  readonly workdir: string;
  readonly project: string;
  baseCommit?: string;
  /** Whether this trial built its images, reused them, or needed none; known once `up` has built them. */
  imageStatus?: ImageStatus;
  private readonly dir: string;
  private readonly labels: Record<string, string>;
  private files: string[] = [];
  private model?: ComposeModel;
  private graderService?: string;
  private grader?: Promise<Environment>;
  private readonly targets = new Map<string, Promise<ContainerTarget>>();
  private readonly buildLogs: Record<string, string> = {};
  private readonly setup: WorkspaceSetup;
  private down_ = false;

  constructor(
    private readonly task: Task,
    private readonly opts: RuntimeOptions,
    private readonly deps: DockerEnvironmentDeps
  ) {
    this.project = projectName(opts.runId, opts.trialId);
    this.workdir = task.environment.workdir;
    this.dir = path.join(opts.scratchDir, `docker-${this.project}`);
    this.labels = { [RUN_LABEL]: opts.runId, [TRIAL_LABEL]: this.project };
    this.setup = { repo: task.environment.repo, workdir: this.workdir, scratch: this.dir, gitEnv: deps.gitEnv };
  }

  /**
   * Builds (or reuses) the images, starts the stack with `up --wait` (healthchecks honoured) and copies the
   * repository into the workspace as the base commit.
   * @throws EnvironmentStartError: build (the image did not build), env_unhealthy (a service never got
   *   healthy; its last log lines in the message), env_start; RuntimeUnavailableError when the daemon is gone
   */
  async up(opts: { signal?: AbortSignal } = {}): Promise<void> {
    const { signal } = opts;
    const { task, deps } = this;
    await mkdir(this.dir, { recursive: true });
    const hidden = hiddenPaths(task);
    const source = task.environment.compose ?? path.join(task.dir, 'task.yaml');
    const assets = await deps.assets;
    const model = task.environment.compose
      ? await loadComposeModel(deps.cli, this.project, task.environment.compose, signal)
      : await defaultModel(task, assets.workspace);
    if (!model.services[task.environment.workspace]) {
      throw new EnvironmentStartError(`${source}: no service "${task.environment.workspace}" (environment.workspace names the agent's service)`, 'env_start', false);
    }
    checkNoHiddenMounts(model, hidden, source);

    const statuses: ImageStatus[] = [];
    const images = new Map<string, string>();
    const ensure = async (name: string, build: BuildSpec, key: string, hide: string[]) => {
      const image = await deps.images.ensure({ name, build, hidden: hide, timeoutSec: task.timeouts.buildSec, signal });
      statuses.push(image.status);
      this.imageStatus = statuses.includes('built') ? 'built' : 'reused';
      if (image.log) this.buildLogs[`build-${key}`] = image.log;
      return image.tag;
    };
    for (const [service, build] of buildsOf(model)) images.set(service, await ensure(imageName(task.id, service), build, service, hidden));
    const graderBuild = task.family === 'integration' && !model.services[GRADER_SERVICE] ? assets.grader : null;
    const graderImage = graderBuild ? await ensure(imageName('grader'), graderBuild, GRADER_SERVICE, []) : undefined;
    this.imageStatus ??= 'none';
    if (model.services[GRADER_SERVICE] || graderImage) this.graderService = GRADER_SERVICE;

    this.model = generateCompose(model, {
      labels: this.labels,
      images,
      workspace: task.environment.workspace,
      ...(graderImage ? { addGrader: { image: graderImage } } : {})
    });
    const file = path.join(this.dir, 'compose.json');
    await writeFile(file, `${JSON.stringify(this.model, null, 2)}\n`);
    this.files = [file];
    await this.startStack(signal);
    const workspace = await this.target(task.environment.workspace);
    this.baseCommit = await setupWorkspace(deps.cli, workspace, this.setup);
    signal?.throwIfAborted();
  }

  private async startStack(signal?: AbortSignal): Promise<void> {
    const sec = this.task.timeouts.buildSec;
    try {
      await this.deps.cli.compose(this.project, this.files, ['up', '-d', '--wait', '--wait-timeout', String(sec), '--no-build'], {
        timeoutSec: sec + 30,
        signal,
        retries: 1
      });
    } catch (error) {
      if (signal?.aborted || !OpsBenchError.isInstance(error) || error.errorClass === 'daemon') throw error;
      const report = await unhealthyReport(this.deps.cli, this.project, this.files).catch(() => null);
      if (report) throw new EnvironmentStartError(report, 'env_unhealthy', false, error);
      throw error;
    }
  }

  /** The container behind a service, probed once. @throws RuntimeUnavailableError when it is not running */
  private target(service: string): Promise<ContainerTarget> {
    let hit = this.targets.get(service);
    if (!hit) {
      hit = (async () => {
        if (this.files.length === 0 || this.down_) throw new RuntimeUnavailableError(`docker environment ${this.project} is not up`);
        const ps = await this.deps.cli.compose(this.project, this.files, ['ps', '-q', service], { timeoutSec: 60 });
        const id = ps.stdout.split('\n')[0]?.trim();
        if (!id) throw new RuntimeUnavailableError(`service "${service}" of ${this.project} is not running`);
        return probeContainer(this.deps.cli, id);
      })();
      hit.catch(() => this.targets.delete(service));
      this.targets.set(service, hit);
    }
    return hit;
  }

  exec(cmd: string | string[], opts: ExecOptions = {}): Promise<ExecResult> {
    return this.execIn(opts.service ?? this.task.environment.workspace, cmd, opts);
  }

  /** @throws RuntimeUnavailableError when the service's container or the daemon is gone */
  async execIn(service: string, cmd: string | string[], opts: ExecOptions = {}): Promise<ExecResult> {
    const target = await this.target(service);
    const cwd = opts.cwd !== undefined ? this.resolve(opts.cwd) : service === this.task.environment.workspace ? this.workdir : undefined;
    return execInContainer(this.deps.cli, target, cmd, { cwd, env: opts.env, timeoutSec: opts.timeoutSec, input: opts.input, signal: opts.signal });
  }

  async attachedCommand(argv: string[], opts: { env?: Record<string, string> } = {}): Promise<AttachedCommand> {
    const target = await this.target(this.task.environment.workspace);
    const env = Object.entries(opts.env ?? {}).flatMap(([k, v]) => ['-e', `${k}=${v}`]);
    return { command: 'docker', args: ['exec', '-i', '-w', this.workdir, ...env, target.id, ...argv], env: this.deps.cli.env };
  }

  writeFile(file: string, content: string | Buffer): Promise<void> {
    return this.writeFileIn(this.task.environment.workspace, file, content);
  }

  readFile(file: string): Promise<Buffer> {
    return this.readFileIn(this.task.environment.workspace, file);
  }

  copyIn(hostPath: string, dest: string): Promise<void> {
    return this.copyInTo(this.task.environment.workspace, hostPath, dest);
  }

  copyOut(file: string, hostDest: string): Promise<void> {
    return this.copyOutOf(this.task.environment.workspace, file, hostDest);
  }

  async writeFileIn(service: string, file: string, content: string | Buffer): Promise<void> {
    await writeContainerFile(this.deps.cli, await this.target(service), this.resolve(file), content, this.dir);
  }

  async readFileIn(service: string, file: string): Promise<Buffer> {
    return readContainerFile(this.deps.cli, (await this.target(service)).id, this.resolve(file), this.dir);
  }

  async copyInTo(service: string, hostPath: string, dest: string): Promise<void> {
    await copyIntoContainer(this.deps.cli, await this.target(service), hostPath, this.resolve(dest));
  }

  async copyOutOf(service: string, file: string, hostDest: string): Promise<void> {
    await copyOutOfContainer(this.deps.cli, (await this.target(service)).id, this.resolve(file), hostDest);
  }

  /**
   * `docker restart --timeout 0` of the workspace container: SIGKILL to its PID 1 ends its PID namespace, so
   * every process in it dies at once, however it detached (setsid, double fork, cleared environment, a
   * loop that re-forks); the filesystem (writable layer, volumes) stays and the main command starts again.
   * Killing through /proc from an exec instead races a process that keeps re-forking, and the kernel
   * resumes stopped members of a process group orphaned meanwhile. Costs 0.3 to 0.5 s.
   * The main command restarts from the container's files, which a root agent could have changed; it could
   * change the test tools the grader runs in this container just as well, so the restart adds no trust.
   * @throws GradeError when the workspace does not come back; RuntimeUnavailableError when the daemon is gone
   */
  async stopAgentProcesses(): Promise<void> {
    const target = await this.target(this.task.environment.workspace);
    const fail = (what: string, result: ExecResult): never => {
      const output = `${result.stderr}\n${result.stdout}`;
      if (classifyDockerFailure(output) === 'daemon') throw new RuntimeUnavailableError(`${what}: ${tail(output)}`);
      throw new GradeError(`could not stop the agent's processes before grading: ${what} ${result.timedOut ? 'timed out' : `failed: ${tail(output)}`}`);
    };
    const restarted = await this.deps.cli.raw(['restart', '--timeout', '0', target.id], { timeoutSec: 120 });
    if (restarted.exitCode !== 0 || restarted.timedOut) fail('docker restart of the workspace', restarted);
    // The agent may have broken what the container runs (the main command exits at once): no workspace to grade.
    const alive = await this.deps.cli.raw(['exec', target.id, 'sh', '-c', 'exit 0'], { timeoutSec: 60 });
    if (alive.exitCode !== 0 || alive.timedOut) fail('the workspace after its restart', alive);
    this.opts.log?.('docker: restarted the workspace to stop the agent\'s processes');
  }

  async diff(): Promise<string> {
    if (this.baseCommit === undefined) throw new RuntimeUnavailableError('diff() before up()');
    return containerDiff(this.deps.cli, await this.target(this.task.environment.workspace), this.setup, this.baseCommit);
  }

  /**
   * Where integration suites run: the grader service (the task's own `grader`, or the one the runtime adds),
   * started now that the agent has stopped, with a copy of the workspace's workdir at the same path (the
   * agent's work product; the tests and the test tools are the grader's own). Without a grader: this environment.
   * @throws EnvironmentStartError when the grader does not start
   */
  graderEnvironment(opts: { signal?: AbortSignal } = {}): Promise<Environment> {
    const service = this.graderService;
    if (!service) return Promise.resolve(this);
    this.grader ??= this.startGrader(service, opts.signal);
    return this.grader;
  }

  private async startGrader(service: string, signal?: AbortSignal): Promise<Environment> {
    await this.deps.cli.compose(this.project, this.files, ['--profile', GRADER_PROFILE, 'up', '-d', '--wait', '--no-deps', '--no-build', service], {
      timeoutSec: 300,
      signal
    });
    const grader = await this.target(service);
    const tmp = await mkdtemp(path.join(this.dir, 'handover-'));
    try {
      const copy = path.join(tmp, 'workdir');
      await copyOutOfContainer(this.deps.cli, (await this.target(this.task.environment.workspace)).id, this.workdir, copy);
      await copyIntoContainer(this.deps.cli, grader, copy, this.workdir);
    } finally {
      await rm(tmp, { recursive: true, force: true }).catch(() => {});
    }
    this.opts.log?.(`grader: service "${service}" up with a copy of ${this.workdir}`);
    return new ServiceView(this, service);
  }

  /** Every service's log (timestamped), plus the output of builds this trial ran. */
  async logs(): Promise<Record<string, string>> {
    const out: Record<string, string> = { ...this.buildLogs };
    if (!this.model || this.files.length === 0) return out;
    await Promise.all(
      Object.keys(this.model.services).map(async (service) => {
        const logs = await this.deps.cli.composeRaw(this.project, this.files, ['logs', '--no-color', '--no-log-prefix', '--timestamps', service], { timeoutSec: 60 });
        const text = plainText(`${logs.stdout}${logs.stderr && logs.exitCode !== 0 ? `\n${logs.stderr}` : ''}`);
        if (text.trim() !== '') out[service] = text;
      })
    );
    return out;
  }

  /**
   * `down -v --remove-orphans` with every profile active; anything compose could not remove goes by the
   * trial's label. Never throws: problems are logged.
   */
  async down(opts: { interrupted?: boolean } = {}): Promise<void> {
    if (this.down_) return;
    this.down_ = true;
    const log = (line: string) => this.opts.log?.(`docker: ${line}`);
    try {
      let clean = this.files.length === 0;
      if (!clean) {
        const profiles = profilesOf(this.model ?? { services: {} }).flatMap((p) => ['--profile', p]);
        const timeout = String(opts.interrupted ? 0 : this.deps.stopTimeoutSec);
        try {
          await this.deps.cli.compose(this.project, this.files, [...profiles, 'down', '-v', '--remove-orphans', '--timeout', timeout], { timeoutSec: 120 });
          clean = true;
        } catch (error) {
          log(`compose down of ${this.project} failed (${(error as Error).message}); removing by label`);
        }
      }
      if (!clean) await removeLabelled(this.deps.cli, TRIAL_LABEL, this.project, { log });
    } catch (error) {
      log(`teardown of ${this.project} failed: ${(error as Error).message}`);
    } finally {
      await rm(this.dir, { recursive: true, force: true, maxRetries: 3 }).catch(() => {});
    }
  }

  /** Relative paths are relative to the workdir. */
  private resolve(p: string): string {
    return path.posix.resolve(this.workdir, p);
  }
}
