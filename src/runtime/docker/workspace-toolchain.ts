import { frameworks } from '../../frameworks/registry.js';
import type { Task } from '../../task/task.js';

/*
 * What the shared workspace image (compose/workspace/Dockerfile) installs for a task without a Dockerfile:
 * the toolchain of its language and the runner of its test framework (each framework's `toolchain`,
 * src/frameworks/), as build args, so every language shares the image's first layer and adds its own on
 * top. Debian bookworm's packages, pinned to the distribution (its point releases only bring fixes); the
 * JavaScript runners come from npm.
 */

/** A task's language may ask for more than its framework's runner (TypeScript under vitest needs nothing more; Go under ctest would). */
const BY_LANGUAGE: Record<string, string[]> = {
  python: ['python3'],
  go: ['golang-go'],
  typescript: ['nodejs', 'npm'],
  javascript: ['nodejs', 'npm'],
  java: ['default-jdk-headless', 'maven'],
  cpp: ['cmake', 'g++', 'make']
};

/** The build args that give the shared workspace image this task's toolchain and test runner. */
export function toolchainBuildArgs(task: Task): Record<string, string> {
  const framework = frameworks[task.tests.framework].toolchain;
  const apt = [...new Set([...framework.apt, ...(BY_LANGUAGE[task.language ?? ''] ?? [])])].sort();
  return { EXTRA_APT_PACKAGES: apt.join(' '), EXTRA_NPM_PACKAGES: framework.npm.join(' ') };
}
