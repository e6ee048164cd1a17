import { spawn } from 'node:child_process';
import { request } from 'node:http';
import path from 'node:path';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { McpClientManager } from '../../src/agent/mcp/client-manager.js';
import { contextServerSpecs } from '../../src/agent/mcp/context-servers.js';
import { runMcpCommand } from '../../src/cli/commands/mcp.js';
import { OpsBenchError } from '../../src/core/errors.js';

const FIXTURES = path.resolve('__tests__/fixtures/mcp');
const LOGS = path.join(FIXTURES, 'logs');
const CONTEXT = path.join(FIXTURES, 'context');
// The CLI run from the TypeScript sources as a real child process (dist/ is built separately).
const CLI = [
  '--experimental-transform-types',
  '--no-warnings',
  '--import',
  path.join(FIXTURES, 'ts-resolve.mjs'),
  path.join(FIXTURES, 'mcp-cli-entry.mjs')
];

interface Running {
  url: string;
  stderr: string[];
  stop: () => Promise<number>;
}

/** Runs `opsbench mcp ... --http 0` in this process and waits for the URL it prints. */
async function startHttp(args: string[]): Promise<Running> {
  const controller = new AbortController();
  const stderr: string[] = [];
  let announce: (url: string) => void = () => {};
  const announced = new Promise<string>((resolve) => (announce = resolve));
  const io = {
    stdout: { write: (s: string) => stderr.push(`STDOUT:${s}`) },
    stderr: {
      write: (s: string) => {
        stderr.push(s);
        const url = /at (http:\/\/127\.0\.0\.1:\d+\/mcp)/.exec(s)?.[1];
        if (url) announce(url);
      }
    },
    signal: controller.signal
  };
  const done = runMcpCommand([...args, '--http', '0'], io);
  const url = await Promise.race([announced, done.then((code) => Promise.reject(new Error(`exited ${code}: ${stderr.join('')}`)))]);
  return {
    url,
    stderr,
    stop: async () => {
      controller.abort();
      return done;
    }
  };
}

async function httpClient(url: string): Promise<Client> {
  const client = new Client({ name: 'test', version: '1' });
  await client.connect(new StreamableHTTPClientTransport(new URL(url)));
  return client;
}

function textOf(result: Awaited<ReturnType<Client['callTool']>>): string {
  return (result.content as Array<{ text?: string }>).map((c) => c.text ?? '').join('\n');
}

function rawRequest(url: string, opts: { method: string; host?: string }): Promise<number> {
  const u = new URL(url);
  return new Promise((resolve, reject) => {
    const req = request(
      { host: u.hostname, port: u.port, path: u.pathname, method: opts.method, headers: { host: opts.host ?? u.host, accept: 'application/json, text/event-stream', 'content-type': 'application/json' } },
      (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      }
    );
    req.on('error', reject);
    req.end(opts.method === 'POST' ? JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'tools/list' }) : undefined);
  });
}

