import { loadChat, loadIssues } from '../../mcp/context-data.js';
import { createContextServer } from '../../mcp/context-server.js';
import { FileLogSource } from '../../mcp/file-log-source.js';
import type { LogSource } from '../../mcp/log-source.js';
import { createLogsServer } from '../../mcp/logs-server.js';
import { LokiLogSource } from '../../mcp/loki-log-source.js';
import type { McpServerSpec } from '../../task/schema.js';
import type { Task } from '../../task/task.js';
import type { InProcessServerSpec } from './client-manager.js';

/** Server names the harness gives a task's context; task.yaml `mcp:` servers must not reuse them. */
export const LOGS_SERVER = 'logs';
export const CONTEXT_SERVER = 'context';

export interface ContextServerOptions {
  /** Loki base URL reachable from the harness, when the task runs a loki service: used instead of the log files. */
  lokiUrl?: string;
}

/**
 * The task's logs, chat and tracker as MCP servers running inside the harness process, for
 * `McpClientManager.connect`. This is the preferred way: the files stay with the harness and never enter
 * the agent's container, so the agent can read them only through the tools (no `cat data/logs/*`, no
 * peeking at other context). Tools appear as `logs__query_logs`, `context__read_channel`, ...
 * @throws UserInputError when chat.json or issues.json does not fit its schema (naming file and field).
 */
export async function harnessContextServers(task: Pick<Task, 'context'>, opts: ContextServerOptions = {}): Promise<InProcessServerSpec[]> {
  const specs: InProcessServerSpec[] = [];
  const source: LogSource | null = opts.lokiUrl ? new LokiLogSource(opts.lokiUrl) : task.context.logs ? new FileLogSource(task.context.logs) : null;
  if (source) specs.push({ name: LOGS_SERVER, create: () => createLogsServer(source) });
  if (task.context.chat || task.context.tracker) {
    const cut = { notAfter: task.context.notAfter === undefined ? null : Date.parse(task.context.notAfter) };
    const data = {
      chat: task.context.chat ? await loadChat(task.context.chat, cut) : null,
      issues: task.context.tracker ? await loadIssues(task.context.tracker, cut) : null
    };
    specs.push({ name: CONTEXT_SERVER, create: () => createContextServer(data) });
  }
  return specs;
}

/**
 * The same servers as stdio processes running the opsbench CLI (`node <cliPath> mcp logs --source ...`),
 * for a client that needs a command rather than an in-process server. The paths are the harness's own, so
 * these specs run on the harness host, not in the workspace.
 * @param opts.cliPath the bundled CLI, e.g. dist/cli/index.js; `nodePath` defaults to this process's node,
 *   `nodeArgs` go before the script (e.g. `--enable-source-maps`).
 */
export function contextServerSpecs(
  task: Pick<Task, 'context'>,
  opts: { cliPath: string; nodePath?: string; nodeArgs?: string[] } & ContextServerOptions
): McpServerSpec[] {
  const command = opts.nodePath ?? process.execPath;
  const cli = [...(opts.nodeArgs ?? []), opts.cliPath, 'mcp'];
  const specs: McpServerSpec[] = [];
  const logs = opts.lokiUrl ?? task.context.logs;
  if (logs) specs.push({ name: LOGS_SERVER, command, args: [...cli, 'logs', '--source', logs] });
  if (task.context.chat || task.context.tracker) {
    const files = [
      ...(task.context.chat ? ['--chat', task.context.chat] : []),
      ...(task.context.tracker ? ['--tracker', task.context.tracker] : []),
      ...(task.context.notAfter ? ['--not-after', task.context.notAfter] : [])
    ];
    specs.push({ name: CONTEXT_SERVER, command, args: [...cli, 'context', ...files] });
  }
  return specs;
}
