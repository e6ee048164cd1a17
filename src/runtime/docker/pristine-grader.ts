import { z } from 'zod';
import { GradeError, RuntimeUnavailableError, WorkspaceUnusableError } from '../../core/errors.js';
import { classifyDockerFailure, tail, type DockerCli } from './cli.js';
import type { ContainerTarget } from './exec.js';
import { copyIntoContainer } from './files.js';

/**
 * What the grader's container copies from the agent's: the image it was started from (by id, so a tag
 * moved meanwhile changes nothing), the environment and user compose gave it, the networks it was on, and
 * its resource limits. All of it is the engine's record of how the harness created the container; nothing
 * the agent did inside it changes any of it.
 */
const InspectSchema = z.looseObject({
  Image: z.string(),
  Config: z.looseObject({
    Env: z.array(z.string()).nullish(),
    User: z.string().nullish()
  }),
  HostConfig: z.looseObject({
    Memory: z.number().nullish(),
    NanoCpus: z.number().nullish(),
    PidsLimit: z.number().nullish()
  }),
  NetworkSettings: z.looseObject({ Networks: z.record(z.string(), z.unknown()).nullish() })
});

function fail(what: string, output: string): never {
  if (classifyDockerFailure(output) === 'daemon') throw new RuntimeUnavailableError(`${what}: ${tail(output)}`);
  throw new GradeError(`cannot start the grading container: ${what} failed: ${tail(output)}`);
}

export interface PristineGraderSpec {
  /** The agent's workspace container by name or id, inspected as soon as it runs. */
  container: string;
  /** The same container as probed (the probe holds for the same image); its id is inspected when `container` is not found. */
  workspace: Promise<ContainerTarget>;
  /** `<project>-grader`: one per trial, so a leftover is found by name as well as by label. */
  name: string;
  labels: Record<string, string>;
  workdir: string;
  signal?: AbortSignal;
}

/**
 * Starts the container observability suites run in: a fresh one from the workspace's image, on the
 * workspace's networks (the suite may need the task's services), its workdir filled later
 * ({@link fillPristineGrader}). Neither the agent's container nor anything it changed in there (binaries,
 * site-packages, its running processes) takes part. Two engine calls: inspect, run. Nothing in it depends on
 * what the agent did, so it starts while the workspace is being stopped.
 * The bash/timeout probe of the workspace (made at `up`, before the agent) holds for the same image.
 * @returns the container, ready for exec
 * @throws GradeError when it cannot be started or filled; RuntimeUnavailableError when the daemon is gone
 */
export async function startPristineGrader(cli: DockerCli, spec: PristineGraderSpec): Promise<ContainerTarget> {
  const inspect = (ref: string) => cli.raw(['inspect', '--type', 'container', '--format', '{{json .}}', ref], { timeoutSec: 60, signal: spec.signal });
  let inspected = await inspect(spec.container);
  if (inspected.exitCode !== 0) inspected = await inspect((await spec.workspace).id);
  if (inspected.exitCode !== 0) fail('docker inspect of the workspace', inspected.stderr || inspected.stdout);
  const info = InspectSchema.parse(JSON.parse(inspected.stdout));
  const [network, ...moreNetworks] = Object.keys(info.NetworkSettings.Networks ?? {});
  const limits = info.HostConfig;
  const args = [
    'run', '-d', '--init',
    '--name', spec.name,
    ...Object.entries(spec.labels).flatMap(([k, v]) => ['--label', `${k}=${v}`]),
    ...(network ? ['--network', network] : ['--network', 'none']),
    ...(info.Config.User ? ['--user', info.Config.User] : []),
    ...(info.Config.Env ?? []).flatMap((e) => ['-e', e]),
    ...(limits.Memory ? ['--memory', String(limits.Memory)] : []),
    ...(limits.NanoCpus ? ['--cpus', String(limits.NanoCpus / 1e9)] : []),
    ...(limits.PidsLimit && limits.PidsLimit > 0 ? ['--pids-limit', String(limits.PidsLimit)] : []),
    '-w', spec.workdir,
    '--entrypoint', 'sleep',
    info.Image,
    'infinity'
  ];
  const started = await cli.raw(args, { timeoutSec: 120, signal: spec.signal });
  if (started.exitCode !== 0) fail('docker run', started.stderr || started.stdout);
  const id = started.stdout.trim().split('\n').pop() ?? '';
  const target: ContainerTarget = { ...(await spec.workspace), id };
  for (const extra of moreNetworks) {
    const joined = await cli.raw(['network', 'connect', extra, id], { timeoutSec: 60, signal: spec.signal });
    if (joined.exitCode !== 0) fail(`docker network connect ${extra}`, joined.stderr || joined.stdout);
  }
  return target;
}

/**
 * Fills the grading container's workdir with `tree` (the agent's files, prepared for grading): one
 * `docker cp -` whose entries belong to the container's user, plus a `chown -R` for a non-root image (what
 * the image itself put in the workdir is handed over too, as the workspace's setup did).
 * @throws WorkspaceUnusableError when the engine refuses the agent's tree over what the image put in the workdir
 *   (the agent's failure); GradeError when the copy fails otherwise; RuntimeUnavailableError when the daemon or
 *   the container is gone
 */
export async function fillPristineGrader(cli: DockerCli, target: ContainerTarget, spec: { tree: string; workdir: string; signal?: AbortSignal }): Promise<void> {
  try {
    await copyIntoContainer(cli, target, spec.tree, spec.workdir);
  } catch (error) {
    if (error instanceof RuntimeUnavailableError) throw error;
    const why = (error as Error).message;
    // The agent turned a directory the image fills into a file (or the reverse): its change, not a fault of
    // the harness, so the trial fails rather than erring (an agent must not be able to buy a retry).
    if (/cannot overwrite (non-)?directory/.test(why)) throw new WorkspaceUnusableError(`the agent's files cannot go into the grading container: ${tail(why)}`, error);
    fail("docker cp of the agent's files", why);
  }
  const id = target.id;
  if (target.user !== '0:0') {
    const owned = await cli.raw(['exec', '-u', '0', id, 'chown', '-R', target.user, spec.workdir], { timeoutSec: 300, signal: spec.signal });
    if (owned.exitCode !== 0) fail('chown of the workdir', owned.stderr || owned.stdout);
  }
}