describe('opsbench mcp', () => {
  test('mcp logs --http serves the logs tools over stateless Streamable HTTP to several clients until stopped', async () => {
    const server = await startHttp(['logs', '--source', LOGS]);
    try {
      expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/mcp$/);
      const [a, b] = await Promise.all([httpClient(server.url), httpClient(server.url)]);
      const { tools } = await a.listTools();
      expect(tools.map((t) => t.name).sort()).toEqual(['get_context', 'label_values', 'list_labels', 'log_stats', 'query_logs']);
      const errors = textOf(await b.callTool({ name: 'query_logs', arguments: { query: '{level="error"}' } }));
      expect(errors.split('\n')[0]).toBe('9 matching lines, oldest first:');
      expect(textOf(await a.callTool({ name: 'get_context', arguments: { filename: 'payments.log', line: 129, before: 0, after: 0 } }))).toContain('> ');
      await Promise.all([a.close(), b.close()]);
      expect(server.stderr.join('')).toContain(`serving log files under ${LOGS} at ${server.url}`);
      expect(server.stderr.some((s) => s.startsWith('STDOUT:'))).toBe(false);
    } finally {
      expect(await server.stop()).toBe(0);
    }
  });

  test('the HTTP server refuses a foreign Host header, answers 405 to GET and 404 off /mcp', async () => {
    const server = await startHttp(['logs', '--source', LOGS]);
    try {
      expect(await rawRequest(server.url, { method: 'POST', host: 'attacker.example:80' })).toBe(403);
      expect(await rawRequest(server.url, { method: 'GET' })).toBe(405);
      expect(await rawRequest(server.url.replace('/mcp', '/other'), { method: 'POST' })).toBe(404);
    } finally {
      await server.stop();
    }
  });

  test('mcp context --http serves the chat and tracker tools from a data directory', async () => {
    const server = await startHttp(['context', '--data', CONTEXT]);
    try {
      const client = await httpClient(server.url);
      expect(textOf(await client.callTool({ name: 'get_issue', arguments: { id: 'OPS-142' } }))).toContain('#OPS-142: Checkout returns 502');
      expect(textOf(await client.callTool({ name: 'search_chat', arguments: { query: 'deploy' } }))).toContain('#incidents');
      await client.close();
    } finally {
      await server.stop();
    }
  });

  test('missing or bad flags are usage errors or user errors naming the flag', async () => {
    const stderr: string[] = [];
    const io = { stdout: { write: () => true }, stderr: { write: (s: string) => stderr.push(s) } };
    expect(await runMcpCommand(['logs'], io)).toBe(2);
    expect(stderr.join('')).toMatch(/--source is required[\s\S]*Usage:/);
    expect(await runMcpCommand(['metrics'], io)).toBe(2);
    const missing: unknown = await runMcpCommand(['logs', '--source', '/nonexistent/logs'], io).catch((e: unknown) => e);
    expect(OpsBenchError.isInstance(missing)).toBe(true);
    expect((missing as Error).message).toBe('--source: /nonexistent/logs does not exist; give a directory or file of logs, or a Loki URL (http://...)');
    await expect(runMcpCommand(['logs', '--source', LOGS, '--http', 'eighty'], io)).rejects.toThrow('--http: "eighty" is not a port');
    await expect(runMcpCommand(['context', '--data', LOGS], io)).rejects.toThrow(/has neither chat\.json nor issues\.json/);
    await expect(runMcpCommand(['logs', '--source', LOGS, '--bogus'], io)).rejects.toMatchObject({ code: 'ERR_PARSE_ARGS_UNKNOWN_OPTION' });
  });

  test('over stdio the server writes only JSON-RPC to stdout, logs to stderr, and exits 0 when stdin closes', async () => {
    const child = spawn(process.execPath, [...CLI, 'logs', '--source', LOGS], { stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    const send = (msg: object): boolean => child.stdin.write(`${JSON.stringify(msg)}\n`);
    const waitFor = async (id: number): Promise<void> => {
      const deadline = Date.now() + 20_000;
      while (!stdout.split('\n').some((l) => l.includes(`"id":${id}`))) {
        if (Date.now() > deadline) throw new Error(`no answer ${id}; stderr: ${stderr}`);
        await new Promise((r) => setTimeout(r, 20));
      }
    };
    send({ jsonrpc: '2.0', id: 1, method: 'initialize', params: { protocolVersion: '2025-06-18', capabilities: {}, clientInfo: { name: 't', version: '1' } } });
    await waitFor(1);
    send({ jsonrpc: '2.0', method: 'notifications/initialized' });
    send({ jsonrpc: '2.0', id: 2, method: 'tools/call', params: { name: 'log_stats', arguments: { by: 'level' } } });
    await waitFor(2);
    const exit = new Promise<number | null>((resolve) => child.once('exit', resolve));
    child.stdin.end();
    expect(await exit).toBe(0);

    const lines = stdout.split('\n').filter((l) => l !== '');
    expect(lines).toHaveLength(2);
    const messages = lines.map((l) => JSON.parse(l) as { jsonrpc: string; id: number; result: { content?: Array<{ text: string }> } });
    expect(messages.every((m) => m.jsonrpc === '2.0')).toBe(true);
    expect(messages[1]?.result.content?.[0]?.text).toMatch(/^Lines by level: 831 in total/);
    expect(stderr).toContain(`opsbench mcp logs: serving log files under ${LOGS} over stdio`);
  });

  test("contextServerSpecs runs a task's logs and tracker as stdio CLI servers the client manager can call", async () => {
    const task = { context: { logs: LOGS, chat: null, tracker: path.join(CONTEXT, 'issues.json') } };
    const specs = contextServerSpecs(task, { cliPath: CLI.at(-1)!, nodeArgs: CLI.slice(0, -1) });
    expect(specs.map((s) => ('command' in s ? [s.name, s.command, ...s.args.slice(-5)] : []))).toEqual([
      ['logs', process.execPath, CLI.at(-1), 'mcp', 'logs', '--source', LOGS],
      ['context', process.execPath, CLI.at(-1), 'mcp', 'context', '--tracker', path.join(CONTEXT, 'issues.json')]
    ]);
    const manager = await McpClientManager.connect(specs, { timeoutMs: 30_000 });
    try {
      expect(manager.tools().map((t) => t.name)).toEqual([
        'logs__list_labels',
        'logs__label_values',
        'logs__query_logs',
        'logs__log_stats',
        'logs__get_context',
        'context__list_issues',
        'context__get_issue',
        'context__search_issues'
      ]);
      const result = await manager.call('logs__query_logs', { query: '{service="checkout"} |= "deadline"' });
      expect(result.isError).toBe(false);
      expect(result.text.split('\n')).toHaveLength(3);
      expect((await manager.call('context__list_issues', { status: 'open' })).text).toMatch(/^2 issues:/);
    } finally {
      await manager.close();
    }
  });
});
