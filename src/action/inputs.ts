import { z } from 'zod';
import { AgentOptionsSchema } from '../agent/registry.js';
import type { FieldNamer } from '../core/errors.js';
import type { PlanField } from '../trial/plan.js';
import type { RunField } from '../trial/run-config.js';

/** Input names, exactly as in action.yml. */
export const Inputs = {
  Command: 'command',
  Tasks: 'tasks',
  Models: 'models',
  Agent: 'agent',
  AgentCommand: 'agent-command',
  Attempts: 'attempts',
  Shards: 'shards',
  Shard: 'shard',
  Concurrency: 'concurrency',
  Baseline: 'baseline',
  FailOnRegression: 'fail-on-regression',
  MinDelta: 'min-delta',
  GithubToken: 'github-token',
  ImageCache: 'image-cache',
  WorkingDirectory: 'working-directory',
  Plan: 'plan',
  AllowMissing: 'allow-missing',
  AgentName: 'agent-name',
  Comment: 'comment',
  CommentMarker: 'comment-marker',
  CheckName: 'check-name',
  MaxAnnotations: 'max-annotations',
  ArtifactsRunId: 'artifacts-run-id'
} as const;
export type InputName = (typeof Inputs)[keyof typeof Inputs];

export const Outputs = {
  PassAt1: 'pass-at-1',
  Regressions: 'regressions',
  ReportPath: 'report-path',
  Matrix: 'matrix',
  Plan: 'plan',
  Results: 'results',
  Conclusion: 'conclusion',
  JunitPath: 'junit-path'
} as const;

export const State = {
  RunId: 'run-id',
  WorkingDirectory: 'working-directory'
} as const;

/** Environment variables that carry provider keys: masked with setSecret the moment the action starts. */
export const SECRET_ENV_VARS = [
  'OPENAI_API_KEY',
  'ANTHROPIC_API_KEY',
  'GOOGLE_GENERATIVE_AI_API_KEY',
  'GEMINI_API_KEY',
  'OPSBENCH_API_KEY',
  'OPENROUTER_API_KEY',
  'GITHUB_TOKEN'
] as const;

const int = (name: string, min: number) =>
  z
    .string()
    .trim()
    .regex(/^\d+$/, `input "${name}" must be a whole number (got a non-number)`)
    .transform(Number)
    .refine((n) => n >= min, `input "${name}" must be at least ${min}`);

const bool = (name: string) =>
  // The YAML 1.2 core booleans, as @actions/core's getBooleanInput accepts them.
  z
    .string()
    .trim()
    .refine((v) => /^(true|True|TRUE|false|False|FALSE)$/.test(v), `input "${name}" must be true or false`)
    .transform((v) => v.toLowerCase() === 'true');

const list = z
  .string()
  .transform((v) => v.split(/[,\n]/).map((s) => s.trim()).filter(Boolean));

/**
 * Every input, parsed once at start. The raw strings come from action.yml defaults, so every field is
 * present; a message names the input and what it accepts.
 */
