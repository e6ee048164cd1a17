import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { InMemoryTransport } from '@modelcontextprotocol/sdk/inMemory.js';
import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import type { Transport } from '@modelcontextprotocol/sdk/shared/transport.js';
import { ErrorCode, McpError, type Tool } from '@modelcontextprotocol/sdk/types.js';
import type { McpServerSpec } from '../../task/schema.js';
import { AgentSetupError } from '../../core/errors.js';
import { HARNESS_VERSION } from '../../core/version.js';
import { resultText } from './result-text.js';
import { localStdioTransport, type StdioServerSpec } from './stdio-transport.js';
import { namespacedToolName } from './tool-names.js';

export type { StdioServerSpec };
export type HttpServerSpec = Extract<McpServerSpec, { url: string }>;

/** A server the harness runs in its own process (a task's logs, chat, tracker), reached over an in-memory pair. */
export interface InProcessServerSpec {
  name: string;
  create: () => McpServer | Promise<McpServer>;
}

export type ConnectSpec = McpServerSpec | InProcessServerSpec;

export interface McpToolInfo {
  /** `server__tool`, limited to [A-Za-z0-9_-] and 64 characters: usable as a provider function name as is. */
  name: string;
  server: string;
  /** The tool's name on its own server. */
  tool: string;
  description: string;
  /** JSON Schema of the arguments, always `type: "object"` with `properties`. */
  inputSchema: Record<string, unknown>;
}

export interface McpCallResult {
  text: string;
  isError: boolean;
}

export interface McpClientManagerOptions {
  /**
   * Starts a stdio server. The runtime passes one that runs the command inside the workspace container
   * (a StdioClientTransport over `docker exec -i ...`). Default: {@link localStdioTransport}, a local child
   * with an allowlisted environment.
   */
  spawn?: (spec: StdioServerSpec) => Transport | Promise<Transport>;
  /** Reaches a URL server. Default: Streamable HTTP to `spec.url`. */
  http?: (spec: HttpServerSpec) => Transport;
  /** Connect+list timeout per server, and the default per-call timeout (default 60 s). */
  timeoutMs?: number;
  /** Largest result text handed to the model (default 100 000 characters). */
  maxResultChars?: number;
  /** Working directory of locally spawned servers. */
  cwd?: string;
  log?: (line: string) => void;
}

interface Connection {
  name: string;
  client: Client;
  transport: Transport;
  /** Why the server is gone, once it is. */
  dead: string | null;
  stderrTail: string;
  pid: number | null;
  closeServer?: () => Promise<void>;
}

const DEFAULT_TIMEOUT_MS = 60_000;
const STDERR_TAIL = 2000;

/**
 * The MCP servers one agent run can use, connected once and called by namespaced tool name. Calls never
 * throw: a crashed server, a timeout, an unknown tool or a tool's own error come back as
 * `{ isError: true, text }` for the model to read. Tools are listed once at connect (list_changed is not
 * followed: a trial's toolset stays fixed).
 */
export class McpClientManager {
  private readonly byName = new Map<string, { conn: Connection; tool: Tool }>();
  private readonly infos: McpToolInfo[] = [];
  private closing = false;

  private constructor(
    private readonly conns: Connection[],
    private readonly opts: McpClientManagerOptions
  ) {}

  /**
   * Connects to every server in parallel and lists their tools.
   * @throws AgentSetupError naming each server that could not start, connect or list (after closing the others),
   *   or a duplicated server name.
   */
  static async connect(specs: ConnectSpec[], opts: McpClientManagerOptions = {}): Promise<McpClientManager> {
    const names = specs.map((s) => s.name);
    const dup = names.find((n, i) => names.indexOf(n) !== i);
    if (dup !== undefined) throw new AgentSetupError(`two MCP servers are named "${dup}"; give each server in task.yaml mcp: a unique name`);
    const settled = await Promise.allSettled(specs.map((spec) => connectOne(spec, opts)));
    const conns = settled.flatMap((s) => (s.status === 'fulfilled' ? [s.value.conn] : []));
    const manager = new McpClientManager(conns, opts);
    const failures = settled.flatMap((s, i) => (s.status === 'rejected' ? [`${describe(specs[i]!)}: ${(s.reason as Error).message}`] : []));
    if (failures.length > 0) {
      await manager.close();
      throw new AgentSetupError(`MCP server${failures.length > 1 ? 's' : ''} failed to start: ${failures.join('; ')}`);
    }
    for (const s of settled) if (s.status === 'fulfilled') manager.register(s.value.conn, s.value.tools);
    return manager;
  }

