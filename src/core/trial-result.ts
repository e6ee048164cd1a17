import { z } from 'zod';

/** results.jsonl, one TrialResult per line (docs/architecture.md "Results", a **contract**: bump `schema` on change). */
export const RESULT_SCHEMA_VERSION = 1 as const;

export const TrialStatusSchema = z.enum(['passed', 'failed', 'error']);
export type TrialStatus = z.infer<typeof TrialStatusSchema>;

export const StopReasonSchema = z.enum([
  'submitted',
  'agent_timeout',
  'step_limit',
  'token_limit',
  'cost_limit',
  'crashed'
]);
export type StopReason = z.infer<typeof StopReasonSchema>;

/** Error classes: why a trial is `error` rather than a verdict on the agent. */
export const ErrorClassSchema = z.enum([
  'build',
  'daemon',
  'env_start',
  'env_unhealthy',
  'provider',
  'timeout_infra',
  'patch',
  'grade',
  'agent_setup',
  'cancelled',
  'skipped',
  // The task did not load (`path: field: problem` in error_message): the valid tasks of the set ran anyway.
  'invalid',
  'internal'
]);
export type ErrorClass = z.infer<typeof ErrorClassSchema>;

const Count = z.object({ passed: z.number().int().nonnegative(), total: z.number().int().nonnegative() });

export const TestStatusSchema = z.enum(['passed', 'failed', 'skipped', 'error']);
export type TestStatus = z.infer<typeof TestStatusSchema>;

/**
 * One layer of APEX-SWE's test_layers.json as graded in one trial (grade/layers.ts): passed when every one of
 * its tests passed (APEX's layer_passed). `threshold` is held against all trials in the report, not here.
 */
export const LayerResultSchema = z.object({
  name: z.string(),
  threshold: z.object({ kind: z.enum(['pass@k', 'pass^k']), value: z.number().min(0).max(1) }),
  passed: z.boolean(),
  tests: z.array(z.object({ id: z.string(), status: TestStatusSchema, message: z.string().optional() }))
});
export type LayerResult = z.infer<typeof LayerResultSchema>;

/**
 * APEX-SWE's process verification of one trial (grade/process-checks.ts): each of test_metadata.json's
 * process_checks against the agent's conversation, with APEX's totals. Recorded, never part of the verdict.
 */
export const ProcessVerificationSchema = z.object({
  checks: z.array(z.object({ service: z.string(), description: z.string(), required: z.boolean(), passed: z.boolean() })),
  total: z.number().int().nonnegative(),
  passed: z.number().int().nonnegative(),
  required_passed: z.number().int().nonnegative(),
  required_total: z.number().int().nonnegative(),
  all_required_passed: z.boolean()
});
export type ProcessVerification = z.infer<typeof ProcessVerificationSchema>;

export const TrialResultSchema = z.object({
  schema: z.literal(RESULT_SCHEMA_VERSION),
  run_id: z.string(),
  task_id: z.string(),
  family: z.enum(['integration', 'observability']),
  language: z.string().nullable(),
  services: z.array(z.string()),
  agent: z.string(),
  model: z.string().nullable(),
  attempt: z.number().int().nonnegative(),
  status: TrialStatusSchema,
  error_class: ErrorClassSchema.nullable(),
  /** Human-readable reason for `error` (and for skips). Extra to the contract's minimum; readers ignore it. */
  error_message: z.string().nullable().optional(),
  stop_reason: StopReasonSchema.nullable(),
  fail_to_pass: Count,
  pass_to_pass: Count,
  correctness: z.number().min(0).max(1),
  tests: z.array(z.object({ id: z.string(), status: TestStatusSchema })),
  durations_ms: z.object({
    env: z.number().nonnegative(),
    agent: z.number().nonnegative(),
    grade: z.number().nonnegative(),
    teardown: z.number().nonnegative(),
    /** Time this trial waited for its task's FAIL_TO_PASS / PASS_TO_PASS to be computed (absent: given or cached). */
    f2p_p2p: z.number().nonnegative().optional()
  }),
  episodes: z.number().int().nonnegative(),
  tokens: z.object({
    input: z.number().int().nonnegative(),
    output: z.number().int().nonnegative(),
    cache_read: z.number().int().nonnegative(),
    cache_write: z.number().int().nonnegative()
  }),
  cost_usd: z.number().nonnegative(),
  started_at: z.string(),
  finished_at: z.string(),
  harness_version: z.string(),
  task_hash: z.string(),
  /** Optional extras: how the environment was obtained, the test command's own time. */
  image: z.enum(['built', 'reused', 'none']).optional(),
  test_command_ms: z.number().nonnegative().optional(),
  /**
   * Optional extra: a short sha256 hex of the agent's settings (command line, model options, base URL, limits;
   * never a key), so resume keeps a result only for the same configuration. Absent in older results.
   */
  agent_config: z.string().optional(),
  /** Optional extra: the task's test_layers.json layers, graded in this trial. Absent for tasks without layers. */
  layers: z.array(LayerResultSchema).optional(),
  /** Optional extra: APEX's process_checks verified against the trajectory. Absent for tasks without them. */
  process_verification: ProcessVerificationSchema.optional(),
  /**
   * Optional extra: short codes of suspicious changes the agent made outside the test tree that reach into
   * the test runner (grade/flags.ts, e.g. `pytest-internals`). A flag never changes the verdict. Absent: none.
   */
  flags: z.array(z.string()).optional()
});
export type TrialResult = z.infer<typeof TrialResultSchema>;
