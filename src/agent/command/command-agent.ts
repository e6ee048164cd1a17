import { AGENT_LOG_FILE, TRAJECTORY_FILE } from '../../core/trial-paths.js';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { Agent, AgentContext, AgentOutcome, TokenUsage } from '../agent.js';
import { ZERO_USAGE } from '../agent.js';
import type { McpServerSpec } from '../../task/schema.js';
import { UserInputError } from '../../core/errors.js';
import { AGENT_FIELD_RULES, parseAgentSettings, type AgentField } from '../agent-options.js';
import { contextServerSpecs } from '../mcp/context-servers.js';
import { createMasker } from '../model/mask.js';
import { copyContextFiles } from './context-files.js';
import { toMcpJson } from './mcp-config.js';
import { cutNote } from '../../runtime/process-exec.js';

/** The command agent's own settings; the fields a person gives follow the agent configuration's rules (agent-options.ts). */
export const CommandAgentConfigSchema = z.strictObject({
  /** The team's agent CLI, run with `bash -lc` in the workspace's repository (the `agentCommand` field). */
  command: AGENT_FIELD_RULES.agentCommand,
  /** Env var names of provider keys to hand to the agent (opt-in; nothing is passed by default). */
  passKeys: z.array(AGENT_FIELD_RULES.passKey).default([]),
  /** TrialResult.model for this agent (e.g. the model the CLI is configured with); a free label, informational. */
  model: z.string().min(1).optional(),
  /** Budgets announced to the agent via OPSBENCH_MAX_TURNS / OPSBENCH_MAX_COST_USD (0 = none). */
  maxTurns: AGENT_FIELD_RULES.maxTurns.default(0),
  maxCostUsd: AGENT_FIELD_RULES.maxCostUsd.default(0)
});

/** The agent configuration field a settings path holds, for errors that name it. */
const commandAgentField = ([head]: PropertyKey[]): AgentField | undefined =>
  head === 'command' ? 'agentCommand' : head === 'passKeys' || head === 'maxTurns' || head === 'maxCostUsd' ? head : undefined;
export type CommandAgentConfig = z.infer<typeof CommandAgentConfigSchema>;
export type CommandAgentConfigInput = z.input<typeof CommandAgentConfigSchema>;

const count = z.number().int().nonnegative().default(0);

/** What an agent may write to $OPSBENCH_USAGE_FILE so its tokens and cost reach the results. */
const UsageFileSchema = z.object({
  turns: z.number().int().nonnegative().optional(),
  tokens: z
    .object({ input: count, output: count, cacheRead: count, cacheWrite: count })
    .optional(),
  costUsd: z.number().nonnegative().optional()
});

export interface CommandAgentDeps {
  /** Provider keys by env var name, read by the CLI/Action layer: passed on only when named in passKeys, masked always. */
  keys?: Record<string, string>;
  /**
   * The opsbench CLI to start as the task's logs/context MCP servers (`node [nodeArgs] <path> mcp ...`). Used on
   * the local runtime only, where the agent runs on the harness's host and those paths exist; absent: files only.
   */
  cli?: { path: string; nodeArgs?: string[] };
}

/**
 * A bring-your-own agent: any CLI, run once inside the workspace with the agent's timeout. Its exit ends the
 * agent phase: 0 is `submitted`, anything else `crashed`, the timeout `agent_timeout`. Its output is kept,
 * masked, as agent.log / trajectory.jsonl. What it gets, in a scratch dir outside the repository:
 *
 * - the instruction: $OPSBENCH_INSTRUCTION and the file $OPSBENCH_INSTRUCTION_FILE;
 * - the MCP servers as a standard mcp.json ($OPSBENCH_MCP_CONFIG): the trial's/task's servers, plus on the local
 *   runtime (when `deps.cli` is known) the harness's own `logs` and `context` servers as stdio entries;
 * - the observability context as files ($OPSBENCH_CONTEXT_DIR, set only when the task has context):
 *   logs/ (the task's log files), chat.json, issues.json; see copyContextFiles;
 * - the budgets ($OPSBENCH_MAX_TURNS, $OPSBENCH_MAX_COST_USD, $OPSBENCH_TIMEOUT_SEC) and $OPSBENCH_USAGE_FILE to
 *   report its tokens and cost;
 * - provider keys only when named in `passKeys`.
 * @throws UserInputError for a bad config or a `passKeys` name with no value.
 */
