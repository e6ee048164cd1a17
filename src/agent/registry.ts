import { UserInputError } from '../core/errors.js';
import type { Agent } from './agent.js';
import { agentConfigHash } from './config-hash.js';
import { createCommandAgent } from './command/command-agent.js';
import { createModelAgent } from './model/model-agent.js';
import { parseModelOptions } from './model/config.js';
import { pickKeys } from './model/provider.js';
import { createNullAgent } from './null.js';
import { createOracleAgent } from './oracle.js';

/** What `--agent`'s factory may need; each agent reads its own fields and ignores the rest. */
export interface AgentOptions {
  /** `provider:name` (the model agent). */
  model?: string;
  /** The command line of a bring-your-own agent (the command agent). */
  command?: string;
  /** API base URL (openai-compatible endpoints); falls back to OPSBENCH_BASE_URL in `env`. */
  baseUrl?: string;
  /** `k=v` model settings (see parseModelOptions). */
  modelOptions?: string[];
  /** Env var names of keys the command agent may receive. */
  passKeys?: string[];
  /** Budgets; 0 or absent keeps the agent's default. */
  maxTurns?: number;
  maxTokens?: number;
  maxCostUsd?: number;
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
}

/** Builds one agent instance; called once per trial. @throws UserInputError for bad options. */
export type AgentFactory = (opts: AgentOptions) => Agent | Promise<Agent>;

export interface AgentEntry {
  create: AgentFactory;
  /**
   * Runs code nobody reviewed (a model's tool calls, a team's CLI): such an agent needs the Docker runtime,
   * or `unsafeLocal` on the local runtime (see runtime/select.ts assertRuntimeSafeFor).
   */
  untrusted: boolean;
}

/**
 * The agents of this build: the only list of them. Run's `agent` choices (CLI and Action), the names in
 * errors and the local-runtime guard all come from here, so a new agent is one entry (its factory, and
 * whether it runs code nobody reviewed).
 */
export const agents = {
  oracle: { create: () => createOracleAgent(), untrusted: false },
  null: { create: () => createNullAgent(), untrusted: false },
  model: {
    untrusted: true,
    create: (o) =>
      createModelAgent(
        {
          model: o.model ?? '',
          baseUrl: o.baseUrl ?? (o.env?.OPSBENCH_BASE_URL || undefined),
          options: parseModelOptions(o.modelOptions ?? []),
          limits: {
            ...(o.maxTurns !== undefined && { maxTurns: o.maxTurns }),
            ...(o.maxTokens !== undefined && { maxTokens: o.maxTokens }),
            ...(o.maxCostUsd !== undefined && { maxCostUsd: o.maxCostUsd })
          }
        },
        { keys: pickKeys(o.env ?? {}) }
      )
  },
  command: {
    untrusted: true,
    create: (o) =>
      createCommandAgent(
        { command: o.command ?? '', passKeys: o.passKeys ?? [], maxTurns: o.maxTurns ?? 0, maxCostUsd: o.maxCostUsd ?? 0, ...(o.model && { model: o.model }) },
        { keys: pickKeys(o.env ?? {}), ...(o.cliPath ? { cli: { path: o.cliPath } } : {}) }
      )
  }
} satisfies Record<string, AgentEntry>;

export type AgentKind = keyof typeof agents;
/** The registered names, in registry order (the enum the run configuration accepts). */
export const AGENT_KINDS = Object.keys(agents) as [AgentKind, ...AgentKind[]];


/** An agent configuration for the scheduler: its identity (name, model) up front, a fresh instance per trial. */
export interface AgentSpec {
  /** TrialResult.agent. */
  name: string;
  /** TrialResult.model. */
  model: string | null;
  /** TrialResult.agent_config: agentConfigHash of this configuration; resume keeps only results with the same. */
  configHash: string;
  /** AgentEntry.untrusted of its registry entry. */
  untrusted: boolean;
  create(): Agent | Promise<Agent>;
}

/**
 * Resolves `--agent name` (building one instance now, so bad options fail before any trial starts).
 * @throws UserInputError naming the registered agents when `name` is unknown, or the factory's own error.
 */
export async function resolveAgent(name: string, opts: AgentOptions = {}): Promise<AgentSpec> {
  const entry: AgentEntry | undefined = Object.hasOwn(agents, name) ? agents[name as AgentKind] : undefined;
  if (!entry) {
    throw new UserInputError(`{agent} "${name}" is not available in this build; use one of ${AGENT_KINDS.join(', ')}`);
  }
  const factory = entry.create;
  const first = await factory(opts);
  let spare: Agent | undefined = first;
  return {
    name: first.name,
    model: first.model,
    configHash: agentConfigHash(first),
    untrusted: entry.untrusted,
    async create() {
      // Hand out the probe instance first: an oracle or null agent costs nothing, a model agent builds a client.
      const agent = spare ?? (await factory(opts));
      spare = undefined;
      return agent;
    }
  };
}
