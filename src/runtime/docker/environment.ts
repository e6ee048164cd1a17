import { mkdir, mkdtemp, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Task } from '../../task/task.js';
import { EnvironmentStartError, GradeError, OpsBenchError, RuntimeUnavailableError, WorkspaceUnusableError } from '../../core/errors.js';
import { classifyDockerFailure, plainText, tail, type DockerCli } from './cli.js';
import { cutNote } from '../process-exec.js';
import type { BuildSpec } from './context.js';
import { execInContainer, probeContainer, type ContainerTarget } from './exec.js';
import { copyIntoContainer, copyOutOfContainer, copyTreeOut, readContainerFile, writeContainerFile } from './files.js';
import type { ImageStatus, ImageStore } from './images.js';
import { hiddenPaths } from './isolation.js';
import { imageName, projectName, removeLabelled, RUN_LABEL, TRIAL_LABEL } from './labels.js';
import type { ComposeModels } from './model-memo.js';
import { buildsOf, checkNoHiddenMounts, composeContainerName, generateCompose, GRADER_PROFILE, GRADER_SERVICE, profilesOf, type ComposeModel } from './model.js';
import { defaultModel } from './default-model.js';
import { ServiceView } from './service-view.js';
import { oneShotServices, waitForStack } from './stack-ready.js';
import { unhealthyReport } from './health.js';
import { requestedLimits, type ResourceLimits } from './limits.js';
import { fillPristineGrader, startPristineGrader } from './pristine-grader.js';
import { HostTreeView } from '../host-tree.js';
import { copyAgentTree, copyBaseGitDir, COPY_CAPS, makeWorkspaceBase, setupWorkspace, treeDiffAgainstBase, type AgentTree, type WorkspaceBase, type WorkspaceReady, type WorkspaceSetup } from './workspace.js';
import { apexReadableRoot } from '../../task/apex-conventions.js';
import { apexComposeEnv, apexGraderService, awaitApexMcp, checkComposeVarsSet, placeApexContext } from './apex-stack.js';
import type { AttachedCommand, Environment, ExecOptions, ExecResult } from '../environment.js';
import type { RuntimeOptions } from '../runtime.js';
import { dropIgnoredAdditions } from '../base-ignore.js';
import { composeHardeningProblems } from '../../task/compose-hardening.js';
import { hardeningRoots } from '../../task/validate-compose.js';

