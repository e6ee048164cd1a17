import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { z } from 'zod';
import { EnvironmentStartError, RuntimeUnavailableError } from '../../core/errors.js';
import { classifyDockerFailure, tail, type DockerCli } from './cli.js';
import type { ComposeModel } from './model.js';
import { killGroup } from '../process-exec.js';

/*
 * What `docker compose up --wait` waits for, decided the way compose 2.26 decides it (pkg/compose/start.go,
 * convergence.go: isServiceHealthy, isServiceCompleted), without its cost: compose looks first after a
 * half-second ticker and then every 500 ms, so even a stack with nothing to wait for spent 0.5 s idle in every
 * trial. Here the containers are looked at as soon as `up -d` returns and again on each engine event of
 * theirs (start, die, health status), with a look every second as a safety net for a missed event.
 */

const COMPOSE_PROJECT = 'com.docker.compose.project';
const COMPOSE_SERVICE = 'com.docker.compose.service';
const COMPOSE_ONEOFF = 'com.docker.compose.oneoff';

/** A look every this many ms besides the events: an event the stream missed delays the answer by at most this. */
const SAFETY_LOOK_MS = 1000;

const InspectSchema = z.looseObject({
  Name: z.string(),
  Config: z.looseObject({
    Labels: z.record(z.string(), z.string()).nullish(),
    Healthcheck: z.looseObject({ Test: z.array(z.string()).nullish() }).nullish()
  }),
  State: z.looseObject({
    Status: z.string(),
    ExitCode: z.number().nullish(),
    Health: z.looseObject({ Status: z.string() }).nullish()
  })
});
export type ContainerState = z.infer<typeof InspectSchema>;

/** `depends_on` as `compose config` prints it: always the long form. */
const DependsOnSchema = z.record(z.string(), z.looseObject({ condition: z.string().optional() }).nullable());

/** Services some service depends on with `condition: service_completed_successfully`: they are waited for to exit 0. */
export function oneShotServices(model: ComposeModel): Set<string> {
  const out = new Set<string>();
  for (const service of Object.values(model.services)) {
    const deps = DependsOnSchema.safeParse(service.depends_on);
    if (!deps.success) continue;
    for (const [name, dep] of Object.entries(deps.data)) {
      if (dep?.condition === 'service_completed_successfully') out.add(name);
    }
  }
  return out;
}

/**
 * Whether the containers are what `up --wait` waits for: `done`, still `waiting`, or a `failure` compose
 * would stop at (its wording). Per container: a one-shot service must have exited 0; any other must not
 * have exited, must run, and, when its image or compose file defines a healthcheck, be healthy (starting:
 * wait; unhealthy: failure). A healthcheck disabled with `NONE` counts as none (compose 2.26 would fail
 * such a container as having no healthcheck).
 */
