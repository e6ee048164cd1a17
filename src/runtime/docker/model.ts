import { z } from 'zod';
import { EnvironmentStartError } from '../../core/errors.js';
import type { DockerCli } from './cli.js';
import type { BuildSpec } from './context.js';
import { exposedHidden } from './isolation.js';
import { applyLimits, type ResourceLimits } from './limits.js';

// The compose model as `docker compose config --format json` prints it: includes resolved, ${VAR}s
// interpolated (from the scrubbed CLI environment), paths absolute. Only what the runtime reads is
// typed; everything else passes through untouched into the generated file.

const BuildSchema = z.looseObject({
  context: z.string(),
  dockerfile: z.string().optional(),
  dockerfile_inline: z.string().optional(),
  args: z.record(z.string(), z.string().nullable()).optional(),
  target: z.string().optional()
});

const MountSchema = z.looseObject({ type: z.string().optional(), source: z.string().optional(), target: z.string().optional() });

const ServiceSchema = z.looseObject({
  build: BuildSchema.optional(),
  image: z.string().optional(),
  profiles: z.array(z.string()).optional(),
  volumes: z.array(MountSchema).optional(),
  labels: z.record(z.string(), z.string()).optional(),
  networks: z.record(z.string(), z.unknown()).nullish(),
  network_mode: z.string().optional(),
  working_dir: z.string().optional(),
  init: z.boolean().optional()
});

const ResourceSchema = z.looseObject({ external: z.boolean().optional(), labels: z.record(z.string(), z.string()).optional() });
const FileSourceSchema = z.looseObject({ file: z.string().optional() });

export const ComposeModelSchema = z.looseObject({
  services: z.record(z.string(), ServiceSchema),
  networks: z.record(z.string(), ResourceSchema.nullable()).optional(),
  volumes: z.record(z.string(), ResourceSchema.nullable()).optional(),
  secrets: z.record(z.string(), FileSourceSchema).optional(),
  configs: z.record(z.string(), FileSourceSchema).optional()
});
export type ComposeModel = z.infer<typeof ComposeModelSchema>;
export type ComposeService = z.infer<typeof ServiceSchema>;

/** The service the runtime adds for integration suites when the task's compose file has none. */
export const GRADER_SERVICE = 'grader';
export const GRADER_PROFILE = 'grader';

/**
 * The name compose gives a service's container in a generated stack (generateCompose drops container_name),
 * so it is found without a `ps`.
 */
export function composeContainerName(project: string, service: string): string {
  return `${project}-${service}-1`;
}

/**
 * The task's compose file as compose itself resolves it (`include:`, `extends:`, interpolation, .env).
 * @throws EnvironmentStartError(env_start, not retryable) with compose's own complaint for a bad file
 */
export async function loadComposeModel(cli: DockerCli, project: string, file: string, signal?: AbortSignal, env?: Record<string, string>): Promise<ComposeModel> {
  return parseComposeModel(file, await composeConfig(cli, project, file, signal, env));
}

/** What `docker compose config --format json` prints for the file, every profile active. */
export async function composeConfig(cli: DockerCli, project: string, file: string, signal?: AbortSignal, env?: Record<string, string>): Promise<string> {
  // Every profile active: a service under a profile (the task's own grader) is still part of the stack.
  const result = await cli.compose(project, [file], ['--profile', '*', 'config', '--format', 'json'], { timeoutSec: 60, signal, env });
  return result.stdout;
}

/** @throws EnvironmentStartError(env_start, not retryable) when `text` is not a compose model */
export function parseComposeModel(file: string, text: string): ComposeModel {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new EnvironmentStartError(`${file}: docker compose config printed no JSON: ${text.slice(0, 300)}`, 'env_start', false, error);
  }
  const model = ComposeModelSchema.safeParse(parsed);
  if (!model.success) {
    const issue = model.error.issues[0];
    throw new EnvironmentStartError(`${file}: ${issue?.path.join('.') || '(top level)'}: ${issue?.message ?? 'unexpected compose model'}`, 'env_start', false);
  }
  return model.data;
}

/** The services whose image the runtime builds (compose's `build:`), with their build as a BuildSpec. */
export function buildsOf(model: ComposeModel): Map<string, BuildSpec> {
  const out = new Map<string, BuildSpec>();
  for (const [name, service] of Object.entries(model.services)) {
    const b = service.build;
    if (!b) continue;
    const args: Record<string, string> = {};
    for (const [k, v] of Object.entries(b.args ?? {})) if (v !== null) args[k] = v;
    out.set(name, { context: b.context, dockerfile: b.dockerfile, dockerfileInline: b.dockerfile_inline, args, target: b.target });
  }
  return out;
}

