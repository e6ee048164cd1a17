import { existsSync } from 'node:fs';
import { cp, readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { trustCopiedFragments } from '../task/validate-compose.js';

const COMPOSE_FILES = new Set(['compose.yaml', 'compose.yml', 'docker-compose.yaml', 'docker-compose.yml']);

/**
 * The Action's own compose/ folder: GITHUB_ACTION_PATH on a runner, else the checkout this bundle sits in
 * (dist/main/index.js -> ../..).
 */
export function actionComposeDir(env: Record<string, string | undefined>): string {
  const root = env.GITHUB_ACTION_PATH || path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
  return path.join(root, 'compose');
}

/**
 * The shipped tasks `include:` and `extends:` the shared service fragments as ../../../compose/*.yaml, a
 * folder of the OpsBench repository that a user's checkout with only tasks/ lacks. Where a task's compose
 * file points into a missing `compose/` folder whose files the Action ships, that folder is filled from the
 * Action's own copy, so such a checkout plans and runs as the OpsBench repository does. A folder that exists
 * is never touched: a team's own fragments win.
 * @returns the folders that were filled.
 */
export async function provideComposeFragments(tasksDir: string, shipped: string, log: (line: string) => void): Promise<string[]> {
  if (!existsSync(tasksDir) || !existsSync(shipped)) return [];
  const filled: string[] = [];
  for (const file of await composeFiles(tasksDir)) {
    for (const ref of await referencedFiles(file)) {
      const target = path.resolve(path.dirname(file), ref);
      const folder = path.dirname(target);
      if (existsSync(target) || path.basename(folder) !== 'compose' || existsSync(folder) || filled.includes(folder)) continue;
      if (!existsSync(path.join(shipped, path.basename(target)))) continue;
      await cp(shipped, folder, { recursive: true });
      trustCopiedFragments(folder);
      filled.push(folder);
      log(`opsbench: the tasks use the shared compose fragments; copied the Action's compose/ to ${folder}`);
    }
  }
  return filled;
}

async function composeFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile() && COMPOSE_FILES.has(e.name)).map((e) => path.join(e.parentPath, e.name));
}

/** Paths a compose file includes or extends from (relative to it). Unreadable files are left to validation. */
async function referencedFiles(file: string): Promise<string[]> {
  let doc: { include?: unknown[]; services?: Record<string, { extends?: { file?: string } }> } | null;
  try {
    doc = parse(await readFile(file, 'utf8'));
  } catch {
    return [];
  }
  const out: string[] = [];
  for (const inc of doc?.include ?? []) {
    if (typeof inc === 'string') out.push(inc);
    else if (inc && typeof inc === 'object') {
      const p = (inc as { path?: unknown }).path;
      if (typeof p === 'string') out.push(p);
      else if (Array.isArray(p)) out.push(...p.filter((x): x is string => typeof x === 'string'));
    }
  }
  for (const service of Object.values(doc?.services ?? {})) if (typeof service?.extends?.file === 'string') out.push(service.extends.file);
  return out.filter((p) => !path.isAbsolute(p));
}
