import { z } from 'zod';
import { UserInputError } from '../../core/errors.js';
import { AGENT_FIELD_RULES, type AgentField } from '../agent-options.js';

/**
 * The model agent's own settings, built from the agent configuration (agent-options.ts, whose field rules
 * the fields a person gives reuse) plus what only code and tests set. Limits follow mini-swe-agent: checked
 * before every model call, and 0 disables a limit.
 */
export const REASONING_LEVELS = ['provider-default', 'none', 'minimal', 'low', 'medium', 'high', 'xhigh', 'max'] as const;

export const ModelOptionsSchema = z.strictObject({
  temperature: z.number().min(0).max(2).optional(),
  topP: z.number().min(0).max(1).optional(),
  maxOutputTokens: z.number().int().positive().optional(),
  /** Reasoning effort, mapped by the AI SDK to each provider's own setting. */
  reasoning: z.enum(REASONING_LEVELS).optional(),
  /** Explicit thinking budget in tokens (Anthropic extended thinking, Gemini thinkingBudget). */
  thinkingBudget: z.number().int().nonnegative().optional(),
  /** Raw provider options, merged over ours: `{ openai: { serviceTier: 'flex' } }`. */
  providerOptions: z.record(z.string(), z.record(z.string(), z.unknown())).optional()
});
export type ModelOptions = z.infer<typeof ModelOptionsSchema>;

/** USD per million tokens. `input` is the uncached input rate. */
export const PriceSchema = z.strictObject({
  input: z.number().nonnegative(),
  output: z.number().nonnegative(),
  cacheRead: z.number().nonnegative().default(0),
  cacheWrite: z.number().nonnegative().default(0)
});
export type Price = z.infer<typeof PriceSchema>;

export const LimitsSchema = z.strictObject({
  /** Model turns before the trial stops with `step_limit`. */
  maxTurns: AGENT_FIELD_RULES.maxTurns.default(100),
  /** Input + output tokens summed over turns before `token_limit`. */
  maxTokens: AGENT_FIELD_RULES.maxTokens.default(0),
  /** Cost from the price table before `cost_limit`. */
  maxCostUsd: AGENT_FIELD_RULES.maxCostUsd.default(0),
  /** Malformed replies in a row (no tool call, bad arguments, unknown tool) before the trial ends. */
  maxConsecutiveFormatErrors: z.number().int().positive().default(3)
});
export type Limits = z.infer<typeof LimitsSchema>;

export const AgentConfigSchema = z.strictObject({
  /** `provider:model`, e.g. `openai:gpt-5.1-codex`, `anthropic:claude-sonnet-4-5`, `openai-compatible:qwen3-coder`. */
  model: AGENT_FIELD_RULES.model,
  /** Overrides the provider's API base URL (required for openai-compatible unless an alias has a default). */
  baseUrl: AGENT_FIELD_RULES.baseUrl.optional(),
  options: ModelOptionsSchema.default({}),
  limits: LimitsSchema.default({ maxTurns: 100, maxTokens: 0, maxCostUsd: 0, maxConsecutiveFormatErrors: 3 }),
  /** Default per-command timeout of the shell tool (the model may ask for less, or more up to 4x). */
  commandTimeoutSec: z.number().int().positive().default(180),
  /** Budget of one tool result as the model sees it; the rest is cut from the middle with a note. */
  toolOutputBytes: z.number().int().min(1000).default(10_000),
  /** Price override for models the table does not know (self-hosted, new releases). */
  price: PriceSchema.optional(),
  /** Provider retries on 408/409/429/5xx before giving up (the wall clock bounds them as well). */
  maxRetries: z.number().int().nonnegative().default(8)
});
export type AgentConfig = z.infer<typeof AgentConfigSchema>;
export type AgentConfigInput = z.input<typeof AgentConfigSchema>;

const LIMIT_FIELDS: readonly PropertyKey[] = ['maxTurns', 'maxTokens', 'maxCostUsd'] satisfies AgentField[];

/** The agent configuration field a settings path holds (`limits.maxTurns` is `maxTurns`), for errors that name it. */
export function modelAgentField(path: PropertyKey[]): AgentField | undefined {
  const [head, sub] = path;
  if (head === 'model' || head === 'baseUrl') return head;
  if (head === 'options') return 'modelOptions';
  if (head === 'limits' && LIMIT_FIELDS.includes(sub!)) return sub as AgentField;
  return undefined;
}

const OPTION_KEYS: Record<string, keyof ModelOptions> = {
  temperature: 'temperature',
  top_p: 'topP',
  topp: 'topP',
  max_output_tokens: 'maxOutputTokens',
  maxoutputtokens: 'maxOutputTokens',
  reasoning: 'reasoning',
  reasoning_effort: 'reasoning',
  effort: 'reasoning',
  thinking_budget: 'thinkingBudget',
  thinkingbudget: 'thinkingBudget'
};

/**
 * Parses `--model-option k=v` pairs: known keys (temperature, top_p, max_output_tokens, reasoning_effort,
 * thinking_budget) or `<provider>.<option>=<json or text>` for raw provider options.
 * @throws UserInputError naming the pair and the accepted keys when a pair is malformed.
 */
export function parseModelOptions(pairs: readonly string[]): ModelOptions {
  const raw: Record<string, unknown> = {};
  const providerOptions: Record<string, Record<string, unknown>> = {};
  for (const pair of pairs) {
    const eq = pair.indexOf('=');
    if (eq <= 0) throw new UserInputError(`{modelOptions} "${pair}": expected key=value`);
    const key = pair.slice(0, eq).trim();
    const value = parseValue(pair.slice(eq + 1).trim());
    const dot = key.indexOf('.');
    if (dot > 0) {
      (providerOptions[key.slice(0, dot)] ??= {})[key.slice(dot + 1)] = value;
      continue;
    }
    const known = OPTION_KEYS[key.toLowerCase()];
    if (!known) {
      throw new UserInputError(
        `{modelOptions} "${pair}": unknown key "${key}"; use one of ${Object.keys(OPTION_KEYS).filter((k) => k.includes('_') || k === 'temperature' || k === 'reasoning').join(', ')} or <provider>.<option>=value`
      );
    }
    raw[known] = value;
  }
  if (Object.keys(providerOptions).length > 0) raw.providerOptions = providerOptions;
  const parsed = ModelOptionsSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new UserInputError(`{modelOptions} ${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid'}`);
  }
  return parsed.data;
}

function parseValue(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