/**
 * Refuses a stack that would show the agent the grader's files: a bind mount, secret or config whose
 * host path holds (or lies in) a hidden file.
 * @throws EnvironmentStartError(env_start, not retryable) naming the service, the mount and the fix
 */
export function checkNoHiddenMounts(model: ComposeModel, hidden: string[], composeFile: string): void {
  const refuse = (where: string, source: string, h: string) => {
    throw new EnvironmentStartError(
      `${composeFile}: ${where}: ${source} would expose ${h} (tests, patches, solution and rubric stay hidden until grading); mount a directory that does not contain them`,
      'env_start',
      false
    );
  };
  for (const [name, service] of Object.entries(model.services)) {
    for (const [i, mount] of (service.volumes ?? []).entries()) {
      if (mount.type !== 'bind' || !mount.source) continue;
      const h = exposedHidden(mount.source, hidden);
      if (h) refuse(`services.${name}.volumes[${i}]`, mount.source, h);
    }
  }
  for (const kind of ['secrets', 'configs'] as const) {
    for (const [name, def] of Object.entries(model[kind] ?? {})) {
      const h = def.file ? exposedHidden(def.file, hidden) : null;
      if (h && def.file) refuse(`${kind}.${name}.file`, def.file, h);
    }
  }
}

export interface GenerateOptions {
  /** Put on every service, network and volume (run and trial labels). */
  labels: Record<string, string>;
  /** Service -> the image tag the runtime built for it (its `build:` is dropped). */
  images: Map<string, string>;
  workspace: string;
  /** When the task has no grader service: the image of the one to add, started only at grading time. */
  addGrader?: { image: string };
  /** Every service's pids/memory/cpu limits: what the task asked for, within the runner's ceiling (limits.ts). */
  limits: { requested: Partial<ResourceLimits>; ceiling: ResourceLimits };
}

/**
 * The compose file a trial actually runs: the task's model plus
 * - labels on every service, network and volume, so cleanup by label finds all of it;
 * - the prebuilt, content-hashed image instead of `build:` (nothing builds during `up`);
 * - no published host ports and no fixed container names: parallel trials would collide on them, and the
 *   services reach each other by name on the stack's network anyway;
 * - `init: true` on the workspace unless the task says otherwise (reaps the agent's orphans, stops at once);
 * - pids, memory and cpu limits on every service (limits.ts);
 * - a `grader` service under the `grader` profile when asked, on every network of the stack.
 */
export function generateCompose(model: ComposeModel, opts: GenerateOptions): ComposeModel {
  const out = structuredClone(model);
  delete out.name;
  for (const [name, service] of Object.entries(out.services)) {
    service.labels = { ...service.labels, ...opts.labels };
    delete service.ports;
    delete service.container_name;
    const image = opts.images.get(name);
    if (image) {
      delete service.build;
      service.image = image;
      service.pull_policy = 'never';
    }
    if (name === opts.workspace) service.init ??= true;
    applyLimits(service, opts.limits.requested, opts.limits.ceiling);
  }
  out.networks = { default: {}, ...out.networks };
  for (const kind of ['networks', 'volumes'] as const) {
    const resources = out[kind] ?? {};
    for (const [name, def] of Object.entries(resources)) {
      if (def?.external) continue;
      resources[name] = { ...def, labels: { ...def?.labels, ...opts.labels } };
    }
  }
  if (opts.addGrader) {
    const networks = Object.entries(out.networks ?? {}).filter(([, def]) => !def?.external).map(([name]) => name);
    out.services[GRADER_SERVICE] = {
      image: opts.addGrader.image,
      pull_policy: 'never',
      command: ['sleep', 'infinity'],
      init: true,
      profiles: [GRADER_PROFILE],
      labels: { ...opts.labels },
      networks: Object.fromEntries(networks.map((n) => [n, null]))
    };
    applyLimits(out.services[GRADER_SERVICE], opts.limits.requested, opts.limits.ceiling);
  }
  return out;
}

/** Every profile named in the model: `down` activates them all so no profiled service is left running. */
export function profilesOf(model: ComposeModel): string[] {
  return [...new Set(Object.values(model.services).flatMap((s) => s.profiles ?? []))];
}
