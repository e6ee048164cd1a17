import type { Environment } from '../runtime/environment.js';
import type { StopReason } from '../core/trial-result.js';
import type { TokenUsage } from '../core/trajectory.js';
import type { Task } from '../task/task.js';
import type { McpServerSpec } from '../task/schema.js';

export { ZERO_USAGE, type TokenUsage } from '../core/trajectory.js';

export interface AgentContext {
  task: Task;
  env: Environment;
  /** Where the agent writes trajectory.jsonl and anything else worth keeping (a host directory). */
  artifactsDir: string;
  /** Aborts at the agent's wall clock or on cancel; agents must stop promptly when it fires. */
  signal: AbortSignal;
  log: (line: string) => void;
  /**
   * Replaces the task's own `mcp` list (`task.mcp`, used when absent) as the MCP servers the agent gets as
   * tools; the trial never sets it, tests and embedders do. Either way each agent adds the harness's context
   * servers (logs, chat/tracker) itself, unless a server here already has that name.
   */
  mcpServers?: McpServerSpec[];
}

export interface AgentOutcome {
  stopReason: StopReason;
  /** Model turns (or 0/1 for agents without a model). */
  episodes: number;
  tokens: TokenUsage;
  costUsd: number;
  /** Set when the agent ended for a reason that makes the trial `error` (e.g. a provider outage). */
  error?: {
    errorClass: 'provider' | 'agent_setup' | 'internal';
    message: string;
    /** True for an outage worth rerunning the whole trial (provider 5xx/429 past the agent's own retries). */
    retryable?: boolean;
  };
}

/**
 * An agent under test. `name` goes into TrialResult.agent, `model` into TrialResult.model.
 * `run` must not throw for the agent's own failures: it returns an outcome with a stop reason.
 */
export interface Agent {
  readonly name: string;
  readonly model: string | null;
  /**
   * The settings that change what this agent does (command line, model options, base URL, limits), never a
   * secret. Hashed with name and model into TrialResult.agent_config, so resume never keeps a result of
   * another configuration. Absent: the agent has no settings (oracle, null).
   */
  readonly config?: Readonly<Record<string, unknown>>;
  /** Secret values this agent holds (provider keys, tokens): the trial masks them in trial.log and error_message. */
  readonly secrets?: readonly string[];
  /** Prepare inside the environment (install a CLI, write config). Optional. @throws AgentSetupError */
  setup?(ctx: AgentContext): Promise<void>;
  run(ctx: AgentContext): Promise<AgentOutcome>;
}
