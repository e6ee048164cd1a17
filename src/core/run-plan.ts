import { z } from 'zod';
import { UserInputError } from './errors.js';

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

/** The configuration fields plan problems name as `{field}`; each front end spells them as its flag or input. */
export type PlanField = 'tasks' | 'models' | 'shards' | 'attempts' | 'plan';

/** A plan as `plan` wrote it (plan.json, the Action's plan output); a bad one is a problem naming `{plan}`. */
export function parseRunPlan(text: string, hint: string): RunPlan {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new UserInputError(`{plan} is not JSON; ${hint}`);
  }
  const parsed = RunPlanSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new UserInputError(`{plan}: ${issue.path.join('.') || '(root)'}: ${issue.message}; ${hint}`);
  }
  return parsed.data;
}
