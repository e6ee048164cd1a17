import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Environment } from '../runtime/environment.js';
import { GradeError } from '../core/errors.js';

type Json = Record<string, unknown>;

async function readJson(read: () => Promise<Buffer>): Promise<Json | null | 'unreadable'> {
  let text: string;
  try {
    text = (await read()).toString('utf8');
  } catch {
    return null;
  }
  try {
    const value: unknown = JSON.parse(text);
    return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Json) : 'unreadable';
  } catch {
    return 'unreadable';
  }
}

/**
 * Puts one key of the workspace's top-level package.json back to the base's (absent in the base: removed).
 * Jest reads its whole configuration from `package.json#jest` when there is no jest.config.*, and a
 * `testResultsProcessor`, `reporters` or `transform` there rewrites results from inside the runner. The rest
 * of the file is the agent's (a fix may add a dependency). A package.json the agent made unreadable, or
 * deleted while the base has one, comes back from the base whole.
 * @returns whether the file was changed
 * @throws GradeError when the file cannot be written
 */
export async function resetPackageJsonKey(env: Environment, hostRepo: string | null, key: string): Promise<boolean> {
  const hostFile = hostRepo === null ? null : path.join(hostRepo, 'package.json');
  const base = hostFile === null ? null : await readJson(() => readFile(hostFile));
  const file = `${env.workdir.replace(/\/+$/, '')}/package.json`;
  const mine = await readJson(() => env.readFile(file));
  if (mine === null && base === null) return false;
  let next: string;
  if (mine === null || mine === 'unreadable') {
    if (hostFile === null || base === null) return false;
    next = await readFile(hostFile, 'utf8');
  } else {
    const wanted = base !== null && base !== 'unreadable' ? base[key] : undefined;
    if (JSON.stringify(mine[key]) === JSON.stringify(wanted)) return false;
    const { [key]: _dropped, ...rest } = mine;
    next = `${JSON.stringify(wanted === undefined ? rest : { ...rest, [key]: wanted }, null, 2)}\n`;
  }
  // A symlink planted under the name would take the write elsewhere: the name is removed first.
  const removed = await env.exec(['rm', '-rf', '--', file], { cwd: '/' });
  if (removed.exitCode !== 0) throw new GradeError(`cannot reset ${file}: ${removed.stderr.trim()}`);
  await env.writeFile(file, next);
  return true;
}
