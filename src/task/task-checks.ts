import { lstatSync, readdirSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Problems } from './problems.js';
import { readJsonFile, readText } from './read-structured.js';
import { isInside, type TaskPaths } from './task-paths.js';
import { validatePatchFile } from './validate-patch.js';

/**
 * Checks shared by every task layout: instruction text or file, patches, JSON side files.
 * Each records problems and returns null (never throws) so one load reports everything at once.
 */

const INSTRUCTION_FILE = /\.(md|txt)$/i;

/**
 * The instruction text. `value` is a file name when it ends in .md/.txt or names an existing file in the
 * task dir, otherwise inline text. A file that is missing or empty is a problem against `field`.
 */
export async function resolveInstruction(paths: TaskPaths, value: string, field: string): Promise<string | null> {
  const text = await instructionText(paths, value, field);
  if (text === null) return null;
  const bytes = Buffer.byteLength(text);
  if (bytes > INSTRUCTION_CAP_BYTES) {
    paths.problems.add(paths.source, field, `the instruction is ${bytes} bytes, over the cap of ${INSTRUCTION_CAP_BYTES} (agents get it in the OPSBENCH_INSTRUCTION variable, and Linux allows 128 KiB per variable); shorten it or move material into the repository`);
    return null;
  }
  return text;
}

/**
 * The most an instruction may hold, in bytes: the command agent gets it in an environment variable, where
 * Linux refuses more than 128 KiB (`spawn E2BIG`, which would read as the agent's failure).
 */
export const INSTRUCTION_CAP_BYTES = 100_000;

async function instructionText(paths: TaskPaths, value: string, field: string): Promise<string | null> {
  const text = value.trim();
  if (text === '') {
    paths.problems.add(paths.source, field, 'must not be empty: write what the agent is told, or name a file such as instruction.md');
    return null;
  }
  const oneLine = !text.includes('\n');
  const isFile = oneLine && (INSTRUCTION_FILE.test(text) || (await paths.optional(text, 'file')) !== null);
  if (!isFile) return text;
  const abs = await paths.resolve(text, field, 'file');
  if (abs === null) return null;
  const content = await readText(abs, paths.problems);
  if (content === undefined) return null;
  if (content.trim() === '') {
    paths.problems.add(paths.source, field, `file "${text}" is empty: write what the agent is told there`);
    return null;
  }
  return content;
}

/** Resolves a patch reference and checks it parses as a unified diff with at least one hunk. */
export async function resolvePatch(paths: TaskPaths, rel: string, field: string): Promise<string | null> {
  const abs = await paths.resolve(rel, field, 'file');
  if (abs === null) return null;
  return (await validatePatchFile(abs, paths.problems)) ? abs : null;
}

/** Resolves a JSON side file (chat, tracker, rubric) and checks it parses to an object or a list. */
export async function resolveJson(paths: TaskPaths, rel: string, field: string): Promise<string | null> {
  const abs = await paths.resolve(rel, field, 'file');
  if (abs === null) return null;
  const parsed = await readJsonFile(abs, paths.problems);
  if (!parsed) return null;
  if (parsed.value === null || typeof parsed.value !== 'object') {
    paths.problems.add(abs, '(top level)', 'expected a JSON object or list');
    return null;
  }
  return abs;
}

/**
 * Checks that the compose services hold the workspace and every service the task lists.
 * @returns false when something is missing (problems recorded against `source`)
 */
export function checkServicesDefined(
  problems: Problems,
  source: string,
  composeName: string,
  defined: readonly string[],
  wanted: { name: string; field: string }[]
): boolean {
  let ok = true;
  for (const { name, field } of wanted) {
    if (defined.includes(name)) continue;
    problems.add(source, field, `service "${name}" is not defined in ${composeName} (it defines: ${defined.join(', ') || 'nothing'})`);
    ok = false;
  }
  return ok;
}

/** A path as a problem line shows it: relative to the task dir, directories with a trailing slash. */
async function shown(dir: string, abs: string): Promise<string> {
  const isDir = statSync(abs, { throwIfNoEntry: false })?.isDirectory() ?? false;
  return `${path.relative(dir, abs) || '.'}${isDir ? '/' : ''}`;
}

/**
 * The workspace gets the repository directory as it is, so a repository that holds a hidden file (`repo: .`
 * holds task.yaml, test.patch and the solution) or lies inside a hidden directory shows the agent what it
 * must never see. Symlinks are resolved on both sides.
 * @param hidden absolute paths of the task's hidden files and directories (null entries are skipped)
 * @returns false when a problem was recorded against `field`
 */
export async function checkRepoHidesNothing(paths: TaskPaths, repo: string, field: string, hidden: readonly (string | null)[]): Promise<boolean> {
  const real = async (p: string) => {
    try {
      return realpathSync.native(p);
    } catch {
      return path.resolve(p);
    }
  };
  const repoReal = await real(repo);
  const inside: string[] = [];
  let around: string | null = null;
  for (const h of hidden) {
    if (h === null || h === '') continue;
    const hReal = await real(h);
    if (isInside(repoReal, hReal)) inside.push(await shown(paths.dir, h));
    else if (around === null && isInside(hReal, repoReal)) around = await shown(paths.dir, h);
  }
  const fix = 'move the repository into its own directory';
  if (inside.length > 0) {
    const what = inside.length === 1 ? `hidden file ${inside[0]}` : `hidden files ${inside.join(', ')}`;
    paths.problems.add(paths.source, field, `contains ${what}; ${fix}`);
    return false;
  }
  if (around !== null) {
    paths.problems.add(paths.source, field, `lies inside the hidden ${around}; ${fix}`);
    return false;
  }
  return true;
}

/** Inode identities (`dev:ino`) of every regular file at or under `p` (synchronous: see kindOf). */
function inodes(p: string, out = new Set<string>()): Set<string> {
  const st = lstatSync(p, { throwIfNoEntry: false });
  if (st === undefined) return out;
  if (st.isFile()) out.add(`${st.dev}:${st.ino}`);
  else if (st.isDirectory()) for (const name of readdirSync(p)) inodes(path.join(p, name), out);
  return out;
}

/**
 * A file of the task directory that is a hard link to a hidden file (under another name, in repo/ or a
 * build context) hands the hidden content to the workspace: path-based hiding cannot see it.
 * @param hidden absolute paths of the task's hidden files and directories (null entries are skipped)
 * @returns false when a problem was recorded
 */
export async function checkNoHardLinksToHidden(paths: TaskPaths, hidden: readonly (string | null)[]): Promise<boolean> {
  const hiddenPaths = hidden.filter((h): h is string => h !== null && h !== '').map((h) => path.resolve(h));
  const hiddenInodes = new Set<string>();
  for (const h of hiddenPaths) inodes(h, hiddenInodes);
  let ok = true;
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, entry.name);
      if (hiddenPaths.some((h) => p === h || p.startsWith(`${h}${path.sep}`))) continue;
      if (entry.isDirectory()) {
        if (entry.name !== '.git' && entry.name !== 'node_modules') walk(p);
      } else if (entry.isFile()) {
        const st = lstatSync(p);
        if (st.nlink > 1 && hiddenInodes.has(`${st.dev}:${st.ino}`)) {
          paths.problems.add(p, 'file', 'is a hard link to a hidden file (tests, patches, solution): the agent would read it; make it a copy of what it should hold, or remove it');
          ok = false;
        }
      }
    }
  };
  walk(paths.dir);
  return ok;
}
