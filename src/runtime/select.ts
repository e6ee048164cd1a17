import { execFile } from 'node:child_process';
import { UserInputError } from '../core/errors.js';
import type { Runtime } from './runtime.js';

export type RuntimeChoice = 'auto' | RuntimeKind;

/** What a runtime reads from the machine, handed in by the front end (the engine never reads process.env). */
export interface RuntimeHost {
  /** The environment the CLI or Action was started with; each runtime reads only its allowlist from it. */
  hostEnv: Readonly<Record<string, string | undefined>>;
}

export type RuntimeLoader = (host: RuntimeHost) => Promise<Runtime>;

/**
 * The runtimes this build has: the only list (`--runtime` choices, the Action's `runtime` input and
 * RuntimeKind follow its keys). A new runtime is a folder implementing Runtime plus one line here. Key order
 * is `auto`'s preference: it takes the first whose probe() says usable. Loaded lazily so a missing or broken
 * runtime cannot break the others (and `--runtime local` never loads Docker code).
 */
export const runtimeLoaders = {
  docker: async (host: RuntimeHost): Promise<Runtime> => new (await import('./docker/runtime.js')).DockerRuntime({ hostEnv: host.hostEnv }),
  local: async (host: RuntimeHost): Promise<Runtime> => new (await import('./local/runtime.js')).LocalRuntime({ hostEnv: host.hostEnv })
};

/** A runtime's name: a key of the registry above. */
export type RuntimeKind = keyof typeof runtimeLoaders;

/** The runtime kinds this build offers (`--runtime` choices besides `auto`), from the loaders above. */
export const RUNTIME_KINDS = Object.keys(runtimeLoaders) as RuntimeKind[];

export interface SelectedRuntime {
  runtime: Runtime;
  kind: RuntimeKind;
  /** Why this one, e.g. "no Docker daemon answered: docker: command not found". */
  reason: string;
}

export interface SelectOptions extends RuntimeHost {
  loaders?: Partial<Record<RuntimeKind, RuntimeLoader>>;
}

/**
 * Resolves `--runtime`. An explicit kind is loaded and probed; `auto` takes the first kind of the registry
 * (in key order) whose probe says usable, and its reason says which were passed over and why, e.g.
 * "no Docker daemon answered: ...".
 * @throws UserInputError when an explicitly requested runtime is missing or unusable (naming the alternative).
 */
export async function selectRuntime(choice: RuntimeChoice, opts: SelectOptions): Promise<SelectedRuntime> {
  const loaders = opts.loaders ?? runtimeLoaders;
  const kinds = Object.keys(loaders) as RuntimeKind[];
  const others = (kind: RuntimeKind) => kinds.filter((k) => k !== kind).map((k) => `{runtime} ${k}`).join(' or ');
  if (choice !== 'auto') {
    const loader = loaders[choice];
    if (!loader) throw new UserInputError(`{runtime} ${choice}: this build has no ${choice} runtime; use ${others(choice)}`);
    const runtime = await loader(opts);
    const probe = await runtime.probe();
    if (!probe.usable) throw new UserInputError(`{runtime} ${choice}: ${probe.reason}; use ${others(choice) || 'another runtime'}`);
    return { runtime, kind: choice, reason: 'requested' };
  }
  const passedOver: string[] = [];
  for (const kind of kinds) {
    const runtime = await loaders[kind]!(opts);
    const probe = await runtime.probe();
    if (!probe.usable) {
      passedOver.push(probe.reason);
      continue;
    }
    const reason = passedOver.length > 0 ? passedOver.join('; ') : kinds.length === 1 ? `the only runtime this build has` : probe.reason;
    return { runtime, kind, reason };
  }
  throw new UserInputError(`{runtime} auto: no runtime is usable here (${passedOver.join('; ')})`);
}

/**
 * Agents that run code nobody reviewed (a model's tool calls, a team's CLI; AgentEntry.untrusted) run on
 * the runner itself on a runtime that does not isolate them (Runtime.isolatesAgent false), as children of
 * the harness: the allowlisted environment keeps keys out of their own env, but not out of
 * `/proc/$PPID/environ`, the runner's files or its network. Refuses such an agent there unless the user
 * accepted it with `--runtime local --unsafe-local` (only the local runtime has that escape; another runtime
 * that does not isolate refuses outright). The guard reads the runtime's own word, never its name, so a new
 * runtime cannot slip past it. The oracle and the null agent run only the task's own files and may run
 * anywhere. `selected.reason` "requested" means the user asked for the runtime; anything else is why `auto`
 * fell back to it.
 * @throws UserInputError naming the agent, why Docker is needed, and the flags that accept the risk.
 */
export function assertRuntimeSafeFor(
  agent: { name: string; untrusted: boolean },
  selected: Pick<SelectedRuntime, 'kind' | 'reason'> & { runtime: Pick<Runtime, 'isolatesAgent'> },
  unsafeLocal: boolean
): void {
  if (selected.runtime.isolatesAgent || !agent.untrusted) return;
  if (selected.kind === 'local' && unsafeLocal) return;
  const why =
    selected.reason !== 'requested'
      ? selected.reason
      : selected.kind === 'local'
        ? '{runtime} local was asked for without {unsafeLocal}'
        : `{runtime} ${selected.kind} was asked for`;
  throw new UserInputError(
    `{agent} ${agent.name}: it runs untrusted code: it needs the Docker runtime (${why}). ` +
      `On the ${selected.kind} runtime it runs on this machine as a child of the harness and can read its environment ` +
      '(provider keys, GITHUB_TOKEN) and files. To run it on this machine anyway, pass {runtime} local {unsafeLocal}'
  );
}

/** "runtime: local (no Docker daemon answered: ...)", the line run and check-tasks print first. */
export function describeRuntime(selected: SelectedRuntime): string {
  return `runtime: ${selected.kind} (${selected.reason})`;
}

/**
 * Asks the Docker daemon for its version with a short timeout. Resolves null when it answers, else the reason.
 * `docker` is the CLI to run (tests point it at stand-ins).
 */
export function probeDocker(timeoutMs = 5000, docker = 'docker'): Promise<string | null> {
  return new Promise((resolve) => {
    execFile(docker, ['info', '--format', '{{.ServerVersion}}'], { timeout: timeoutMs }, (error, stdout, stderr) => {
      if (!error && stdout.trim() !== '') return resolve(null);
      const code = (error as NodeJS.ErrnoException | null)?.code;
      if (code === 'ENOENT') return resolve('the docker CLI is not installed');
      if (error?.killed) return resolve(`docker info did not answer within ${timeoutMs / 1000}s`);
      const line = `${stderr}`.split('\n').find((l) => l.trim() !== '') ?? error?.message ?? 'no server version';
      resolve(line.trim().slice(0, 200));
    });
  });
}