export function createCommandAgent(configInput: CommandAgentConfigInput, deps: CommandAgentDeps = {}): Agent {
  const config = parseAgentSettings(CommandAgentConfigSchema, configInput, 'command', commandAgentField);
  const keys = deps.keys ?? {};
  const passed: Record<string, string> = {};
  for (const name of config.passKeys) {
    const value = keys[name];
    if (value === undefined || value === '') throw new UserInputError(`{passKeys} ${name}: no value; set ${name} in the environment or drop it`);
    passed[name] = value;
  }
  const mask = createMasker(Object.values(keys));

  return {
    name: 'command',
    model: config.model ?? null,
    config,
    secrets: Object.values(keys),
    async run(ctx: AgentContext): Promise<AgentOutcome> {
      const timeoutSec = ctx.task.timeouts.agentSec;
      // Outside the repo so the files never show up in the graded diff; unique so concurrent local trials don't clash.
      const mk = await ctx.env.exec('mktemp -d "${TMPDIR:-/tmp}/opsbench.XXXXXX"', { signal: ctx.signal, timeoutSec: 30 });
      const dir = mk.stdout.trim();
      if (mk.exitCode !== 0 || !dir.startsWith('/')) {
        return crashed(`cannot create the agent's scratch dir: ${mk.stderr || mk.stdout}`, 'agent_setup');
      }
      const files = { instruction: `${dir}/instruction.md`, mcp: `${dir}/mcp.json`, usage: `${dir}/usage.json` };
      await ctx.env.writeFile(files.instruction, ctx.task.instruction);
      await ctx.env.writeFile(files.mcp, `${JSON.stringify(toMcpJson(mcpServers(ctx, deps.cli)), null, 2)}\n`);
      let contextDir: string | null;
      try {
        contextDir = await copyContextFiles(ctx.env, ctx.task.context, `${dir}/context`);
      } catch (err) {
        return crashed(`cannot copy the task's context into the environment: ${(err as Error).message}`, 'agent_setup');
      }
      const env: Record<string, string> = {
        ...(contextDir ? { OPSBENCH_CONTEXT_DIR: contextDir } : {}),
        OPSBENCH_INSTRUCTION: ctx.task.instruction,
        OPSBENCH_INSTRUCTION_FILE: files.instruction,
        OPSBENCH_MCP_CONFIG: files.mcp,
        OPSBENCH_USAGE_FILE: files.usage,
        OPSBENCH_WORKDIR: ctx.env.workdir,
        OPSBENCH_TASK_ID: ctx.task.id,
        OPSBENCH_TIMEOUT_SEC: String(timeoutSec),
        OPSBENCH_MAX_TURNS: String(config.maxTurns),
        OPSBENCH_MAX_COST_USD: String(config.maxCostUsd),
        ...passed
      };
      ctx.log(`command agent: ${config.command}${config.passKeys.length ? ` (keys passed: ${config.passKeys.join(', ')})` : ''}`);
      const res = await ctx.env.exec(config.command, { cwd: ctx.env.workdir, env, timeoutSec, input: '', signal: ctx.signal });
      saveOutput(ctx.artifactsDir, res.stdout, `${res.stderr}${cutNote(res)}`, mask);
      const usage = await readUsage(ctx, files.usage);
      const base = { episodes: usage.turns, tokens: usage.tokens, costUsd: usage.costUsd };
      if (res.timedOut || ctx.signal.aborted) return { stopReason: 'agent_timeout', ...base };
      if (res.exitCode === 0) return { stopReason: 'submitted', ...base };
      ctx.log(`command agent exited with ${res.exitCode}`);
      return { stopReason: 'crashed', ...base };
    }
  };
}

/**
 * ctx.mcpServers (else the task's servers), plus the harness's logs/context servers as stdio entries when the
 * agent runs on the harness's host (local runtime) and the CLI is known; a server already named there wins.
 */
function mcpServers(ctx: AgentContext, cli: CommandAgentDeps['cli']): McpServerSpec[] {
  const specs = ctx.mcpServers ?? ctx.task.mcp;
  if (ctx.env.kind !== 'local' || !cli) return specs;
  const taken = new Set(specs.map((s) => s.name));
  const harness = contextServerSpecs(ctx.task, { cliPath: cli.path, nodeArgs: cli.nodeArgs }).filter((s) => !taken.has(s.name));
  return [...harness, ...specs];
}

function crashed(message: string, errorClass: 'agent_setup' | 'internal'): AgentOutcome {
  return { stopReason: 'crashed', episodes: 0, tokens: { ...ZERO_USAGE }, costUsd: 0, error: { errorClass, message } };
}

/** agent.log gets everything; trajectory.jsonl the stdout lines that are JSON objects (agents that log events as JSONL). */
function saveOutput(dir: string, stdout: string, stderr: string, mask: (s: string) => string): void {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, AGENT_LOG_FILE), mask(`${stdout}${stderr ? `${stdout.endsWith('\n') || !stdout ? '' : '\n'}--- stderr ---\n${stderr}` : ''}`));
  const events = stdout.split('\n').filter((line) => {
    if (!line.startsWith('{')) return false;
    try {
      return typeof JSON.parse(line) === 'object';
    } catch {
      return false;
    }
  });
  if (events.length > 0) writeFileSync(join(dir, TRAJECTORY_FILE), mask(`${events.join('\n')}\n`));
}

async function readUsage(ctx: AgentContext, path: string): Promise<{ turns: number; tokens: TokenUsage; costUsd: number }> {
  const none = { turns: 1, tokens: { ...ZERO_USAGE }, costUsd: 0 };
  let text: string;
  try {
    text = (await ctx.env.readFile(path)).toString('utf8');
  } catch {
    return none;
  }
  try {
    const u = UsageFileSchema.parse(JSON.parse(text));
    return { turns: u.turns ?? 1, tokens: u.tokens ? { ...u.tokens } : { ...ZERO_USAGE }, costUsd: u.costUsd ?? 0 };
  } catch (err) {
    ctx.log(`ignoring $OPSBENCH_USAGE_FILE: ${(err as Error).message}`);
    return none;
  }
}
