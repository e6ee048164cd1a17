import { TRAJECTORY_FILE } from '../../core/trial-paths.js';
import { join } from 'node:path';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import type { Agent, AgentContext, AgentOutcome } from '../agent.js';
import { ZERO_USAGE } from '../agent.js';
import { McpClientManager, type ConnectSpec } from '../mcp/client-manager.js';
import { harnessContextServers } from '../mcp/context-servers.js';
import type { StdioServerSpec } from '../mcp/stdio-transport.js';
import { renderPrompt } from '../prompts/system.js';
import { buildTools, type McpToolSource } from '../tools/index.js';
import { parseAgentSettings } from '../agent-options.js';
import { AgentConfigSchema, modelAgentField, type AgentConfig, type AgentConfigInput } from './config.js';
import { runLoop } from './loop.js';
import { createMasker } from './mask.js';
import { lookupPrice } from './prices.js';
import { resolveModel } from './provider.js';
import { TrajectoryWriter } from './trajectory.js';

/** An open set of MCP connections: their tools, plus close(). */
export type McpConnection = McpToolSource & { close(): Promise<void> };

/** Connects the trial's MCP servers (stdio ones must start inside the environment). */
export type McpConnector = (
  specs: ConnectSpec[],
  opts: { env: AgentContext['env']; signal: AbortSignal; log: (line: string) => void }
) => Promise<McpConnection>;

/**
 * McpClientManager with the environment's transports: a stdio server starts inside the workspace container
 * when the runtime has one (Environment.attachedCommand), else as a local child in the workdir.
 */
export const defaultMcpConnector: McpConnector = (specs, opts) => {
  const { env } = opts;
  // A declared stdio server runs where the agent works: inside the container when the runtime has one.
  const attach = env.attachedCommand?.bind(env);
  return McpClientManager.connect(specs, {
    log: opts.log,
    ...(attach
      ? {
          spawn: async (spec: StdioServerSpec) => {
            const cmd = await attach([spec.command, ...spec.args], { env: spec.env });
            return new StdioClientTransport({ command: cmd.command, args: cmd.args, env: cmd.env, stderr: 'pipe' });
          }
        }
      : { cwd: env.workdir })
  });
};

export interface ModelAgentDeps {
  /** Provider keys by env var name (OPENAI_API_KEY...), read by the CLI/Action layer. Also masked everywhere. */
  keys: Record<string, string>;
  /** Replaces global fetch for provider calls (tests, proxies). */
  fetch?: typeof fetch;
  log?: (line: string) => void;
  /** How MCP servers are connected; default {@link defaultMcpConnector}. */
  connectMcp?: McpConnector;
  /** First provider backoff delay (tests shorten it); default 1s. */
  retryBaseDelayMs?: number;
}

const warnedPrices = new Set<string>();

/**
 * The built-in model agent: any provider the AI SDK speaks, the harness's tools, one call per turn.
 * @throws UserInputError for a bad config, an unknown provider or a missing key (before any trial starts).
 */
export function createModelAgent(configInput: AgentConfigInput | AgentConfig, deps: ModelAgentDeps): Agent {
  const config = parseAgentSettings(AgentConfigSchema, configInput, 'model', modelAgentField);
  const resolved = resolveModel(config.model, { keys: deps.keys, baseUrl: config.baseUrl, fetch: deps.fetch, options: config.options });
  const price = config.price ?? lookupPrice(resolved.spec.family, resolved.spec.modelId);
  const log = deps.log ?? (() => {});
  if (!price && !warnedPrices.has(config.model)) {
    warnedPrices.add(config.model);
    log(`warning: no price known for ${config.model}; its cost is reported as 0 (pass a price in the agent config)`);
  }
  const masker = createMasker(Object.values(deps.keys));

  return {
    name: 'model',
    model: config.model,
    config,
    secrets: Object.values(deps.keys),
    async run(ctx: AgentContext): Promise<AgentOutcome> {
      const trajectory = new TrajectoryWriter(join(ctx.artifactsDir, TRAJECTORY_FILE), masker);
      let specs: ConnectSpec[] = ctx.mcpServers ?? ctx.task.mcp;
      let mcp: McpConnection | undefined;
      try {
        // The task's logs/chat/tracker run in this process (the files never enter the workspace), unless
        // ctx.mcpServers or the task already has servers under those names.
        const taken = new Set(specs.map((s) => s.name));
        specs = [...(await harnessContextServers(ctx.task)).filter((s) => !taken.has(s.name)), ...specs];
        if (specs.length > 0) mcp = await (deps.connectMcp ?? defaultMcpConnector)(specs, { env: ctx.env, signal: ctx.signal, log: ctx.log });
      } catch (err) {
        const message = `cannot connect MCP servers (${specs.map((s) => s.name).join(', ')}): ${(err as Error).message}`;
        ctx.log(message);
        return { stopReason: 'crashed', episodes: 0, tokens: { ...ZERO_USAGE }, costUsd: 0, error: { errorClass: 'agent_setup', message: masker(message) } };
      }
      try {
        const tools = buildTools(ctx.env, { ...(mcp ? { mcp } : {}), mcpTimeoutMs: config.commandTimeoutSec * 1000 });
        const prompt = renderPrompt({
          instruction: ctx.task.instruction,
          workdir: ctx.env.workdir,
          mcpTools: mcp ? mcp.tools().map((t) => t.name) : []
        });
        const outcome = await runLoop({
          model: resolved.model,
          modelName: config.model,
          tools,
          system: prompt.system,
          instruction: prompt.instruction,
          limits: config.limits,
          options: config.options,
          providerOptions: resolved.providerOptions,
          anthropicCache: resolved.spec.family === 'anthropic',
          price,
          toolContext: { env: ctx.env, signal: ctx.signal, outputBytes: config.toolOutputBytes, commandTimeoutSec: config.commandTimeoutSec },
          trajectory,
          maxRetries: config.maxRetries,
          ...(deps.retryBaseDelayMs !== undefined ? { retryBaseDelayMs: deps.retryBaseDelayMs } : {}),
          log: (line) => ctx.log(masker(line))
        });
        ctx.log(`model agent stopped: ${outcome.stopReason} after ${outcome.episodes} turns (${outcome.detail})`);
        const { detail: _detail, ...rest } = outcome;
        return rest.error ? { ...rest, error: { ...rest.error, message: masker(rest.error.message) } } : rest;
      } finally {
        await mcp?.close().catch((err: unknown) => ctx.log(`closing MCP connections failed: ${(err as Error).message}`));
      }
    }
  };
}