  /** The tools of every server, in server order. */
  tools(): McpToolInfo[] {
    return [...this.infos];
  }

  /** Calls a tool by its namespaced name. Never throws. */
  async call(name: string, args: unknown, callOpts: { signal?: AbortSignal; timeoutMs?: number } = {}): Promise<McpCallResult> {
    const entry = this.byName.get(name);
    if (!entry) return { isError: true, text: `Unknown tool "${name}". Available MCP tools: ${this.infos.map((t) => t.name).join(', ') || '(none)'}` };
    const { conn, tool } = entry;
    if (conn.dead !== null) return { isError: true, text: `MCP server "${conn.name}" is not running (${conn.dead}); its tools are unavailable.${tail(conn)}` };
    if (args !== undefined && args !== null && (typeof args !== 'object' || Array.isArray(args))) {
      return { isError: true, text: `Tool "${name}" takes an object of arguments matching its schema, not ${JSON.stringify(args).slice(0, 100)}` };
    }
    const timeoutMs = callOpts.timeoutMs ?? this.opts.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    try {
      const result = await conn.client.callTool({ name: tool.name, arguments: (args ?? {}) as Record<string, unknown> }, undefined, {
        signal: callOpts.signal,
        timeout: timeoutMs
      });
      return { isError: result.isError === true, text: resultText(result, this.opts.maxResultChars ?? 100_000) };
    } catch (error) {
      return { isError: true, text: this.explain(conn, name, error, timeoutMs, callOpts.signal) };
    }
  }

  /** Closes every connection and stops local servers. Never throws. */
  async close(): Promise<void> {
    this.closing = true;
    await Promise.allSettled(this.conns.map((c) => closeConnection(c, this.opts.log)));
  }

  private register(conn: Connection, tools: Tool[]): void {
    const taken = new Set(this.byName.keys());
    for (const tool of tools) {
      const name = namespacedToolName(conn.name, tool.name, taken);
      taken.add(name);
      this.byName.set(name, { conn, tool });
      this.infos.push({
        name,
        server: conn.name,
        tool: tool.name,
        description: tool.description ?? tool.title ?? tool.annotations?.title ?? '',
        inputSchema: providerSafeSchema(tool.inputSchema)
      });
    }
    conn.client.onclose = () => {
      conn.dead ??= 'it exited or closed the connection';
      if (!this.closing) this.opts.log?.(`[mcp ${conn.name}] server stopped${tail(conn)}`);
    };
  }

  private explain(conn: Connection, name: string, error: unknown, timeoutMs: number, signal: AbortSignal | undefined): string {
    if (signal?.aborted) return `Tool "${name}" was cancelled.`;
    if (error instanceof McpError && error.code === ErrorCode.RequestTimeout) return `Tool "${name}" timed out after ${timeoutMs} ms and was cancelled; try a smaller request.`;
    if (conn.dead !== null || (error instanceof McpError && error.code === ErrorCode.ConnectionClosed)) {
      conn.dead ??= 'it closed the connection';
      return `MCP server "${conn.name}" stopped during the call to "${name}" (${conn.dead}).${tail(conn)}`;
    }
    return `Tool "${name}" failed: ${(error as Error).message ?? String(error)}`;
  }
}

/** `$schema` is dropped (Gemini refuses unknown keys) and `properties` made present (OpenAI wants it). */
function providerSafeSchema(schema: Tool['inputSchema']): Record<string, unknown> {
  const { $schema: _dialect, ...rest } = schema as Record<string, unknown>;
  return { properties: {}, ...rest, type: 'object' };
}

