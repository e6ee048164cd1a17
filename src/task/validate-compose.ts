import path from 'node:path';
import { installRoot } from '../core/install-root.js';
import { composeHardeningProblems, type HardeningRoots } from './compose-hardening.js';
import { kindOf } from './task-paths.js';
import type { Problems } from './problems.js';
import { readYamlFile } from './read-structured.js';
import { fieldPath } from './zod-issues.js';

/** A compose service as far as task validation cares: its name and whether it is built from a Dockerfile. */
export interface ComposeService {
  name: string;
  build: boolean;
  /** `x-default: true`, Inspect AI's marker for the service an agent works in (APEX-SWE uses Inspect). */
  xDefault: boolean;
}

const MAX_INCLUDE_DEPTH = 5;

const copiedFragments: string[] = [];

/**
 * Trusts a folder the front end filled with copies of the shipped compose/ fragments (the Action does so for
 * a checkout holding only its tasks/, whose compose files point at ../../../compose): it may be read as the
 * shipped folder is. A folder that existed before is never passed here.
 */
export function trustCopiedFragments(dir: string): void {
  copiedFragments.push(path.resolve(dir));
}

/** Where a compose file's services may read host files: the task's directory and the shipped compose/ fragments. */
export async function hardeningRoots(file: string, taskDir: string): Promise<HardeningRoots> {
  const root = await installRoot();
  return { base: path.dirname(file), allowed: [path.resolve(taskDir), ...(root ? [path.join(root, 'compose')] : []), ...copiedFragments] };
}

/**
 * The services a compose file defines, its own and those of the files it `include:`s (task compose files
 * pull shared fragments from compose/, docs/architecture.md "Task format"). Records problems and returns undefined
 * when the file is not usable compose YAML.
 */
export async function readComposeServices(file: string, problems: Problems, taskDir: string, depth = 0): Promise<ComposeService[] | undefined> {
  const parsed = await readYamlFile(file, problems);
  if (!parsed) return undefined;
  const doc = parsed.value;
  if (doc === null || typeof doc !== 'object' || Array.isArray(doc)) {
    problems.add(file, '(top level)', 'expected a compose mapping with a services: key');
    return undefined;
  }
  const record = doc as Record<string, unknown>;
  const services: ComposeService[] = [];
  let ok = true;
  const hardening = composeHardeningProblems(record, await hardeningRoots(file, taskDir));
  for (const p of hardening) problems.add(file, p.field, p.message);
  if (hardening.length > 0) ok = false;
  const own = record.services;
  if (own !== undefined && own !== null) {
    if (typeof own !== 'object' || Array.isArray(own)) {
      problems.add(file, 'services', 'expected a mapping of service name to service definition');
      ok = false;
    } else {
      for (const [name, def] of Object.entries(own as Record<string, unknown>)) {
        if (def === null || typeof def !== 'object' || Array.isArray(def)) {
          problems.add(file, `services.${name}`, 'expected a mapping (image:, build:, ...)');
          ok = false;
          continue;
        }
        const spec = def as Record<string, unknown>;
        services.push({ name, build: spec.build !== undefined, xDefault: spec['x-default'] === true });
      }
    }
  }
  const included = await readIncludes(file, record.include, problems, taskDir, depth);
  if (!included) ok = false;
  else services.push(...included);
  if (ok && services.length === 0) {
    problems.add(file, 'services', 'required: the compose file defines no services');
    return undefined;
  }
  return ok ? services : undefined;
}

async function readIncludes(file: string, include: unknown, problems: Problems, taskDir: string, depth: number): Promise<ComposeService[] | undefined> {
  if (include === undefined || include === null) return [];
  if (!Array.isArray(include)) {
    problems.add(file, 'include', 'expected a list of compose files');
    return undefined;
  }
  const out: ComposeService[] = [];
  let ok = true;
  for (const [i, entry] of include.entries()) {
    const paths = includePaths(entry);
    if (paths === undefined) {
      problems.add(file, fieldPath(['include', i]), 'expected a file path or a mapping with path:');
      ok = false;
      continue;
    }
    // Interpolated paths (${VAR}) are compose's to resolve at run time; nothing to check here.
    for (const rel of paths.filter((p) => !p.includes('$'))) {
      const abs = path.resolve(path.dirname(file), rel);
      if ((await kindOf(abs)) !== 'file') {
        problems.add(file, fieldPath(['include', i]), `included file "${rel}" not found (looked for ${problems.display(abs)})`);
        ok = false;
      } else if (depth >= MAX_INCLUDE_DEPTH) {
        problems.add(file, fieldPath(['include', i]), `includes nest deeper than ${MAX_INCLUDE_DEPTH} levels (a cycle?)`);
        ok = false;
      } else {
        const services = await readComposeServices(abs, problems, taskDir, depth + 1);
        if (services) out.push(...services);
        else ok = false;
      }
    }
  }
  return ok ? out : undefined;
}

function includePaths(entry: unknown): string[] | undefined {
  if (typeof entry === 'string') return [entry];
  if (entry === null || typeof entry !== 'object') return undefined;
  const p = (entry as Record<string, unknown>).path;
  if (typeof p === 'string') return [p];
  if (Array.isArray(p) && p.every((x) => typeof x === 'string')) return p as string[];
  return undefined;
}
