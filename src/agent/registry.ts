import { z } from 'zod';
import { UserInputError } from '../core/errors.js';
import type { Agent } from './agent.js';
import { AGENT_OPTION_FIELDS, optional, type AgentField, type AgentOptions } from './agent-options.js';
import { agentConfigHash } from './config-hash.js';
import { createNullAgent } from './null.js';
import { createOracleAgent } from './oracle.js';

/** Builds one agent instance; called once per trial. @throws UserInputError for bad options. */
export type AgentFactory = (opts: AgentOptions) => Agent | Promise<Agent>;

export interface AgentEntry {
  create: AgentFactory;
  /**
   * Runs code nobody reviewed (a model's tool calls, a team's CLI): such an agent needs the Docker runtime,
   * or `unsafeLocal` on the local runtime (see runtime/select.ts assertRuntimeSafeFor).
   */
  untrusted: boolean;
  /** The fields this agent cannot run without, each with a hint of what to give (checked when the run configuration is parsed). */
  requires?: Partial<Record<AgentField, string>>;
}

/**
 * The agents of this build: the only list of them. Run's `agent` choices (CLI and Action), the names in
 * errors and the local-runtime guard all come from here, so a new agent is one entry (its factory, and
 * whether it runs code nobody reviewed).
 */
export const agents = {
  oracle: { create: () => createOracleAgent(), untrusted: false },
  null: { create: () => createNullAgent(), untrusted: false },
  // The model and command agents load on first use: plan, report and validate import this list for its names,
  // and the model SDKs and the MCP client are most of the bundle's start-up cost.
  model: {
    untrusted: true,
    requires: { model: 'provider:name, e.g. openai:gpt-5-mini' },
    create: async (o) => {
      const [{ createModelAgent }, { parseModelOptions }, { pickKeys }] = await Promise.all([
        import('./model/model-agent.js'),
        import('./model/config.js'),
        import('./model/provider.js')
      ]);
      return createModelAgent(
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
      );
    }
  },
  command: {
    untrusted: true,
    requires: { agentCommand: 'the command line that runs your agent' },
    create: async (o) => {
      const [{ createCommandAgent }, { pickKeys }] = await Promise.all([import('./command/command-agent.js'), import('./model/provider.js')]);
      return createCommandAgent(
        { command: o.agentCommand ?? '', passKeys: o.passKeys ?? [], maxTurns: o.maxTurns ?? 0, maxCostUsd: o.maxCostUsd ?? 0, ...(o.model && { model: o.model }) },
        { keys: pickKeys(o.env ?? {}), ...(o.cliPath ? { cli: { path: o.cliPath } } : {}) }
      );
    }
  }
} satisfies Record<string, AgentEntry>;

export type AgentKind = keyof typeof agents;
/** The registered names, in registry order (the enum the run configuration accepts). */
export const AGENT_KINDS = Object.keys(agents) as [AgentKind, ...AgentKind[]];

/** The one schema of an agent's configuration: which agent (a registry key), and the fields agents read. */
export const AgentOptionsSchema = z.object({
  agent: optional(z.enum(AGENT_KINDS, { error: (i) => `must be one of ${AGENT_KINDS.join(', ')} (got "${String(i.input)}")` })).default('oracle'),
  ...AGENT_OPTION_FIELDS
});

/** The chosen agent's required fields (its registry entry's `requires`), as issues on those fields. */
export function checkAgentOptions(cfg: { agent: AgentKind } & AgentOptions, ctx: z.RefinementCtx): void {
  const entry: AgentEntry = agents[cfg.agent];
  for (const [field, hint] of Object.entries(entry.requires ?? {}) as [AgentField, string][]) {
    if (!cfg[field]) ctx.addIssue({ code: 'custom', path: [field], message: `is required with agent "${cfg.agent}" (${hint})` });
  }
}

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