function describe(spec: ConnectSpec): string {
  if ('command' in spec) return `"${spec.name}" (${[spec.command, ...spec.args].join(' ')})`;
  if ('url' in spec) return `"${spec.name}" (${spec.url})`;
  return `"${spec.name}" (in-process)`;
}

function tail(conn: Connection): string {
  const t = conn.stderrTail.trim();
  return t ? ` Its last stderr output: ${t.slice(-500)}` : '';
}

async function connectOne(spec: ConnectSpec, opts: McpClientManagerOptions): Promise<{ conn: Connection; tools: Tool[] }> {
  const timeout = opts.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const client = new Client({ name: 'opsbench', version: HARNESS_VERSION }, { capabilities: {} });
  const conn: Connection = { name: spec.name, client, transport: undefined as unknown as Transport, dead: null, stderrTail: '', pid: null };
  if ('create' in spec) {
    const [clientSide, serverSide] = InMemoryTransport.createLinkedPair();
    const server = await spec.create();
    await server.connect(serverSide);
    conn.transport = clientSide;
    conn.closeServer = () => server.close();
  } else if ('url' in spec) {
    conn.transport = opts.http ? opts.http(spec) : new StreamableHTTPClientTransport(new URL(spec.url));
  } else {
    conn.transport = await (opts.spawn ?? ((s: StdioServerSpec) => localStdioTransport(s, { cwd: opts.cwd })))(spec);
  }
  watchStderr(conn, opts.log);
  try {
    await client.connect(conn.transport, { timeout });
    if (conn.transport instanceof StdioClientTransport) conn.pid = conn.transport.pid;
    const tools: Tool[] = [];
    let cursor: string | undefined;
    do {
      const page = await client.listTools(cursor === undefined ? undefined : { cursor }, { timeout });
      tools.push(...page.tools);
      cursor = page.nextCursor;
    } while (cursor !== undefined);
    return { conn, tools };
  } catch (error) {
    await closeConnection(conn, undefined);
    const message = error instanceof McpError && error.code === ErrorCode.RequestTimeout ? `no answer within ${timeout} ms` : (error as Error).message;
    throw new Error(`${message}${tail(conn)}`, { cause: error });
  }
}

/** Keeps the last stderr lines of a stdio server for error messages, and logs them as they come. */
function watchStderr(conn: Connection, log: ((line: string) => void) | undefined): void {
  const stream = conn.transport instanceof StdioClientTransport ? conn.transport.stderr : null;
  stream?.on('data', (chunk: Buffer) => {
    const text = chunk.toString('utf8');
    conn.stderrTail = (conn.stderrTail + text).slice(-STDERR_TAIL);
    for (const line of text.split('\n')) if (line.trim()) log?.(`[mcp ${conn.name}] ${line}`);
  });
}

async function closeConnection(conn: Connection, log: ((line: string) => void) | undefined): Promise<void> {
  conn.dead ??= 'closed by the harness';
  const pid = conn.pid ?? (conn.transport instanceof StdioClientTransport ? conn.transport.pid : null);
  if (conn.transport instanceof StreamableHTTPClientTransport && conn.transport.sessionId !== undefined) {
    // Tell a session-keeping server we are gone (HTTP DELETE), but never wait long on a dead one.
    await Promise.race([conn.transport.terminateSession().catch(() => {}), new Promise((r) => setTimeout(r, 2000).unref())]);
  }
  try {
    await conn.client.close();
  } catch (error) {
    log?.(`[mcp ${conn.name}] close failed: ${(error as Error).message}`);
  }
  try {
    await conn.closeServer?.();
  } catch {
    // The in-memory pair is already down; nothing else holds resources.
  }
  if (pid !== null) await waitForExit(pid, 3000);
}

/** The SDK's close sends SIGKILL last without waiting: wait so no child outlives close(). */
async function waitForExit(pid: number, ms: number): Promise<void> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    try {
      process.kill(pid, 0);
    } catch {
      return;
    }
    await new Promise((r) => setTimeout(r, 25));
  }
}