export function readiness(containers: ContainerState[], oneShot: ReadonlySet<string>): { state: 'done' | 'waiting' } | { state: 'failed'; failure: string } {
  let waiting = false;
  for (const c of containers) {
    const name = c.Name.replace(/^\//, '');
    const service = c.Config.Labels?.[COMPOSE_SERVICE] ?? '';
    const status = c.State.Status;
    const code = c.State.ExitCode ?? 0;
    if (oneShot.has(service)) {
      if (status !== 'exited') waiting = true;
      else if (code !== 0) return { state: 'failed', failure: `service "${service}" didn't complete successfully: exit ${code}` };
      continue;
    }
    if (status === 'exited') return { state: 'failed', failure: `container ${name} exited (${code})` };
    const test = c.Config.Healthcheck?.Test ?? [];
    if (test.length === 0 || test[0] === 'NONE') {
      if (status !== 'running') waiting = true;
      continue;
    }
    const health = c.State.Health?.Status;
    if (health === 'unhealthy') return { state: 'failed', failure: `container ${name} is unhealthy` };
    if (health !== 'healthy') waiting = true;
  }
  return { state: waiting ? 'waiting' : 'done' };
}

export interface WaitOptions {
  /** Only these services (compose `up <service>`); default every container of the project. */
  services?: string[];
  oneShot: ReadonlySet<string>;
  /** compose's `--wait-timeout`. */
  timeoutSec: number;
  signal?: AbortSignal;
}

/**
 * Returns once the project's containers are what `compose up --wait` waits for ({@link readiness}).
 * Engine calls: a `ps` and an `inspect`; when something is still starting, one `docker events` stream
 * (replayed from just before the first look, so nothing between the look and the stream is lost) and an
 * `inspect` per event of the project's containers.
 * @throws EnvironmentStartError(env_start) with compose's reason (a container exited or is unhealthy, or
 *   "application not healthy after <timeout>s"); RuntimeUnavailableError when the daemon is gone; the
 *   signal's reason when it fires
 */
export async function waitForStack(cli: DockerCli, project: string, opts: WaitOptions): Promise<void> {
  // A little before the first look: replaying more only adds looks, and a daemon whose clock lags ours by
  // up to that still replays every event since (a larger lag is covered by the look every second).
  const since = (Date.now() / 1000 - 2).toFixed(3);
  const filters = [`label=${COMPOSE_PROJECT}=${project}`, `label=${COMPOSE_ONEOFF}=False`];
  const listed = await cli.raw(['ps', '-a', '-q', '--no-trunc', ...filters.flatMap((f) => ['--filter', f])], { timeoutSec: 60, signal: opts.signal });
  if (listed.exitCode !== 0) fail('docker ps', listed.stderr || listed.stdout);
  const ids = listed.stdout.split('\n').map((l) => l.trim()).filter((l) => l !== '');
  if (ids.length === 0) return;
  const look = async () => {
    const inspected = await cli.raw(['inspect', '--type', 'container', '--format', '{{json .}}', ...ids], { timeoutSec: 60, signal: opts.signal });
    opts.signal?.throwIfAborted();
    if (inspected.exitCode !== 0) fail('docker inspect', inspected.stderr || inspected.stdout);
    const states = inspected.stdout.split('\n').filter((l) => l.trim() !== '').map(parseInspected);
    const wanted = opts.services ? states.filter((c) => opts.services?.includes(c.Config.Labels?.[COMPOSE_SERVICE] ?? '')) : states;
    return readiness(wanted, opts.oneShot);
  };
  const first = await look();
  if (first.state === 'failed') throw new EnvironmentStartError(first.failure, 'env_start', false);
  if (first.state === 'done') return;
  await untilReady(cli, look, { ...opts, since, filters });
}

/** The looks after the first, on each event of the project's containers (and every second), until done. */
function untilReady(
  cli: DockerCli,
  look: () => Promise<ReturnType<typeof readiness>>,
  opts: WaitOptions & { since: string; filters: string[] }
): Promise<void> {
  const args = ['events', '--since', opts.since, '--filter', 'type=container', ...opts.filters.flatMap((f) => ['--filter', f]),
    ...['start', 'die', 'health_status', 'restart'].flatMap((e) => ['--filter', `event=${e}`]), '--format', '{{.Action}}'];
  const child = spawn(cli.binary, args, { env: cli.env, stdio: ['ignore', 'pipe', 'ignore'], detached: true });
  return new Promise<void>((resolve, reject) => {
    let settled = false;
    let looking = false;
    let again = false;
    const finish = (error?: unknown) => {
      if (settled) return;
      settled = true;
      clearTimeout(deadline);
      clearInterval(safety);
      opts.signal?.removeEventListener('abort', onAbort);
      if (child.pid !== undefined) killGroup(child.pid, 'SIGKILL');
      if (error === undefined) resolve();
      else reject(error instanceof Error ? error : new Error(String(error)));
    };
    const check = () => {
      if (settled) return;
      if (looking) {
        again = true;
        return;
      }
      looking = true;
      look().then(
        (r) => {
          looking = false;
          if (r.state === 'done') finish();
          else if (r.state === 'failed') finish(new EnvironmentStartError(r.failure, 'env_start', false));
          else if (again) {
            again = false;
            check();
          }
        },
        (error: unknown) => finish(error)
      );
    };
    const onAbort = () => finish(opts.signal?.reason ?? new Error('aborted'));
    const deadline = setTimeout(() => finish(new EnvironmentStartError(`application not healthy after ${opts.timeoutSec}s`, 'env_start', false)), opts.timeoutSec * 1000);
    const safety = setInterval(check, SAFETY_LOOK_MS);
    opts.signal?.addEventListener('abort', onAbort, { once: true });
    if (opts.signal?.aborted) return onAbort();
    // The replay from `since` brings the events up to now, so the first lines cause the next look.
    createInterface({ input: child.stdout }).on('line', check);
    child.on('error', () => {});
  });
}

/** One line of `docker inspect --format '{{json .}}'`. */
function parseInspected(line: string): ContainerState {
  let json: unknown = null;
  try {
    json = JSON.parse(line);
  } catch {
    // Reported below with the line itself.
  }
  const parsed = InspectSchema.safeParse(json);
  return parsed.success ? parsed.data : fail('docker inspect', `unexpected output: ${line.slice(0, 300)}`);
}

function fail(what: string, output: string): never {
  if (classifyDockerFailure(output) === 'daemon') throw new RuntimeUnavailableError(`${what}: ${tail(output)}`);
  throw new EnvironmentStartError(`waiting for the stack: ${what} failed: ${tail(output)}`, 'env_start', true);
}
