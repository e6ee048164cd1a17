import { z } from 'zod';

/**
 * APEX-SWE's own task files (github.com/Mercor-Intelligence/apex-swe, arXiv 2601.08806), read as the
 * harness there reads them: integration/src/harness/executor.py (`_load_task_context`: task_data.get(...) of
 * instruction, max_agent_timeout_sec, max_test_timeout_sec) and observability/eval_runner/inspect_scorer.py
 * (metadata.get("test_command"), ...). Those loaders read the fields they need and ignore the rest, and real
 * tasks carry keys of their own (task_id, name, description, category, tags, test_scripts, process_checks):
 * so these schemas are loose, unlike OpsBench's own task.yaml. The fields OpsBench reads are still typed.
 */

const seconds = z.number().positive();

/**
 * Integration task.yaml: the instruction is inline text; timeouts are seconds (APEX writes 3600.0).
 * `test_scripts` (Terminal-Bench's convention, which APEX's newer tasks use: `[setup-uv-pytest.sh,
 * run-uv-pytest.sh]`) names the grading scripts when the task has no run-tests.sh.
 */
export const ApexIntegrationYamlSchema = z.looseObject({
  instruction: z.string().trim().min(1, 'must not be empty'),
  parser_name: z.string().optional(),
  max_agent_timeout_sec: seconds.optional(),
  max_test_timeout_sec: seconds.optional(),
  test_scripts: z.array(z.string().trim().min(1, 'must not be empty')).optional()
});
export type ApexIntegrationYaml = z.infer<typeof ApexIntegrationYamlSchema>;

/**
 * One entry of test_metadata.json's `process_checks`: evidence in the agent's conversation that it used a
 * service (observability/eval_runner/inspect_scorer.py, evaluate_process_from_messages: the service name must
 * appear, and `pattern`, a regex, must match when given).
 */
export const ApexProcessCheckSchema = z.looseObject({
  service: z.string().trim().min(1, 'must not be empty'),
  description: z.string().optional(),
  required: z.boolean().optional(),
  pattern: z
    .string()
    .refine((p) => compiles(p.toLowerCase()), 'is not a regular expression OpsBench can run (JavaScript syntax; Python-only forms such as (?P<name>...) are not)')
    .optional()
});
export type ApexProcessCheck = z.infer<typeof ApexProcessCheckSchema>;

function compiles(pattern: string): boolean {
  try {
    new RegExp(pattern);
    return true;
  } catch {
    return false;
  }
}

/** An observability dir may carry a task.yaml too; there the instruction is optional (problem_statement.md). */
export const ApexObservabilityYamlSchema = ApexIntegrationYamlSchema.extend({
  instruction: z.string().trim().min(1, 'must not be empty').optional(),
  /** Read when test_metadata.json has none, as APEX's scorer does. */
  process_checks: z.array(ApexProcessCheckSchema).optional()
});
export type ApexObservabilityYaml = z.infer<typeof ApexObservabilityYamlSchema>;

/** Keys only an APEX-SWE / Terminal-Bench task.yaml has: one of them (and no `family`) selects the APEX reader. */
export const APEX_YAML_KEYS = [
  'task_id',
  'max_agent_timeout_sec',
  'max_test_timeout_sec',
  'parser_name',
  'run_tests_in_same_shell',
  'test_scripts',
  'disable_asciinema',
  'author_email',
  'author_name',
  'difficulty',
  'category',
  'expert_time_estimate_min',
  'junior_time_estimate_min',
  'estimated_duration_sec'
] as const;

const testIds = z.array(z.string().min(1));

/**
 * test_metadata.json. APEX-SWE writes FAIL_TO_PASS / PASS_TO_PASS (SWE-bench style); the lowercase
 * spellings are accepted too. `test_framework` falls back to `language`, as eval_utils.py does.
 */
export const ApexTestMetadataSchema = z.looseObject({
  test_command: z.string().trim().min(1, 'must not be empty'),
  test_framework: z.string().min(1).optional(),
  language: z.string().min(1),
  test_files: z.array(z.string()).optional(),
  FAIL_TO_PASS: testIds.optional(),
  PASS_TO_PASS: testIds.optional(),
  fail_to_pass: testIds.optional(),
  pass_to_pass: testIds.optional(),
  base_commit: z.string().optional(),
  instance_id: z.string().optional(),
  repo: z.string().optional(),
  version: z.string().optional(),
  created_at: z.string().optional(),
  process_checks: z.array(ApexProcessCheckSchema).optional()
});
export type ApexTestMetadata = z.infer<typeof ApexTestMetadataSchema>;