export const ActionConfigSchema = z
  .object({
    [Inputs.Command]: z.enum(['plan', 'run', 'report'], {
      error: (issue) => `input "command" must be one of plan, run, report (got "${String(issue.input)}")`
    }),
    [Inputs.Tasks]: z.string().trim().min(1, 'input "tasks" must name a task directory'),
    [Inputs.Models]: list,
    // The agent's own rules (the registry's choices, what each agent requires) are the agent configuration
    // schema's; the run leg parses agent and agent-command through it and names its errors as inputs.
    [Inputs.Agent]: AgentOptionsSchema.shape.agent,
    [Inputs.AgentCommand]: z.string().trim(),
    [Inputs.Attempts]: int(Inputs.Attempts, 1),
    [Inputs.Shards]: int(Inputs.Shards, 1),
    [Inputs.Shard]: z
      .string()
      .trim()
      .regex(/^(\d+\/\d+)?$/, 'input "shard" must look like I/N, e.g. 2/4 (or be empty)'),
    [Inputs.Concurrency]: int(Inputs.Concurrency, 1),
    [Inputs.Baseline]: z
      .string()
      .trim()
      // An empty value is how workflows written before `auto` said "none".
      .transform((v) => v || 'none'),
    [Inputs.FailOnRegression]: bool(Inputs.FailOnRegression),
    [Inputs.MinDelta]: z
      .string()
      .trim()
      .refine((v) => v !== '' && Number.isFinite(Number(v)) && Number(v) >= 0 && Number(v) <= 1, 'input "min-delta" must be a number between 0 and 1, e.g. 0.05')
      .transform(Number),
    [Inputs.GithubToken]: z.string(),
    [Inputs.ImageCache]: bool(Inputs.ImageCache),
    [Inputs.WorkingDirectory]: z.string().trim(),
    [Inputs.Plan]: z.string().trim(),
    [Inputs.AllowMissing]: bool(Inputs.AllowMissing),
    [Inputs.AgentName]: z
      .string()
      .trim()
      .regex(/^[A-Za-z0-9._@+-]*$/, 'input "agent-name" may hold letters, digits and . _ @ + - (it becomes part of artifact names)'),
    [Inputs.Comment]: bool(Inputs.Comment),
    [Inputs.CommentMarker]: z
      .string()
      .trim()
      .regex(/^[A-Za-z0-9._:-]+$/, 'input "comment-marker" must be a non-empty name of letters, digits and . _ : - (e.g. opsbench-report-nightly)'),
    [Inputs.CheckName]: z.string().trim(),
    [Inputs.MaxAnnotations]: int(Inputs.MaxAnnotations, 0),
    [Inputs.ArtifactsRunId]: z
      .string()
      .trim()
      .regex(/^([1-9]\d*)?$/, 'input "artifacts-run-id" must be the id of a workflow run (a whole number from 1: ${{ github.event.workflow_run.id }}) or empty')
  })
  .superRefine((cfg, ctx) => {
    const shard = cfg[Inputs.Shard];
    if (shard) {
      const [i, n] = shard.split('/').map(Number) as [number, number];
      if (i < 1 || i > n) ctx.addIssue({ code: 'custom', path: [Inputs.Shard], message: `input "shard" must have 1 <= I <= N (got ${shard})` });
    }
    if (cfg[Inputs.ArtifactsRunId] && cfg[Inputs.Command] !== 'report') {
      ctx.addIssue({ code: 'custom', path: [Inputs.ArtifactsRunId], message: 'input "artifacts-run-id" goes with command report (it reads the plan and results of another workflow run)' });
    }
    if (cfg[Inputs.Agent] === 'model' && cfg[Inputs.Command] !== 'report' && cfg[Inputs.Models].length === 0) {
      ctx.addIssue({ code: 'custom', path: [Inputs.Models], message: 'input "models" must list at least one provider:model when agent is "model"' });
    }
  });
export type ActionConfig = z.infer<typeof ActionConfigSchema>;

/** Reads each input once through `get` and parses them together; throws one message naming every bad input. */
export function parseActionConfig(get: (name: InputName) => string): ActionConfig {
  const raw = Object.fromEntries(Object.values(Inputs).map((name) => [name, get(name)]));
  const parsed = ActionConfigSchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const messages = parsed.error.issues.map((issue) =>
    issue.message.startsWith('input "') ? issue.message : `input "${String(issue.path[0])}": ${issue.message}`
  );
  throw new Error([...new Set(messages)].join('; '));
}

/** Action input names for the run config's fields, so a bad value names the input, not a CLI flag. */
const INPUT_OF = {
  tasks: Inputs.Tasks,
  agent: Inputs.Agent,
  model: Inputs.Models,
  agentCommand: Inputs.AgentCommand,
  baseUrl: 'OPSBENCH_BASE_URL',
  modelOptions: 'model-option',
  passKeys: 'pass-key',
  maxTurns: 'max-turns',
  maxTokens: 'max-tokens',
  maxCostUsd: 'max-cost',
  attempts: Inputs.Attempts,
  concurrency: Inputs.Concurrency,
  runtime: 'runtime',
  // No such input: the Action never runs the model or command agent outside Docker (assertRuntimeSafeFor).
  unsafeLocal: 'unsafe-local',
  shard: Inputs.Shard,
  // No such input either: the Action writes under working-directory (SET_BY_THE_ACTION says so).
  out: 'out',
  cacheDir: 'cache-dir',
  verbose: 'verbose'
} as const satisfies Record<RunField, string>;

/** The inputs the plan's problems name (`plan` and the report's check of it). */
const PLAN_INPUT_OF = {
  tasks: Inputs.Tasks,
  models: Inputs.Models,
  shards: Inputs.Shards,
  attempts: Inputs.Attempts,
  plan: Inputs.Plan
} as const satisfies Record<PlanField, InputName>;

const INPUTS: Record<string, string> = { ...INPUT_OF, ...PLAN_INPUT_OF };

/** Fields the Action sets itself, with no input to name: said as what they are and where they come from. */
const SET_BY_THE_ACTION: Record<string, string> = {
  out: `the results directory (.opsbench/out under input "${Inputs.WorkingDirectory}")`
};

/** Engine errors name configuration fields; the Action says them as its inputs. */
export const actionInput: FieldNamer = (field) => SET_BY_THE_ACTION[field] ?? `input "${Object.hasOwn(INPUTS, field) ? INPUTS[field] : field}"`;
