import { cargo } from './cargo.js';
import { ctest } from './ctest.js';
import type { TestFramework } from './framework.js';
import { go } from './go.js';
import { jest } from './jest.js';
import { junit } from './junit.js';
import { pytest } from './pytest.js';
import { vitest } from './vitest.js';

/**
 * The test frameworks: the only list. The task schema's `tests.framework` enum, APEX-SWE's
 * `test_framework` names, the local runtime's toolchain check and the workspace image's packages all
 * follow its keys. A new framework is one file (framework.ts's TestFramework) plus one line here
 * (docs/architecture.md, Registries).
 */
export const frameworks = {
  pytest,
  go,
  jest,
  vitest,
  junit,
  ctest,
  cargo
} satisfies Record<string, TestFramework>;

export type Framework = keyof typeof frameworks;

export const FRAMEWORKS = Object.keys(frameworks) as [Framework, ...Framework[]];

/** The accepted APEX-SWE spellings, for the "not supported" message: `go (gotest, go test, golang), ...`. */
export const FRAMEWORK_ALIAS_HELP = FRAMEWORKS.map((name) => {
  const aliases = frameworks[name].apexAliases;
  return aliases.length > 0 ? `${name} (${aliases.join(', ')})` : name;
}).join(', ');

/** Maps APEX-SWE's test_framework value to ours, or null when OpsBench has no runner for it. */
export function mapApexFramework(value: string): Framework | null {
  const wanted = value.trim().toLowerCase();
  return FRAMEWORKS.find((name) => name === wanted || frameworks[name].apexAliases.includes(wanted)) ?? null;
}
