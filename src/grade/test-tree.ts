import { readdir } from 'node:fs/promises';
import path from 'node:path';
import type { Environment } from '../runtime/environment.js';

/**
 * The test tree: every file the grader puts back to the base before the test patch applies, so that no
 * change the agent made there counts (an existing test rewritten to trivial ones, a `tests/__init__.py`
 * that patches the runner, a planted fixture). Made of
 * - files in a directory named like a test directory anywhere in the repository ({@link TEST_DIRS});
 * - files named like tests by the frameworks' conventions ({@link TEST_FILE_GLOBS}), wherever they are;
 * - the directories test.patch touches, whole, when they are test directories by content: every base file
 *   under them is a test file or one test.patch touches (Go's `config/` holds `config.go` next to
 *   `config_test.go`, so only the test files there count, never the code under test);
 * - the harness files a framework names (conftest.py, jest.config.*: each framework's `harnessFiles`, src/frameworks/).
 * Each in the workspace (to be deleted when the base lacks it) or in the base (to be restored).
 */

/** Directory names that hold tests by convention (Java's src/test included). */
export const TEST_DIRS = ['tests', 'test', '__tests__', 'testdata'];

const SCRIPT = ['js', 'jsx', 'ts', 'tsx', 'mjs', 'cjs', 'mts', 'cts'];

/** Basename globs (`*` only) of test files by the frameworks' conventions. */
export const TEST_FILE_GLOBS = [
  'test_*.py',
  '*_test.py',
  '*_test.go',
  ...SCRIPT.flatMap((e) => [`*.test.${e}`, `*.spec.${e}`]),
  '*Test.java',
  '*Tests.java',
  '*_test.cc',
  '*_test.cpp',
  'test_*.cc',
  'test_*.cpp'
];

/** Dependency trees a workspace may hold: their files are the toolchain's, not the project's. */
export const PRUNED = ['.git', 'node_modules', '.venv', 'venv', 'site-packages'];

function globRegex(glob: string): RegExp {
  return new RegExp(`^${glob.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);
}

const FILE_PATTERNS = TEST_FILE_GLOBS.map(globRegex);

/** Whether a repository-relative file path is in the test tree by convention alone. */
export function isConventionalTestPath(rel: string, harnessFiles: readonly string[] = []): boolean {
  const parts = rel.split('/');
  const base = parts[parts.length - 1] ?? '';
  if (parts.slice(0, -1).some((d) => TEST_DIRS.includes(d))) return true;
  return harnessFiles.includes(base) || FILE_PATTERNS.some((re) => re.test(base));
}

/**
 * The directories of `patched` (test.patch's paths) reset whole: not the repository root, and every base
 * file under them is a conventional test file or patched.
 */
export function wholeTestDirs(patched: readonly string[], baseFiles: readonly string[]): string[] {
  const touched = new Set(patched.map((p) => path.posix.dirname(p)).filter((d) => d !== '.'));
  const patchedSet = new Set(patched);
  return [...touched].filter((dir) =>
    baseFiles.filter((f) => f.startsWith(`${dir}/`)).every((f) => patchedSet.has(f) || isConventionalTestPath(f))
  ).sort();
}

/**
 * Every path of the test tree (repository-relative, sorted), present in `env`'s workdir or in the base.
 * One `find` in the environment; the base is read on the host.
 */
export async function testTreePaths(env: Environment, hostRepo: string | null, patched: readonly string[], harnessFiles: readonly string[]): Promise<string[]> {
  const baseFiles = hostRepo === null ? [] : await listHostFiles(hostRepo);
  const dirs = wholeTestDirs(patched, baseFiles);
  const inDirs = (rel: string) => dirs.some((d) => rel.startsWith(`${d}/`));
  const or = (tests: string[][]) => tests.flatMap((t, i) => [...(i > 0 ? ['-o'] : []), ...t]);
  const found = await env.exec(
    [
      'find', '.',
      '(', ...or(PRUNED.map((n) => ['-name', n])), ')', '-prune', '-o',
      '(', '-type', 'f', '-o', '-type', 'l', ')',
      '(', ...or([
        ...TEST_DIRS.map((d) => ['-path', `*/${d}/*`]),
        ...[...TEST_FILE_GLOBS, ...harnessFiles].map((g) => ['-name', g]),
        ...dirs.map((d) => ['-path', `./${d}/*`])
      ]), ')',
      '-print0'
    ],
    { cwd: env.workdir }
  );
  const present = found.stdout.split('\0').filter((p) => p !== '').map((p) => p.replace(/^\.\//, ''));
  const inBase = baseFiles.filter((f) => inDirs(f) || isConventionalTestPath(f, harnessFiles));
  return [...new Set([...present, ...inBase, ...patched])].sort();
}

/** Files and symlinks of the base repository on the host, outside {@link PRUNED}. */
async function listHostFiles(root: string, rel = ''): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(path.join(root, rel), { withFileTypes: true })) {
    const child = rel === '' ? entry.name : `${rel}/${entry.name}`;
    if (entry.isDirectory()) {
      if (!PRUNED.includes(entry.name)) out.push(...(await listHostFiles(root, child)));
    } else if (entry.isFile() || entry.isSymbolicLink()) out.push(child);
  }
  return out;
}