/** The key of the observability grader's container among the targets: no compose service can be named so. */
const PRISTINE = ':grader';

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
  /** The runtime's `compose config` results, shared by the trials of a task (model-memo.ts). */
  models: ComposeModels;
  assets: Promise<DockerAssets>;
  /** `down --timeout`: how long services get to stop before SIGKILL (0 when the run is interrupted). */
  stopTimeoutSec: number;
  /** The most any service may get (pids, memory, cpus), whatever the task asks for. */
  limitCeiling: ResourceLimits;
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
  /** The runtime's integration grader starts with the stack (`up` activates its profile), not at grading time. */
  private graderWithStack = false;
  private grader?: Promise<Environment>;
  private readonly targets = new Map<string, Promise<ContainerTarget>>();
  private readonly buildLogs: Record<string, string> = {};
  private readonly setup: WorkspaceSetup;
  private down_ = false;
  private workspaceStopped = false;
  /** The workspace's container id while it is frozen and not yet killed (stopAgentProcesses). */
  private workspacePaused?: string;
  private workspaceKilled?: Promise<void>;
  private tree?: Promise<AgentTree>;
  private readonly pristineName: string;
  /** The observability grader's container, started (inspect + run) while the workspace stops. */
  private pristine?: Promise<ContainerTarget>;
  private pristineRemoved?: Promise<void>;
  private graderGit?: Promise<string>;

  constructor(
    private readonly task: Task,
    private readonly opts: RuntimeOptions,
    private readonly deps: DockerEnvironmentDeps
  ) {
    this.project = projectName(opts.runId, opts.trialId);
    this.workdir = task.environment.workdir;
    this.dir = path.join(opts.scratchDir, `docker-${this.project}`);
    this.labels = { [RUN_LABEL]: opts.runId, [TRIAL_LABEL]: this.project };
    this.pristineName = `${this.project}-grader`;
    this.setup = { repo: task.environment.repo, workdir: this.workdir, scratch: this.dir, gitEnv: deps.gitEnv };
  }

  /**
   * Builds (or reuses) the images, starts the stack with `up --wait` (healthchecks honoured) and copies the
   * repository into the workspace as the base commit.
   * @throws EnvironmentStartError: build (the image did not build), env_unhealthy (a service never got
   *   healthy; its last log lines in the message), env_start; RuntimeUnavailableError when the daemon is gone
   */
  async up(opts: { signal?: AbortSignal; gradeAfter?: boolean } = {}): Promise<void> {
    const { signal } = opts;
    const { task, deps } = this;
    await mkdir(this.dir, { recursive: true });
    // The base commit is made on the host while the stack starts.
    const base = makeWorkspaceBase(this.setup);
    base.catch(() => {});
    const hidden = hiddenPaths(task);
    const source = task.environment.compose ?? path.join(task.dir, 'task.yaml');
    const assets = await deps.assets;
    const apex = task.layout === 'apex-integration';
    const apexLogs = path.join(this.opts.artifactsDir ?? this.dir, 'apex-logs');
    const composeEnv = apex ? await apexComposeEnv(this.project, apexLogs) : undefined;
    if (task.environment.compose && composeEnv) await checkComposeVarsSet(task.environment.compose, { ...deps.cli.env, ...composeEnv });
    const model = task.environment.compose
      ? await deps.models.load(deps.cli, { project: this.project, runId: this.opts.runId, file: task.environment.compose, taskHash: task.hash, env: composeEnv, signal })
      : await defaultModel(task, assets.workspace, deps.cli.env);
    if (!model.services[task.environment.workspace]) {
      throw new EnvironmentStartError(`${source}: no service "${task.environment.workspace}" (environment.workspace names the agent's service)`, 'env_start', false);
    }
    checkNoHiddenMounts(model, hidden, source);
    if (task.environment.compose) {
      // validate refuses these too; compose's resolved model (extends, interpolation) is checked again here.
      // APEX stacks (both layouts: `context: ..`, `dockerfile: <task>/Dockerfile`) read the dataset root; the
      // integration ones mount the log directories OpsBench made for this trial (apex-stack.ts).
      const roots = await hardeningRoots(source, task.layout === 'opsbench' ? task.dir : apexReadableRoot(task.dir));
      if (apex) roots.allowed.push(apexLogs);
      const refused = composeHardeningProblems(model, roots);
      if (refused.length > 0) throw new EnvironmentStartError(refused.map((p) => `${source}: ${p.field}: ${p.message}`).join('\n'), 'env_start', false);
    }

    const statuses: ImageStatus[] = [];
    const images = new Map<string, string>();
    const ensure = async (name: string, build: BuildSpec, key: string, hide: string[]) => {
      const image = await deps.images.ensure({ name, build, hidden: hide, timeoutSec: task.timeouts.buildSec, signal, run: { id: this.opts.runId, scratchDir: this.opts.scratchDir } });
      statuses.push(image.status);
      this.imageStatus = statuses.includes('built') ? 'built' : 'reused';
      if (image.log) this.buildLogs[`build-${key}`] = image.log;
      return image.tag;
    };
    for (const [service, build] of buildsOf(model)) images.set(service, await ensure(imageName(task.id, service), build, service, hidden));
    const graderBuild = task.family === 'integration' && !apex && !model.services[GRADER_SERVICE] ? assets.grader : null;
    const graderImage = graderBuild ? await ensure(imageName('grader'), graderBuild, GRADER_SERVICE, []) : undefined;
    this.imageStatus ??= 'none';
    if (model.services[GRADER_SERVICE] || graderImage) this.graderService = GRADER_SERVICE;

    this.model = generateCompose(model, {
      labels: this.labels,
      images,
      workspace: task.environment.workspace,
      limits: { requested: requestedLimits(task.environment.limits), ceiling: deps.limitCeiling },
      ...(graderImage ? { addGrader: { image: graderImage } } : {})
    });
    if (apex) {
      const client = task.environment.workspace;
      const clientImage = images.get(client) ?? model.services[client]?.image;
      if (!clientImage) throw new EnvironmentStartError(`${source}: services.${client}: neither build: nor image: (APEX's client must have one)`, 'env_start', false);
      this.model.services[GRADER_SERVICE] = apexGraderService(this.model, client, clientImage, this.labels);
      this.graderService = GRADER_SERVICE;
    }
    // The grader the runtime adds (it only sleeps) starts with the stack: `up --wait` waits for it with the
    // others instead of a second `up` at grading time. A task's own grader may be a one-shot command and
    // APEX's runs its suite as it starts: those still start at grading time.
    this.graderWithStack = graderImage !== undefined && !apex;
    const file = path.join(this.dir, 'compose.json');
    await writeFile(file, `${JSON.stringify(this.model, null, 2)}\n`);
    this.files = [file];
    await this.startStack(this.graderWithStack ? ['--profile', GRADER_PROFILE] : [], signal);
    // The grader's container is found and probed now, beside the workspace's setup, not at grading time.
    if (this.graderWithStack && this.graderService) void this.target(this.graderService).catch(() => {});
    if (apex) await placeApexContext(this, task);
    const ready = this.setUpWorkspace(base);
    // The observability grader's container depends on nothing the agent does (pristine-grader.ts): it
    // starts now, beside the workspace's setup, and is ready when the agent stops.
    if (opts.gradeAfter && task.family === 'observability') {
      const workspace = ready.then((r) => r.target);
      void this.launchPristine(composeContainerName(this.project, task.environment.workspace), workspace).catch(() => {});
      void ready.then(() => this.graderGitDir()).catch(() => {});
    }
    this.baseCommit = (await ready).sha;
    if (apex) await awaitApexMcp(this, task, signal);
    signal?.throwIfAborted();
  }

  private async startStack(profiles: string[], signal?: AbortSignal): Promise<void> {
    const sec = this.task.timeouts.buildSec;
    try {
      // `up -d`, then what `--wait` waits for, decided as compose decides it but looked at at once
      // (stack-ready.ts): compose's own wait idles half a second first.
      await this.deps.cli.compose(this.project, this.files, [...profiles, 'up', '-d', '--no-build'], {
        timeoutSec: sec + 30,
        signal,
        retries: 1
      });
      await this.servicesReady({ timeoutSec: sec, signal });
    } catch (error) {
      if (signal?.aborted || !OpsBenchError.isInstance(error) || error.errorClass === 'daemon') throw error;
      const report = await unhealthyReport(this.deps.cli, this.project, this.files).catch(() => null);
      if (report) throw new EnvironmentStartError(report, 'env_unhealthy', false, error);
      throw error;
    }
  }

  /** What `up --wait` would wait for, for the stack or `services` of it (stack-ready.ts). */
  private servicesReady(opts: { services?: string[]; timeoutSec: number; signal?: AbortSignal }): Promise<void> {
    return waitForStack(this.deps.cli, this.project, { ...opts, oneShot: oneShotServices(this.model ?? { services: {} }) });
  }

  /**
   * The workspace's container found and set up (workspace.ts), probed in the same exec; found by the name
   * compose gives it, or by asking compose when that name is not running.
   */
  private setUpWorkspace(base: Promise<WorkspaceBase>): Promise<WorkspaceReady> {
    const service = this.task.environment.workspace;
    const known = this.targets.get(service);
    const ready = (async () => {
      if (known) return setupWorkspace(this.deps.cli, (await known).id, this.setup, base);
      try {
        return await setupWorkspace(this.deps.cli, composeContainerName(this.project, service), this.setup, base);
      } catch (error) {
        if (!(error instanceof RuntimeUnavailableError)) throw error;
        return setupWorkspace(this.deps.cli, await this.containerOf(service), this.setup, base);
      }
    })();
    const target = ready.then((r) => r.target);
    target.catch(() => this.targets.delete(service));
    this.targets.set(service, target);
    return ready;
  }

  /** The container behind a service, probed once. @throws RuntimeUnavailableError when it is not running */
  private target(service: string): Promise<ContainerTarget> {
    let hit = this.targets.get(service);
    if (!hit) {
      hit = (async () => {
        if (this.files.length === 0 || this.down_) throw new RuntimeUnavailableError(`docker environment ${this.project} is not up`);
        // Probed by the name compose gave it, it needs no `ps`; asking compose stays the fallback.
        const named = await probeContainer(this.deps.cli, composeContainerName(this.project, service)).catch((error: unknown) => {
          if (error instanceof RuntimeUnavailableError) return null;
          throw error;
        });
        if (named) return named;
        return probeContainer(this.deps.cli, await this.containerOf(service));
      })();
      hit.catch(() => this.targets.delete(service));
      this.targets.set(service, hit);
    }
    return hit;
  }

  /** The id of a service's container as compose knows it. @throws RuntimeUnavailableError when it is not running */
  private async containerOf(service: string): Promise<string> {
    const ps = await this.deps.cli.compose(this.project, this.files, ['ps', '-q', service], { timeoutSec: 60 });
    const id = ps.stdout.split('\n')[0]?.trim();
    if (!id) throw new RuntimeUnavailableError(`service "${service}" of ${this.project} is not running`);
    return id;
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
    await writeContainerFile(this.deps.cli, await this.target(service), this.resolve(file), content);
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
   * Ends the agent's hold on the workspace before anything of it is read. `docker pause` first: the cgroup
   * freezer stops every process in the container at once, however it detached (setsid, double fork, a
   * cleared environment, a loop that re-forks), and none runs again: the agent's files are copied out
   * ({@link agentTree}) from a container in which nothing moves, and only then is it killed
   * ({@link killPausedWorkspace}; for observability once the grading container is filled, so the kill's
   * ~0.1 s runs beside the suite, off the trial's path). Where the engine cannot pause (no freezer),
   * `docker kill` now. Either way no SIGTERM is ever sent (as `docker stop` sends first), so a main command
   * of the agent's gets no warning to act on, and a kill counts as stopped by hand, whatever the restart
   * policy. It is never started again: a restart would run the container's main command, which a root agent
   * can have replaced with a daemon of its own. The suite runs in a fresh container (graderEnvironment).
   * Whether it is frozen or stopped is the engine's answer, never a command's output.
   * @throws GradeError when the engine still reports it running; RuntimeUnavailableError when the daemon is gone
   */
  async stopAgentProcesses(): Promise<void> {
    const target = await this.target(this.task.environment.workspace);
    // The grading container takes nothing from what the agent did: it starts while the workspace stops.
    if (this.task.family === 'observability') void this.launchPristine(target.id, Promise.resolve(target)).catch(() => {});
    const paused = await this.deps.cli.raw(['pause', target.id], { timeoutSec: 120 });
    if (paused.exitCode === 0 && !paused.timedOut) {
      this.workspaceStopped = true;
      this.workspacePaused = target.id;
      this.opts.log?.("docker: froze the workspace (pause) to end the agent's processes; it is killed once its files are copied");
      return;
    }
    const stopped = await this.deps.cli.raw(['kill', target.id], { timeoutSec: 120 });
    if (stopped.exitCode !== 0 || stopped.timedOut) {
      const output = `${stopped.stderr}\n${stopped.stdout}`;
      if (classifyDockerFailure(output) === 'daemon') throw new RuntimeUnavailableError(`docker kill of the workspace: ${tail(output)}`);
      const state = await this.deps.cli.raw(['inspect', '--type', 'container', '--format', '{{.State.Running}}', target.id], { timeoutSec: 60 });
      // The agent cannot remove its own container; one the engine does not know or still runs is no verdict.
      if (state.exitCode !== 0 || state.stdout.trim() !== 'false') {
        throw new GradeError(`could not stop the agent's processes before grading: docker kill ${stopped.timedOut ? 'timed out' : `failed: ${tail(output)}`}`);
      }
    }
    this.workspaceStopped = true;
    this.opts.log?.("docker: killed the workspace to end the agent's processes");
  }

  /**
   * The frozen workspace killed once its files are copied, in the background; `down` waits for it. SIGKILL
   * reaches frozen processes as they thaw, before any of them runs an instruction of its own.
   */
  private killPausedWorkspace(): void {
    const id = this.workspacePaused;
    if (id === undefined || this.workspaceKilled) return;
    this.workspaceKilled = this.deps.cli.raw(['kill', id], { timeoutSec: 120 }).then(
      (killed) => {
        if (killed.exitCode !== 0) this.opts.log?.(`docker: kill of the frozen workspace failed (${tail(`${killed.stderr}\n${killed.stdout}`)}); down removes it`);
      },
      () => {}
    );
  }

  /** The workdir as the agent left it, copied to the host once the workspace is stopped (diff and grader share it). */
  private agentTree(): Promise<AgentTree> {
    const copy = async () => {
      const workspace = await this.target(this.task.environment.workspace);
      const tree = await copyAgentTree(this.deps.cli, workspace, this.setup).catch((error: unknown) => {
        if (OpsBenchError.isInstance(error)) throw error;
        throw new WorkspaceUnusableError(`the workspace cannot be copied for grading: ${(error as Error).message}`, error);
      });
      // Observability grading kills it once the fresh container is filled (startPristine), beside the suite.
      if (this.task.family !== 'observability') this.killPausedWorkspace();
      if (tree.cut !== undefined) this.opts.log?.(`docker: the copy of the workspace stopped at ${tree.cut}`);
      const dropped = await dropIgnoredAdditions(tree.dir, this.setup.repo, this.setup.gitEnv);
      if (dropped.length > 0) this.opts.log?.(`docker: left out ${dropped.length} file(s) the base's .gitignore ignores (e.g. ${dropped.slice(0, 3).join(', ')})`);
      return tree;
    };
    if (!this.workspaceStopped) return copy();
    this.tree ??= copy();
    return this.tree;
  }

  async diff(): Promise<string> {
    if (this.baseCommit === undefined) throw new RuntimeUnavailableError('diff() before up()');
    return treeDiffAgainstBase(this.setup, await this.agentTree(), this.baseCommit);
  }

  /**
   * Where suites run, ready on the first call (after the agent stopped):
   * - observability: a fresh container from the workspace's image holding only the agent's files (and the
   *   base's .git), never the agent's container (pristine-grader.ts); started while the workspace stopped,
   *   filled in one copy once `prepareFiles` has prepared the host copy;
   * - integration: the grader service (the task's own `grader`, or the one the runtime adds, which is up
   *   since the stack started), with a copy of the workspace's workdir at the same
   *   path (the agent's work product; the tests and the test tools are the grader's own). Without a
   *   grader: this environment.
   * @throws EnvironmentStartError / GradeError when the grader does not start
   */
  graderEnvironment(opts: { signal?: AbortSignal; prepareFiles?: (files: Environment) => Promise<void> } = {}): Promise<Environment> {
    if (this.task.family === 'observability') {
      this.grader ??= this.startPristine(opts.signal, opts.prepareFiles);
      return this.grader;
    }
    const service = this.graderService;
    if (!service) return Promise.resolve(this);
    this.grader ??= this.startGrader(service, opts.signal);
    return this.grader;
  }

  private launchPristine(container: string, workspace: Promise<ContainerTarget>, signal?: AbortSignal): Promise<ContainerTarget> {
    this.pristine ??= startPristineGrader(this.deps.cli, { container, workspace, name: this.pristineName, labels: this.labels, workdir: this.workdir, signal });
    return this.pristine;
  }

  /**
   * The observability grader: the agent's files copied out once (the diff's copy), the base's .git added,
   * `prepareFiles` run on that host copy, then the copy goes into the fresh container in one call.
   */
  private async startPristine(signal?: AbortSignal, prepareFiles?: (files: Environment) => Promise<void>): Promise<Environment> {
    const workspace = await this.target(this.task.environment.workspace);
    const launched = this.launchPristine(workspace.id, Promise.resolve(workspace), signal);
    // The base's .git goes in with the files: harness-made on the host, not the one the agent could rewrite
    // (the copy has none of its own; git never reads a `.git` inside a work tree, so the diff is unchanged).
    // It is copied while the agent works (graderGitDir), then moved in.
    const [tree, git] = await Promise.all([this.agentTree(), this.graderGitDir()]);
    if (tree.cut !== undefined) throw new WorkspaceUnusableError(`the workspace's files are too large to grade: the copy stopped at ${tree.cut}`);
    // The copy becomes the grader's: a later diff() copies the workspace again.
    this.tree = undefined;
    await rename(git, path.join(tree.dir, '.git'));
    if (prepareFiles) await prepareFiles(new HostTreeView(tree.dir, this.deps.gitEnv, path.join(this.dir, 'host-tmp')));
    const target = await launched;
    // The frozen workspace is killed while the suite runs (mostly one CPU), not beside the copies.
    this.killPausedWorkspace();
    await fillPristineGrader(this.deps.cli, target, { tree: tree.dir, workdir: this.workdir, signal });
    this.targets.set(PRISTINE, launched);
    this.opts.log?.(`grader: fresh container ${this.pristineName} from the workspace's image with the agent's files`);
    return new ServiceView(this, PRISTINE);
  }

  /** A copy of the base's .git for the grading container, made once, off the grading's path. */
  private graderGitDir(): Promise<string> {
    this.graderGit ??= (async () => {
      const git = path.join(await mkdtemp(path.join(this.dir, 'grader-git-')), '.git');
      await copyBaseGitDir(this.setup, git);
      return git;
    })();
    return this.graderGit;
  }

  /** The observability grader's container goes (not compose's: before `down`, or the network stays in use). */
  private removePristine(): Promise<void> {
    if (!this.pristine) return Promise.resolve();
    this.pristineRemoved ??= this.pristine
      .catch(() => undefined)
      .then(async () => {
        await this.deps.cli.raw(['rm', '-f', '-v', this.pristineName], { timeoutSec: 60 });
      });
    return this.pristineRemoved;
  }

  private async startGrader(service: string, signal?: AbortSignal): Promise<Environment> {
    if (!this.graderWithStack) {
      const sec = 300;
      await this.deps.cli.compose(this.project, this.files, ['--profile', GRADER_PROFILE, 'up', '-d', '--no-deps', '--no-build', service], { timeoutSec: sec, signal });
      await this.servicesReady({ services: [service], timeoutSec: sec, signal });
    }
    const grader = this.target(service);
    const tmp = await mkdtemp(path.join(this.dir, 'handover-'));
    try {
      // The same caps as the diff's copy: what the agent left cannot fill the runner's disk on its way over.
      const copy = path.join(tmp, 'workdir');
      const workspace = await this.target(this.task.environment.workspace);
      const [copied] = await Promise.all([
        copyTreeOut(this.deps.cli, workspace.id, this.workdir, copy, COPY_CAPS).catch((error: unknown) => {
          if (OpsBenchError.isInstance(error)) throw error;
          throw new WorkspaceUnusableError(`the workspace cannot be copied to the grader: ${(error as Error).message}`, error);
        }),
        grader
      ]);
      if (copied.cut !== undefined) throw new WorkspaceUnusableError(`the workspace's files are too large to hand to the grader: the copy stopped at ${copied.cut}`);
      await copyIntoContainer(this.deps.cli, await grader, copy, this.workdir);
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
    // Teardown follows the logs: the grading container (no logs of interest) is removed meanwhile.
    void this.removePristine().catch(() => {});
    await Promise.all(
      Object.keys(this.model.services).map(async (service) => {
        const logs = await this.deps.cli.composeRaw(this.project, this.files, ['logs', '--no-color', '--no-log-prefix', '--timestamps', service], { timeoutSec: 60 });
        const text = plainText(`${logs.stdout}${logs.stderr && logs.exitCode !== 0 ? `\n${logs.stderr}` : ''}${cutNote(logs)}`);
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
      // Not compose's: it goes first, or the stack's network would still be in use.
      this.killPausedWorkspace();
      await Promise.all([this.removePristine(), this.workspaceKilled]);
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
