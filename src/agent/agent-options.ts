import { z } from 'zod';
import { UserInputError } from '../core/errors.js';

/**
 * The agent's configuration as a person gives it (CLI flags, Action inputs, tests): each field and its rule
 * written once. The run configuration (trial/run-config.ts) takes these fields as they are, the registry
 * (registry.ts) adds the `agent` choice and what each agent requires, and each agent's own settings
 * (model/config.ts, command/command-agent.ts) reuse the same field rules. Errors name these fields as
 * `{field}` tokens; the front ends say them as their flags or inputs.
 */

/** '' (an Action input left empty) means "not given", like a missing flag. */
export const optional = <T extends z.ZodType>(schema: T) => z.preprocess((v) => (v === '' || v === null ? undefined : v), schema.optional());

export const text = (what: string) => z.string().trim().min(1, `must name ${what}`);

/** One rule per field, shared by every schema that holds the field. */
export const AGENT_FIELD_RULES = {
  /** provider:name, e.g. openai:gpt-5-mini. */
  model: z.string().trim().regex(/^[a-z][a-z-]*:.+$/, 'must look like provider:name, e.g. openai:gpt-5-mini'),
  /** The command agent's command line (bring-your-own agent). */
  agentCommand: text('a command'),
  /** The API base URL for openai-compatible endpoints (vLLM, Ollama, OpenRouter, a LiteLLM proxy). */
  baseUrl: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL, e.g. http://localhost:8000/v1' }),
  /** An environment variable name (of a provider key the command agent may receive). */
  passKey: z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/, 'must be an environment variable name'),
  /** Budgets: 0 disables a limit. */
  maxTurns: z.coerce.number({ error: 'must be a whole number' }).int().nonnegative(),
  maxTokens: z.coerce.number({ error: 'must be a whole number' }).int().nonnegative(),
  maxCostUsd: z.coerce.number({ error: 'must be a number of US dollars' }).nonnegative()
};

/** The agent fields of the run configuration, every one optional (each agent reads its own). */
export const AGENT_OPTION_FIELDS = {
  model: optional(AGENT_FIELD_RULES.model),
  agentCommand: optional(AGENT_FIELD_RULES.agentCommand),
  baseUrl: optional(AGENT_FIELD_RULES.baseUrl),
  /** `k=v` model settings: temperature, top_p, reasoning_effort, thinking_budget, <provider>.<option> (model/config.ts parseModelOptions). */
  modelOptions: z.array(z.string()).default([]),
  /** Env var names of provider keys the command agent may receive (opt-in). */
  passKeys: z.array(AGENT_FIELD_RULES.passKey).default([]),
  maxTurns: optional(AGENT_FIELD_RULES.maxTurns),
  maxTokens: optional(AGENT_FIELD_RULES.maxTokens),
  maxCostUsd: optional(AGENT_FIELD_RULES.maxCostUsd)
};

export type AgentField = keyof typeof AGENT_OPTION_FIELDS;

/**
 * What an agent's factory gets: the parsed fields, plus what only the front ends know. Each agent reads
 * its own fields and ignores the rest.
 */
export type AgentOptions = Partial<z.infer<z.ZodObject<typeof AGENT_OPTION_FIELDS>>> & {
  /**
   * The running opsbench CLI bundle (dist/cli/index.js), known only to the CLI layer: on the local runtime the
   * command agent's mcp.json starts it as the task's logs/context MCP servers. Absent: context as files only.
   */
  cliPath?: string;
  /**
   * The environment the CLI or Action was started with, for provider keys. Only the factory reads it; it must
   * never be handed on to the agent's environment (secrets stay out of trajectories and workspaces).
   */
  env?: Readonly<Record<string, string | undefined>>;
};

/**
 * Parses an agent's own settings, naming a bad value by its agent field (`{maxTurns}`) where the settings
 * hold one (`fieldOf` maps a settings path to the field), else by the agent and the path.
 * @throws UserInputError
 */
export function parseAgentSettings<S extends z.ZodType>(schema: S, input: unknown, agent: string, fieldOf: (path: PropertyKey[]) => AgentField | undefined): z.infer<S> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const path = issue?.path ?? [];
  const field = fieldOf(path);
  const where = field ? `{${field}}` : `${agent} agent config: ${path.join('.') || '(root)'}`;
  throw new UserInputError(`${where}: ${issue?.message ?? 'invalid'}`);
}
