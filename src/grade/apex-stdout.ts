import type { TestCaseResult } from './outcome.js';

/**
 * APEX-SWE's verdict from a test script's stdout, as integration/src/harness/evaluator.py's
 * `_parse_test_output` reads it, in its order:
 * 1. inside a block opened by a line containing "results starts here" (any case; "SWEBench results starts
 *    here" too) and closed by "results ends here", the first line that is exactly PASSED or FAILED;
 * 2. else, from the last line up: a line with "N failed" (N > 0) fails; a line with "N passed" (N > 0) and
 *    "in X.Ys" passes; a line like "=== FAILED ===" fails;
 * 3. else no verdict (APEX grades that `error`).
 * @returns true (passed), false (failed) or null (no verdict)
 */
export function apexStdoutVerdict(stdout: string): boolean | null {
  if (!stdout) return null;
  const lines = stdout.split('\n');
  let inBlock = false;
  for (const line of lines) {
    const t = line.trim();
    if (t.toLowerCase().includes('results starts here')) {
      inBlock = true;
      continue;
    }
    if (t.toLowerCase().includes('results ends here')) break;
    if (inBlock && t === 'PASSED') return true;
    if (inBlock && t === 'FAILED') return false;
  }
  for (const line of [...lines].reverse()) {
    const t = line.trim();
    const failed = /(\d+)\s+failed/.exec(t);
    if (failed && Number(failed[1]) > 0) return false;
    const passed = /(\d+)\s+passed/.exec(t);
    if (passed && /in\s+[\d.]+s/.test(t) && Number(passed[1]) > 0) return true;
    if (/^=+\s*FAILED\s*=+/.test(t)) return false;
  }
  return null;
}

const SUMMARY_LINE = /^(PASSED|FAILED|ERROR|XFAIL|XPASS) (\S+)(?: - .*)?$/;
const STATUS: Record<string, TestCaseResult['status']> = { PASSED: 'passed', FAILED: 'failed', ERROR: 'error', XFAIL: 'skipped', XPASS: 'passed' };

/**
 * Per-test results from pytest's `-rA` short test summary (`PASSED test_outputs.py::test_upload`,
 * `FAILED test_outputs.py::test_rows - AssertionError: ...`), read only inside the "short test summary
 * info" section (the last one), so a line the code under test printed is not taken for a result.
 * Skips carry no node id there (`SKIPPED [1] file.py:12: reason`) and are left out.
 */
export function pytestSummaryResults(stdout: string): TestCaseResult[] {
  const out: TestCaseResult[] = [];
  let inSummary = false;
  for (const line of stdout.split('\n')) {
    const t = line.trimEnd();
    if (/^=+ short test summary info =+$/.test(t)) {
      // The real summary is pytest's last section: a copy printed earlier by the code under test is dropped.
      out.length = 0;
      inSummary = true;
      continue;
    }
    if (!inSummary) continue;
    if (/^=+ .* =+$/.test(t)) {
      inSummary = false;
      continue;
    }
    const m = SUMMARY_LINE.exec(t);
    if (m?.[1] && m[2]) out.push({ id: m[2], status: STATUS[m[1]] ?? 'error' });
  }
  return out;
}
