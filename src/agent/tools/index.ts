import { tool, type ToolSet } from 'ai';
import { OpsBenchError } from '../../core/errors.js';
import { InterruptAgentFlow } from '../model/exits.js';
import { editFileTool } from './edit-file.js';
import { listFilesTool } from './list-files.js';
import { mcpTools, type McpToolSource } from './mcp-tools.js';
import { readFileTool } from './read-file.js';
import { writeFileTool } from './write-file.js';
import { ShellSession, shellTool } from './shell.js';
import { submitTool } from './submit.js';
import { NARROW_HINTS, truncateOutput } from './truncate.js';
import type { AgentTool, ToolContext, ToolOutput } from './types.js';
import type { Environment } from '../../runtime/environment.js';

export type { AgentTool, ToolContext, ToolOutput } from './types.js';
export type { McpToolSource } from './mcp-tools.js';

/** The agent's tools: shell, files, every MCP tool (`server__tool`), and submit last. */
export function buildTools(env: Environment, opts: { mcp?: McpToolSource; mcpTimeoutMs?: number } = {}): AgentTool[] {
  const builtIn = [shellTool(new ShellSession(env)), readFileTool, writeFileTool, editFileTool, listFilesTool];
  const fromMcp = opts.mcp ? mcpTools(opts.mcp, opts.mcpTimeoutMs ?? 120_000) : [];
  const taken = new Set(builtIn.map((t) => t.name));
  return [...builtIn, ...fromMcp.filter((t) => !taken.has(t.name) && t.name !== 'submit'), submitTool];
}

/**
 * The tool set as the AI SDK wants it, without `execute`: the harness runs tools itself, one model call
 * per turn. `cacheLast` marks the last tool as an Anthropic cache breakpoint (tools + system are the
 * stable prefix; other providers ignore the option).
 */
export function toToolSet(tools: readonly AgentTool[], opts: { cacheLast?: boolean } = {}): ToolSet {
  const set: ToolSet = {};
  tools.forEach((t, i) => {
    const last = i === tools.length - 1 && opts.cacheLast;
    set[t.name] = tool({
      description: t.description,
      inputSchema: t.inputSchema,
      ...(last ? { providerOptions: { anthropic: { cacheControl: { type: 'ephemeral' } } } } : {})
    });
  });
  return set;
}

/**
 * Runs one validated tool call and cuts its output to the budget. Loop exceptions (Submitted), aborts and
 * OpsBenchErrors (RuntimeUnavailableError) pass through; anything else a tool throws becomes an error
 * result the model can read.
 */
export async function runTool(t: AgentTool, input: unknown, ctx: ToolContext): Promise<ToolOutput> {
  let out: ToolOutput;
  try {
    out = await t.run(input, ctx);
  } catch (err) {
    // Loop control, the wall clock and infrastructure failures (the runtime vanished) are not the tool's.
    if (err instanceof InterruptAgentFlow || ctx.signal.aborted || OpsBenchError.isInstance(err)) throw err;
    out = { text: `${t.name} failed: ${(err as Error).message}`, isError: true };
  }
  return { ...out, text: truncateOutput(out.text, ctx.outputBytes, t.narrowHint ?? NARROW_HINTS.shell) };
}
