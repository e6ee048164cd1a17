import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Readable, Writable } from 'node:stream';
import { parseArgs } from 'node:util';
import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { loadChat, loadIssues } from '../../mcp/context-data.js';
import { createContextServer } from '../../mcp/context-server.js';
import { createLogsServer } from '../../mcp/logs-server.js';
import { openLogSource } from '../../mcp/open-log-source.js';
import { serveMcpHttp, serveMcpStdio } from '../../mcp/serve.js';
import { UserInputError } from '../../core/errors.js';
import type { CliCommand, CliIO } from '../io.js';

const USAGE = `Usage:
  opsbench mcp logs --source DIR|FILE|LOKI_URL [--header "Name: value"]... [--http PORT]
  opsbench mcp context --data DIR [--chat FILE] [--tracker FILE] [--not-after TIME] [--http PORT]

Serves the harness's MCP servers to any MCP client.
  logs     tools list_labels, label_values, query_logs, log_stats, get_context over log files
           (JSON, logfmt or plain lines) or a Loki (--source http://loki:3100; --header for X-Scope-OrgID)
  context  tools list_channels, read_channel, search_chat (DIR/chat.json) and list_issues, get_issue,
           search_issues (DIR/issues.json); --chat/--tracker name other files; --not-after leaves out
           messages and issues newer than TIME (ISO)

Over stdio by default (stdout carries only the protocol; messages go to stderr). With --http PORT, serves
Streamable HTTP in stateless mode at http://127.0.0.1:PORT/mcp (PORT 0 picks a free port, printed on stderr)
until interrupted.
`;

/** The real process streams; tests pass their own. */
export interface McpStdio {
  stdin: Readable;
  stdout: Writable;
}

/** Runs `opsbench mcp ...`. Resolves when the server stops (stdin closed, or `io.signal` aborted for --http). */
export async function runMcpCommand(args: string[], io: CliIO, stdio: McpStdio = { stdin: process.stdin, stdout: process.stdout }): Promise<number> {
  const [kind, ...rest] = args;
  if (kind !== 'logs' && kind !== 'context') {
    io.stderr.write(`opsbench mcp: expected "logs" or "context"${kind ? `, got "${kind}"` : ''}\n\n${USAGE}`);
    return 2;
  }
  const { values } = parseArgs({
    args: rest,
    options: {
      source: { type: 'string' },
      header: { type: 'string', multiple: true },
      data: { type: 'string' },
      chat: { type: 'string' },
      tracker: { type: 'string' },
      'not-after': { type: 'string' },
      http: { type: 'string' }
    },
    strict: true,
    allowPositionals: false
  });
  const port = values.http === undefined ? null : parsePort(values.http);
  let factory: () => McpServer;
  let what: string;
  if (kind === 'logs') {
    if (!values.source) {
      io.stderr.write(`opsbench mcp logs: --source is required\n\n${USAGE}`);
      return 2;
    }
    const source = await openLogSource(values.source, { what: '--source', loki: { headers: parseHeaders(values.header ?? []) } });
    factory = () => createLogsServer(source);
    what = source.describe();
  } else {
    const { chat, tracker } = contextFiles(values);
    const notAfter = values['not-after'] === undefined ? null : Date.parse(values['not-after']);
    if (Number.isNaN(notAfter)) throw new UserInputError(`--not-after: "${values['not-after']}" is not a time; give an ISO time such as 2024-05-01T10:00:00Z`);
    const cut = { notAfter };
    const data = { chat: chat ? await loadChat(chat, cut) : null, issues: tracker ? await loadIssues(tracker, cut) : null };
    factory = () => createContextServer(data);
    what = [chat, tracker].filter(Boolean).join(' and ');
  }

  if (port === null) {
    io.stderr.write(`opsbench mcp ${kind}: serving ${what} over stdio\n`);
    await serveMcpStdio(factory(), { ...stdio, signal: io.signal });
    return 0;
  }
  const handle = await serveMcpHttp(factory, { port, log: (line) => io.stderr.write(`opsbench mcp ${kind}: ${line}\n`) }).catch((error: unknown) => {
    throw new UserInputError(`--http ${port}: cannot listen on 127.0.0.1:${port} (${(error as Error).message})`, error);
  });
  io.stderr.write(`opsbench mcp ${kind}: serving ${what} at ${handle.url}\n`);
  await new Promise<void>((resolve) => {
    if (io.signal?.aborted) resolve();
    io.signal?.addEventListener('abort', () => resolve(), { once: true });
  });
  await handle.close();
  return 0;
}

function parsePort(text: string): number {
  const port = Number(text);
  if (!/^\d+$/.test(text) || port > 65535) throw new UserInputError(`--http: "${text}" is not a port; give a number 0-65535 (0 picks a free one)`);
  return port;
}

function parseHeaders(raw: string[]): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const h of raw) {
    const at = h.indexOf(':');
    if (at <= 0) throw new UserInputError(`--header: "${h}" must look like "Name: value", e.g. "X-Scope-OrgID: tenant1"`);
    headers[h.slice(0, at).trim()] = h.slice(at + 1).trim();
  }
  return headers;
}

/** DIR/chat.json and DIR/issues.json when present, or the files named by --chat / --tracker. */
function contextFiles(values: { data?: string; chat?: string; tracker?: string }): { chat: string | null; tracker: string | null } {
  if (!values.data && !values.chat && !values.tracker) throw new UserInputError('--data DIR is required (a directory with chat.json and/or issues.json)');
  const pick = (explicit: string | undefined, name: string): string | null => {
    if (explicit) {
      if (!existsSync(explicit)) throw new UserInputError(`--${name === 'chat.json' ? 'chat' : 'tracker'}: ${path.resolve(explicit)} does not exist`);
      return path.resolve(explicit);
    }
    const candidate = values.data ? path.resolve(values.data, name) : null;
    return candidate && existsSync(candidate) ? candidate : null;
  };
  const chat = pick(values.chat, 'chat.json');
  const tracker = pick(values.tracker, 'issues.json');
  if (!chat && !tracker) throw new UserInputError(`--data: ${path.resolve(values.data ?? '.')} has neither chat.json nor issues.json; add one or name files with --chat/--tracker`);
  return { chat, tracker };
}

export const mcpCommand: CliCommand = {
  name: 'mcp',
  usage: USAGE,
  run: (args, io) => runMcpCommand(args, io)
};
