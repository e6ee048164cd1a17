import type { FlagRule } from '../frameworks/framework.js';
import { frameworks, type Framework } from '../frameworks/registry.js';
import { isConventionalTestPath } from './test-tree.js';

/**
 * Suspicious changes: what the agent changed OUTSIDE the test tree (the test tree goes back to the base
 * before grading, test-tree.ts) that reaches into the test runner. Such a change is recorded on the
 * TrialResult as `flags` (short codes) and shown in the report: a flag never changes the verdict, which
 * stays the tests'; it tells a human where to look. Detection reads the agent's diff only (the added lines
 * and the paths), so it is cheap and runs whatever the runtime. Each framework's own rules are in its file
 * (`flagRules`, src/frameworks/); only the rules common to all are here.
 */

/**
 * Every framework's: writing or rewriting the report a runner leaves (JUnit XML, a results file) from the
 * project's code, or printing one under the mark the suite's exec prints its report with (grade/run-suite.ts).
 */
const COMMON_RULES: FlagRule[] = [
  { code: 'report-file', path: /./, added: /<testsuites?\b|<testcase\b|--junit-?xml|junit_family|JUNIT_OUTPUT|surefire-reports|TEST-[\w.*-]*\.xml|opsbench-report/i }
];

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
  const { flagRules = [], harnessFiles: harness } = frameworks[framework];
  const rules = [...flagRules, ...COMMON_RULES];
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
