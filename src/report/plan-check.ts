import type { RunPlan } from '../core/run-plan.js';
import type { PlanCheck } from './report-schema.js';
import { runKey } from './summarize.js';
import type { ReportRow } from './report-row.js';

/**
 * Holds delivered results against the plan: every planned leg must have delivered every (task, attempt) it
 * owed. A leg that uploaded nothing is `missing`, one that uploaded part is `partial`, one that said it
 * skipped (a fork PR without secrets) is `skipped` with its reason. Missing trials are never counted: the
 * scores are over what ran, and the gate decides what a gap means.
 */
export function checkAgainstPlan(plan: RunPlan, results: readonly ReportRow[], skipped: ReadonlyMap<string, string> = new Map()): PlanCheck {
  const delivered = new Set(results.map((r) => `${runKey(r)}\0${r.task_id}\0${r.attempt}`));
  const legs: PlanCheck['legs'] = [];
  const missing: PlanCheck['missing'] = [];
  for (const leg of plan.legs) {
    const key = runKey({ agent: leg.agent, model: leg.model });
    let got = 0;
    const owed: PlanCheck['missing'] = [];
    for (const task of leg.tasks) {
      const attempts: number[] = [];
      for (let a = 1; a <= plan.attempts; a++) {
        if (delivered.has(`${key}\0${task}\0${a}`)) got++;
        else attempts.push(a);
      }
      if (attempts.length) owed.push({ leg: leg.id, key, task_id: task, attempts });
    }
    const planned = leg.tasks.length * plan.attempts;
    const reason = skipped.get(leg.id);
    const status = got === planned ? 'complete' : reason !== undefined && got === 0 ? 'skipped' : got === 0 ? 'missing' : 'partial';
    legs.push({ id: leg.id, key, shard: leg.shard, status, planned, delivered: got, ...(reason !== undefined && { reason }) });
    missing.push(...owed);
  }
  return { suite_hash: plan.suite_hash, attempts: plan.attempts, legs, missing };
}

/** Legs that did not deliver and did not skip on purpose: what fails the gate unless `allow-missing`. */
export function undeliveredLegs(check: PlanCheck | null | undefined): PlanCheck['legs'] {
  return check?.legs.filter((l) => l.status === 'missing' || l.status === 'partial') ?? [];
}
