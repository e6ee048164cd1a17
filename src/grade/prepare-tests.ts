import path from 'node:path';
import type { Environment } from '../runtime/environment.js';
import type { Task } from '../task/task.js';
import { frameworks } from '../frameworks/registry.js';
import { applyPatchFile, readPatchPaths } from './patch-files.js';
import { resetToBase } from './reset-files.js';
import { resetPackageJsonKey } from './reset-package-key.js';
import { testTreePaths } from './test-tree.js';

/**
 * Puts the grader's tests in place once the agent has stopped, and returns the variables the test
 * command needs.
 *
 * - Observability (test.patch): the whole test tree (test-tree.ts: test directories and files by the
 *   frameworks' conventions, the directories the patch touches, the files the runner reads to rewrite its
 *   own results such as conftest.py, jest configs, package.json#jest) goes back to the base,
 *   copied from the task's repository on the host (new ones deleted; reset-files.ts says why not git),
 *   then the patch is applied from a copy outside the workspace, the repository's git configuration taken
 *   over by the harness first. The agent's edits to those files, or its deletions, do not survive.
 * - Integration (tests/): the suite is copied into `<scratchDir>/tests`, outside the workspace, and the
 *   command gets its path as TEST_DIR (Terminal-Bench's convention): the agent never saw it.
 *
 * @throws PatchApplyError when a file cannot be reset or the test patch does not apply (git's reason);
 *   GradeError when the workspace's git repository cannot be taken over
 */
export async function prepareTests(env: Environment, task: Task, scratchDir: string): Promise<Record<string, string>> {
  await prepareTestTree(env, task, scratchDir);
  return placeTests(env, task, scratchDir);
}

/**
 * The observability half of {@link prepareTests}: the test tree back to the base and test.patch applied in
 * `env`'s workdir (nothing to do without a test patch). It may run on a host copy of the agent's files
 * before they go into the grading container (Environment.graderEnvironment's `prepareFiles`).
 */
export async function prepareTestTree(env: Environment, task: Task, scratchDir: string): Promise<void> {
  const testPatch = task.hidden.testPatch;
  if (testPatch === null) return;
  const adapter = frameworks[task.tests.framework];
  const hostRepo = task.environment.repo;
  const patched = await readPatchPaths(testPatch, 'test.patch');
  await resetToBase(env, { hostRepo, scratchDir }, await testTreePaths(env, hostRepo, patched, adapter.harnessFiles));
  if (adapter.packageJsonKey) await resetPackageJsonKey(env, hostRepo, adapter.packageJsonKey);
  await applyPatchFile(env, testPatch, 'test.patch');
}

/** The integration half of {@link prepareTests}: tests/ copied to `<scratchDir>/tests`, its path as TEST_DIR. */
export async function placeTests(env: Environment, task: Task, scratchDir: string): Promise<Record<string, string>> {
  const testsDir = task.hidden.testsDir;
  if (testsDir === null) return {};
  const dest = `${scratchDir}/tests`;
  await env.copyIn(testsDir, dest);
  const runTests = task.hidden.runTests;
  if (runTests !== null && path.relative(testsDir, runTests).startsWith('..')) {
    await env.copyIn(runTests, `${dest}/${path.basename(runTests)}`);
  }
  return { TEST_DIR: dest };
}
