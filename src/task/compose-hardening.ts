import path from 'node:path';

/**
 * What a task's compose services may not ask for: anything that lets the agent out of its container (the
 * host's namespaces, devices, capabilities, the Docker socket, confinement switched off) or lets the stack
 * read host files outside the task (bind mounts, build contexts and env files elsewhere). Applied to the
 * YAML as written at validate time and to compose's resolved model at run time (both have the same keys;
 * the resolved one has absolute paths and long-form volumes), so a task that slips past one meets the other.
 */
export interface HardeningProblem {
  /** `services.<name>.<field>` (or a top-level `secrets.<name>.file`). */
  field: string;
  message: string;
}

export interface HardeningRoots {
  /** Directory relative paths are resolved against (the compose file's). */
  base: string;
  /** Host directories the stack may read: the task's directory and the shipped compose/ fragments. */
  allowed: string[];
}

const HOST_NAMESPACES = ['network_mode', 'pid', 'ipc', 'uts', 'userns_mode', 'cgroup'] as const;
const UNCONFINED = /(^|[=:])unconfined$|^label[=:]disable$|^no-new-privileges[=:]false$/i;
const DOCKER_SOCKET = /(^|\/)docker\.sock$|^\/(var\/)?run\/docker(\/|$)/;

function isInside(dir: string, p: string): boolean {
  const rel = path.relative(dir, p);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

/** A host path as compose reads it: `~` is the runner's home, relative is the compose file's directory. */
function hostPath(p: string, roots: HardeningRoots): string {
  return p.startsWith('~') ? `/__home__${p.slice(1)}` : path.resolve(roots.base, p);
}

/** The problem with reading host path `p`, or null when it lies in an allowed root. */
function outsideProblem(p: string, what: string, roots: HardeningRoots): string | null {
  if (p.includes('$')) return null; // interpolated: checked on the resolved model at run time
  const abs = hostPath(p, roots);
  if (DOCKER_SOCKET.test(abs)) return `${what} ${p} is the Docker socket: it would give the agent the host's Docker engine; remove it`;
  if (roots.allowed.some((r) => isInside(r, abs))) return null;
  return `${what} ${p} lies outside the task directory: the agent would read the runner's files; keep it inside the task (or use the shipped compose/ fragments)`;
}

/** Bind sources of a service's `volumes:` (short `src:dst[:mode]` strings and long-form mappings). */
function bindSources(volumes: unknown): { index: number; source: string }[] {
  if (!Array.isArray(volumes)) return [];
  const out: { index: number; source: string }[] = [];
  volumes.forEach((v, index) => {
    if (typeof v === 'string') {
      const source = v.split(':')[0] ?? '';
      // A bare name is a named volume; a path (absolute, ./, ../, ~) is a bind mount.
      if (/^[./~]/.test(source) || source.includes('$')) out.push({ index, source });
    } else if (v !== null && typeof v === 'object') {
      const m = v as Record<string, unknown>;
      if (m.type === 'bind' && typeof m.source === 'string') out.push({ index, source: m.source });
    }
  });
  return out;
}

function stringsOf(value: unknown, key?: string): string[] {
  const one = (v: unknown) => (typeof v === 'string' ? [v] : key && v !== null && typeof v === 'object' && typeof (v as Record<string, unknown>)[key] === 'string' ? [(v as Record<string, string>)[key] as string] : []);
  return Array.isArray(value) ? value.flatMap(one) : one(value);
}

/** Problems of one service definition (a YAML mapping or compose's resolved one). */
export function serviceHardeningProblems(name: string, def: Record<string, unknown>, roots: HardeningRoots): HardeningProblem[] {
  const out: HardeningProblem[] = [];
  const at = (field: string, message: string) => out.push({ field: `services.${name}.${field}`, message });
  if (def.privileged === true || def.privileged === 'true') at('privileged', 'privileged containers reach the host\'s devices and kernel; remove it');
  if (Array.isArray(def.cap_add) && def.cap_add.length > 0) at('cap_add', `adds capabilities (${def.cap_add.join(', ')}) that let the agent out of its container; remove cap_add`);
  if (Array.isArray(def.devices) && def.devices.length > 0) at('devices', 'host devices are not given to task containers; remove devices');
  for (const opt of stringsOf(def.security_opt)) {
    if (UNCONFINED.test(opt.trim())) at('security_opt', `"${opt}" switches off the container's confinement; remove it`);
  }
  for (const key of HOST_NAMESPACES) {
    if (typeof def[key] === 'string' && (def[key] as string).trim().toLowerCase() === 'host') at(key, `${key}: host shares the runner's namespace with the agent; remove it`);
  }
  for (const { index, source } of bindSources(def.volumes)) {
    const problem = outsideProblem(source, 'bind mount', roots);
    if (problem) at(`volumes[${index}]`, problem);
  }
  const build = def.build;
  const context = typeof build === 'string' ? build : build !== null && typeof build === 'object' ? (build as Record<string, unknown>).context : undefined;
  if (typeof context === 'string') {
    if (/^[a-z]+:\/\/|^git@|\.git(#|$)/i.test(context)) at('build.context', `remote build context ${context}: build from the task directory`);
    else {
      const problem = outsideProblem(context, 'build context', roots);
      if (problem) at('build.context', problem);
    }
  }
  for (const file of stringsOf(def.env_file, 'path')) {
    const problem = outsideProblem(file, 'env_file', roots);
    if (problem) at('env_file', problem);
  }
  return out;
}

/** Problems of a whole compose mapping: every service, plus top-level secrets and configs read from files. */
export function composeHardeningProblems(doc: Record<string, unknown>, roots: HardeningRoots): HardeningProblem[] {
  const out: HardeningProblem[] = [];
  const services = doc.services;
  if (services !== null && typeof services === 'object' && !Array.isArray(services)) {
    for (const [name, def] of Object.entries(services as Record<string, unknown>)) {
      if (def !== null && typeof def === 'object' && !Array.isArray(def)) out.push(...serviceHardeningProblems(name, def as Record<string, unknown>, roots));
    }
  }
  for (const kind of ['secrets', 'configs'] as const) {
    const defs = doc[kind];
    if (defs === null || typeof defs !== 'object') continue;
    for (const [name, def] of Object.entries(defs as Record<string, unknown>)) {
      const file = def !== null && typeof def === 'object' ? (def as Record<string, unknown>).file : undefined;
      const problem = typeof file === 'string' ? outsideProblem(file, `${kind} file`, roots) : null;
      if (problem) out.push({ field: `${kind}.${name}.file`, message: problem });
    }
  }
  return out;
}
