import type { TestStatus } from '../core/trial-result.js';
import type { TestCaseResult } from './outcome.js';

/** Worst first: a test that failed once in a run failed, whatever its other runs did. */
const SEVERITY: Record<TestStatus, number> = { passed: 0, skipped: 1, error: 2, failed: 3 };

export interface Duplicate {
  id: string;
  count: number;
  kept: TestStatus;
}

/**
 * One result per id, keeping the worst status when an id occurs more than once (`go test -count=2`,
 * pytest `--keep-duplicates`, two jest tests with the same title, one Surefire class in two executions).
 * Order is that of each id's first occurrence; `duplicates` says which ids were merged, for the log.
 */
export function mergeDuplicates(tests: readonly TestCaseResult[]): { tests: TestCaseResult[]; duplicates: Duplicate[] } {
  const byId = new Map<string, TestCaseResult>();
  const counts = new Map<string, number>();
  for (const t of tests) {
    counts.set(t.id, (counts.get(t.id) ?? 0) + 1);
    const seen = byId.get(t.id);
    if (!seen || SEVERITY[t.status] > SEVERITY[seen.status]) byId.set(t.id, { id: t.id, status: t.status });
  }
  const duplicates: Duplicate[] = [];
  for (const [id, count] of counts) {
    if (count > 1) duplicates.push({ id, count, kept: (byId.get(id) as TestCaseResult).status });
  }
  return { tests: [...byId.values()], duplicates };
}
