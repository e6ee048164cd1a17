import { z } from 'zod';

/** report.json: the merged view of every leg (docs/architecture.md "Results"). Bump `schema` on change. */
const Counts = z.object({ n: z.number().int(), c: z.number().int() });

export const RunSummarySchema = z.object({
  key: z.string(),
  agent: z.string(),
  model: z.string().nullable(),
  tasks: z.number().int(),
  trials: z.number().int(),
  passed: z.number().int(),
  failed: z.number().int(),
  errors: z.number().int(),
  skipped: z.number().int(),
  pass_at_1: z.number(),
  ci95: z.tuple([z.number(), z.number()]),
  pass_at_k: z.record(z.string(), z.number()),
  /** pass^k: the chance that k attempts all pass (consistency, tau-bench), for the same k as pass@k. */
  pass_hat_k: z.record(z.string(), z.number()).default({}),
  mean_correctness: z.number(),
  cost_usd: z.number(),
  tokens: z.object({ input: z.number(), output: z.number(), cache_read: z.number(), cache_write: z.number() }),
  by_family: z.record(z.string(), z.object({ tasks: z.number().int(), pass_at_1: z.number() })),
  error_classes: z.record(z.string(), z.number().int())
});
export type RunSummary = z.infer<typeof RunSummarySchema>;

export const TaskRowSchema = z.object({
  task_id: z.string(),
  family: z.string(),
  language: z.string().nullable(),
  runs: z.record(
    z.string(),
    Counts.extend({
      skipped: z.number().int(),
      errors: z.number().int(),
      invalid: z.number().int().optional(),
      /** The flag codes of this task's trials in this run (TrialResult.flags), each once; absent when none. */
      flags: z.array(z.string()).optional()
    })
  )
});
export type TaskRow = z.infer<typeof TaskRowSchema>;

export const TaskChangeSchema = z.object({
  task_id: z.string(),
  baseline: Counts,
  current: Counts,
  p_value: z.number(),
  significant: z.boolean()
});
export type TaskChange = z.infer<typeof TaskChangeSchema>;

export const RunComparisonSchema = z.object({
  key: z.string(),
  baseline_pass_at_1: z.number(),
  pass_at_1: z.number(),
  delta: z.number(),
  paired_tasks: z.number().int(),
  p_value: z.number(),
  /** Present when p_value was sampled (many paired tasks): its Monte Carlo standard error. Absent = exact. */
  p_value_error: z.number().optional(),
  /** Significant at alpha AND a drop of at least min-delta: what gates the merge. */
  regression: z.boolean(),
  regressed_tasks: z.array(TaskChangeSchema),
  improved_tasks: z.array(TaskChangeSchema),
  /** Tasks the baseline ran for this key that this run did not: a shard that never reported shows up here. */
  unrun_tasks: z.array(z.string()).default([])
});
export type RunComparison = z.infer<typeof RunComparisonSchema>;

/** Delivered results held against the plan (plan-check.ts). */
export const PlanCheckSchema = z.object({
  suite_hash: z.string(),
  attempts: z.number().int(),
  legs: z.array(
    z.object({
      id: z.string(),
      key: z.string(),
      shard: z.string(),
      status: z.enum(['complete', 'partial', 'missing', 'skipped']),
      planned: z.number().int(),
      delivered: z.number().int(),
      reason: z.string().optional()
    })
  ),
  missing: z.array(z.object({ leg: z.string(), key: z.string(), task_id: z.string(), attempts: z.array(z.number().int()) }))
});
export type PlanCheck = z.infer<typeof PlanCheckSchema>;

/** Where the baseline came from, so the reader can judge it (a cache entry of the base commit, a file). */
export const BaselineSourceSchema = z.object({
  /** e.g. "base commit abc1234", "newest default-branch report (commit def5678)", "file baseline.json". */
  label: z.string(),
  commit: z.string().nullable(),
  generated_at: z.string().nullable()
});
export type BaselineSource = z.infer<typeof BaselineSourceSchema>;

/** One APEX test layer of one task under one agent+model, over its trials (layers.ts). */
export const LayerSummarySchema = z.object({
  task_id: z.string(),
  key: z.string(),
  name: z.string(),
  threshold: z.object({ kind: z.enum(['pass@k', 'pass^k']), value: z.number() }),
  trials: z.number().int(),
  passed: z.number().int(),
  /** 1 when at least one trial passed the layer. */
  pass_at_k: z.number(),
  /** 1 when every trial passed the layer. */
  pass_hat_k: z.number(),
  pass_rate: z.number(),
  /** The threshold held against pass^k (`pass^k: x`) or the pass rate (`pass@k: x`), as APEX-SWE does. */
  verdict: z.enum(['pass', 'fail'])
});
export type LayerSummary = z.infer<typeof LayerSummarySchema>;

export const ReportSchema = z.object({
  schema: z.literal(1),
  generated_at: z.string(),
  harness_version: z.string(),
  runs: z.array(RunSummarySchema),
  tasks: z.array(TaskRowSchema),
  comparison: z
    .object({ alpha: z.number(), min_delta: z.number(), runs: z.array(RunComparisonSchema), baseline: BaselineSourceSchema.optional() })
    .nullable(),
  /** Absent when no plan was given (the CLI on plain results files). */
  plan_check: PlanCheckSchema.nullable().optional(),
  /** Why there is no comparison, when there is none (no baseline found, baseline: none). */
  baseline_note: z.string().optional(),
  /** APEX-SWE test layers (test_layers.json) per task and run; absent when no task had layers. */
  layers: z.array(LayerSummarySchema).optional()
});
export type Report = z.infer<typeof ReportSchema>;
