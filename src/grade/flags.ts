import type { Framework } from '../task/schema.js';
import { frameworks } from '../frameworks/registry.js';
import { isConventionalTestPath } from './test-tree.js';

/**
 * Suspicious changes: what the agent changed OUTSIDE the test tree (the test tree goes back to the base
 * before grading, test-tree.ts) that reaches into the test runner. Such a change is recorded on the
 * TrialResult as `flags` (short codes) and shown in the report: a flag never changes the verdict, which
 * stays the tests'; it tells a human where to look. Detection reads the agent's diff only (the added lines
 * and the paths), so it is cheap and runs whatever the runtime.
 */

/** One rule: a change to a file whose path matches `path`, with an added line matching `added` (any line when absent). */
export interface FlagRule {
  code: string;
  path: RegExp;
  added?: RegExp;
}

const PY = /\.py$/;
const SCRIPT = /\.(?:[cm]?[jt]sx?)$/;
const GO = /\.go$/;

/**
 * Per framework, then `common` for every task. Kept as one small table so that a framework's own module
 * can take its rows over later.
 */
export const FLAG_RULES: Record<Framework | 'common', FlagRule[]> = {
  pytest: [
    // _pytest is pytest's private implementation: project code has no reason to import it.
    { code: 'pytest-internals', path: PY, added: /^\s*(?:from\s+_pytest[\s.]|import\s+_pytest\b)|\b_pytest\.\w/ },
    { code: 'pytest-hook', path: PY, added: /@pytest\.hookimpl|^\s*def\s+pytest_\w+\s*\(|^\s*pytest_plugins\s*=/ },
    { code: 'pytest-plugin-entry-point', path: /(?:^|\/)(?:setup\.py|setup\.cfg|pyproject\.toml|entry_points\.txt)$/, added: /pytest11/ },
    { code: 'python-startup-hook', path: /(?:\.pth|(?:^|\/)(?:site|user)customize\.py)$/ }
  ],
  jest: [],
  vitest: [],
  go: [
    { code: 'go-testing-internals', path: GO, added: /\btesting\.(?:MainStart|Init|RegisterCover|InternalTest|M\b)|go:linkname\s+\S+\s+testing\./ },
    { code: 'go-fake-test-events', path: GO, added: /"Action"\s*:\s*"(?:pass|fail)"/ }
  ],
  junit: [],
  cargo: [],
  ctest: [
    { code: 'ctest-test-properties', path: /(?:^|\/)(?:CMakeLists\.txt|[^/]+\.cmake|CTestTestfile\.cmake)$/, added: /\b(?:WILL_FAIL|PASS_REGULAR_EXPRESSION|SKIP_RETURN_CODE|SKIP_REGULAR_EXPRESSION)\b/ }
  ],
  common: [
    // Writing or rewriting the report a runner leaves (JUnit XML, a results file) from the project's code.
    { code: 'report-file', path: /./, added: /<testsuites?\b|<testcase\b|--junit-?xml|junit_family|JUNIT_OUTPUT|surefire-reports|TEST-[\w.*-]*\.xml/i }
  ]
};

// jest and vitest share their globals and internals.
const JS_RUNNER: FlagRule[] = [
  { code: 'js-test-globals', path: SCRIPT, added: /\b(?:global|globalThis|window)\s*(?:\.\s*|\[\s*['"`])(?:test|it|expect|describe|beforeEach|afterEach|beforeAll|afterAll|jest|vi)\b(?:['"`]\s*\])?\s*=[^=]|Object\.defineProperty\(\s*(?:global|globalThis)\s*,\s*['"`](?:test|it|expect|describe)['"`]/ },
  { code: 'js-runner-internals', path: SCRIPT, added: /['"`](?:jest-circus|jest-jasmine2|@jest\/(?:core|reporters|test-result|expect)|jest-runner|@vitest\/(?:runner|expect)|vitest\/(?:runners|node|reporters))(?:\/[^'"`]*)?['"`]/ }
];
FLAG_RULES.jest.push(...JS_RUNNER);
FLAG_RULES.vitest.push(...JS_RUNNER);

/** One file of a patch: its path (the new one; the old for a deletion) and its added lines. */
interface PatchFile {
  path: string;
  added: string[];
}

/** The files of a `git diff` patch with their added lines (binary parts and headers are not lines). */
export function patchFiles(diff: string): PatchFile[] {
  const files: PatchFile[] = [];
  let current: PatchFile | undefined;
  let inHunk = false;
  for (const line of diff.split('\n')) {
    if (line.startsWith('diff --git ')) {
      const at = line.lastIndexOf(' b/');
      current = { path: at < 0 ? line.slice(11) : line.slice(at + 3), added: [] };
      files.push(current);
      inHunk = false;
    } else if (!current) {
      continue;
    } else if (line.startsWith('@@')) {
      inHunk = true;
    } else if (!inHunk && line.startsWith('+++ ') && line !== '+++ /dev/null') {
      current.path = unquote(line.slice(4)).replace(/^b\//, '');
    } else if (inHunk && line.startsWith('+')) {
      current.added.push(line.slice(1));
    } else if (line.startsWith('GIT binary patch')) {
      inHunk = false;
    }
  }
  return files;
}

/** git quotes a path with unusual bytes: "a\tb" -> a<TAB>b (octal escapes left as they are). */
function unquote(p: string): string {
  if (!p.startsWith('"') || !p.endsWith('"')) return p;
  return p.slice(1, -1).replace(/\\(["\\tn])/g, (_, c: string) => (c === 't' ? '\t' : c === 'n' ? '\n' : c));
}

/**
 * The flag codes of an agent's patch for a task of `framework` (sorted, each once): the rules of the
 * framework and the common ones, over files outside the test tree (conventional test paths and the
 * framework's harness files, which the grader resets anyway).
 */
export function detectFlags(diff: string, framework: Framework): string[] {
  const rules = [...FLAG_RULES[framework], ...FLAG_RULES.common];
  const harness = frameworks[framework].harnessFiles;
  const found = new Set<string>();
  for (const file of patchFiles(diff)) {
    if (isConventionalTestPath(file.path, harness)) continue;
    for (const rule of rules) {
      if (found.has(rule.code) || !rule.path.test(file.path)) continue;
      const { added } = rule;
      if (added === undefined || file.added.some((l) => added.test(l))) found.add(rule.code);
    }
  }
  return [...found].sort();
}
