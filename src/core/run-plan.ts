import { z } from 'zod';

// The plan is a contract between the plan step (trial/plan.ts) and the report (report/plan-check.ts): it
// lives at the bottom so both can read it without either importing the other.

export const PlanLegSchema = z.object({
  /** Stable identity of the leg (agent, model, shard): artifact names and the report's plan check use it. */
  id: z.string(),
  agent: z.string(),
  model: z.string().nullable(),
  shard: z.string(),
  tasks: z.array(z.string())
});
export type PlanLeg = z.infer<typeof PlanLegSchema>;

/**
 * What `plan` promised: every leg and the tasks it owes, each run `attempts` times. The report holds the
 * delivered results against it, so a leg that never uploaded is a visible `missing`, not a silent 100%.
 */
export const RunPlanSchema = z.object({
  schema: z.literal(1),
  /** sha256 over the sorted task ids and content hashes: two plans of the same suite agree on it. */
  suite_hash: z.string(),
  attempts: z.number().int().positive(),
  legs: z.array(PlanLegSchema)
});
export type RunPlan = z.infer<typeof RunPlanSchema>;
