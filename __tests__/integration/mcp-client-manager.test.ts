import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { McpClientManager, type StdioServerSpec } from '../../src/agent/mcp/client-manager.js';
import { harnessContextServers } from '../../src/agent/mcp/context-servers.js';
import { localStdioTransport } from '../../src/agent/mcp/stdio-transport.js';
import { AgentSetupError, OpsBenchError } from '../../src/core/errors.js';
import { startEverythingHttp } from '../helpers/everything-http.js';

// Real third-party MCP servers from node_modules, over real stdio and Streamable HTTP.
const NODE = process.execPath;
const FS_SERVER = path.resolve('node_modules/@modelcontextprotocol/server-filesystem/dist/index.js');
const EVERYTHING = path.resolve('node_modules/@modelcontextprotocol/server-everything/dist/index.js');
const FIXTURES = path.resolve('__tests__/fixtures/mcp');

const everythingStdio: StdioServerSpec = { name: 'everything', command: NODE, args: [EVERYTHING, 'stdio'] };

/** A spawn that records the pids of the servers it starts, so tests can kill them or check they are gone. */
function recordingSpawn(pids: number[]): (spec: StdioServerSpec) => Promise<StdioClientTransport> {
  return async (spec) => {
    const transport = localStdioTransport(spec);
    const start = transport.start.bind(transport);
    transport.start = async () => {
      await start();
      if (transport.pid !== null) pids.push(transport.pid);
    };
    return transport;
  };
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

let workDir: string;

beforeAll(async () => {
  workDir = await mkdtemp(path.join(os.tmpdir(), 'opsbench-mcp-'));
  await writeFile(path.join(workDir, 'notes.txt'), 'the pool size is 10\n');
});

afterAll(async () => {
  await rm(workDir, { recursive: true, force: true });
});

describe('McpClientManager with real MCP servers', () => {
  test('the filesystem server over stdio lists namespaced tools with JSON schemas and reads a file', async () => {
    const manager = await McpClientManager.connect([{ name: 'fs', command: NODE, args: [FS_SERVER, workDir] }], { timeoutMs: 20_000 });
    try {
      const tools = manager.tools();
      const read = tools.find((t) => t.name === 'fs__read_text_file');
      expect(read).toMatchObject({ server: 'fs', tool: 'read_text_file' });
      expect(read?.description).toMatch(/file/i);
      expect(read?.inputSchema).toMatchObject({ type: 'object', properties: { path: { type: 'string' } }, required: ['path'] });
      expect(read?.inputSchema).not.toHaveProperty('$schema');
      expect(tools.every((t) => /^fs__[A-Za-z0-9_-]+$/.test(t.name))).toBe(true);

      expect(await manager.call('fs__read_text_file', { path: path.join(workDir, 'notes.txt') })).toEqual({ isError: false, text: 'the pool size is 10\n' });
      const outside = await manager.call('fs__read_text_file', { path: '/etc/hostname' });
      expect(outside.isError).toBe(true);
      expect(outside.text).toMatch(/outside allowed directories/i);
    } finally {
      await manager.close();
    }
  });

  test('the everything server over stdio answers a tool call and an unknown tool is an error result listing the tools', async () => {
    const manager = await McpClientManager.connect([everythingStdio], { timeoutMs: 20_000 });
    try {
      const names = manager.tools().map((t) => t.name);
      expect(names).toEqual(expect.arrayContaining(['everything__echo', 'everything__get-sum', 'everything__trigger-long-running-operation']));
      expect(await manager.call('everything__echo', { message: 'hello' })).toEqual({ isError: false, text: 'Echo: hello' });
      expect(await manager.call('everything__get-sum', { a: 2, b: 3 })).toMatchObject({ isError: false, text: expect.stringContaining('5') });
      const unknown = await manager.call('everything__nope', {});
      expect(unknown.isError).toBe(true);
      expect(unknown.text).toMatch(/^Unknown tool "everything__nope"\. Available MCP tools: .*everything__echo/);
      const badArgs = await manager.call('everything__echo', { message: 42 });
      expect(badArgs.isError).toBe(true);
    } finally {
      await manager.close();
    }
  });

  test('a locally spawned server sees an allowlisted environment plus its own env, never provider keys', async () => {
    const saved = process.env.OPENAI_API_KEY;
    process.env.OPENAI_API_KEY = 'sk-opsbench-test-secret';
    try {
      const manager = await McpClientManager.connect([{ ...everythingStdio, env: { TASK_FLAG: 'on' } }], { timeoutMs: 20_000 });
      try {
        const { text, isError } = await manager.call('everything__get-env', {});
        expect(isError).toBe(false);
        const env = JSON.parse(text) as Record<string, string>;
        expect(env.TASK_FLAG).toBe('on');
        expect(env.PATH).toBe(process.env.PATH);
        expect(text).not.toContain('sk-opsbench-test-secret');
        expect(Object.keys(env).filter((k) => /KEY|TOKEN|SECRET/.test(k))).toEqual([]);
      } finally {
        await manager.close();
      }
    } finally {
      if (saved === undefined) delete process.env.OPENAI_API_KEY;
      else process.env.OPENAI_API_KEY = saved;
    }
  });

  test('the everything server over Streamable HTTP on a loopback port answers like over stdio', async () => {
    const { url, child } = await startEverythingHttp(NODE);
    try {
      const manager = await McpClientManager.connect([{ name: 'remote', url }], { timeoutMs: 20_000 });
      try {
        expect(manager.tools().map((t) => t.name)).toContain('remote__echo');
        expect(await manager.call('remote__echo', { message: 'over http' })).toEqual({ isError: false, text: 'Echo: over http' });
      } finally {
        await manager.close();
      }
    } finally {
      child.kill('SIGKILL');
    }
  });

  test('a server killed mid-call turns that call and later ones into error results', async () => {
    const pids: number[] = [];
    const logs: string[] = [];
    const manager = await McpClientManager.connect([everythingStdio], { spawn: recordingSpawn(pids), timeoutMs: 20_000, log: (l) => logs.push(l) });
    try {
      const pending = manager.call('everything__trigger-long-running-operation', { duration: 30, steps: 3 });
      await new Promise((r) => setTimeout(r, 300));
      process.kill(pids[0]!, 'SIGKILL');
      const result = await pending;
      expect(result.isError).toBe(true);
      expect(result.text).toMatch(/^MCP server "everything" stopped during the call to "everything__trigger-long-running-operation"/);
      const later = await manager.call('everything__echo', { message: 'x' });
      expect(later.isError).toBe(true);
      expect(later.text).toMatch(/^MCP server "everything" is not running/);
      expect(logs.some((l) => l.startsWith('[mcp everything] server stopped'))).toBe(true);
    } finally {
      await manager.close();
    }
  });

  test('a call past its timeout is an error result, the server is told to cancel and keeps serving', async () => {
    const manager = await McpClientManager.connect([everythingStdio], { timeoutMs: 20_000 });
    try {
      const started = Date.now();
      const slow = await manager.call('everything__trigger-long-running-operation', { duration: 5, steps: 5 }, { timeoutMs: 300 });
      expect(Date.now() - started).toBeLessThan(2000);
      expect(slow).toEqual({ isError: true, text: 'Tool "everything__trigger-long-running-operation" timed out after 300 ms and was cancelled; try a smaller request.' });
      expect(await manager.call('everything__echo', { message: 'still here' })).toEqual({ isError: false, text: 'Echo: still here' });

      const controller = new AbortController();
      const pending = manager.call('everything__trigger-long-running-operation', { duration: 5, steps: 5 }, { signal: controller.signal });
      setTimeout(() => controller.abort(), 100);
      expect(await pending).toEqual({ isError: true, text: 'Tool "everything__trigger-long-running-operation" was cancelled.' });
    } finally {
      await manager.close();
    }
  });

  test('close() stops every server process and never throws, even twice', async () => {
    const pids: number[] = [];
    const manager = await McpClientManager.connect([everythingStdio, { name: 'fs', command: NODE, args: [FS_SERVER, workDir] }], { spawn: recordingSpawn(pids), timeoutMs: 20_000 });
    expect(pids).toHaveLength(2);
    expect(pids.every(alive)).toBe(true);
    await manager.close();
    expect(pids.filter(alive)).toEqual([]);
    await expect(manager.close()).resolves.toBeUndefined();
    expect((await manager.call('fs__list_directory', { path: workDir })).isError).toBe(true);
  });

  test('a server that cannot start fails connect with the server named and its stderr, and the others are stopped', async () => {
    const pids: number[] = [];
    const crashing: StdioServerSpec = { name: 'broken', command: NODE, args: ['-e', 'process.stderr.write("config missing: DB_URL\\n"); process.exit(3)'] };
    const error: unknown = await McpClientManager.connect([everythingStdio, crashing], { spawn: recordingSpawn(pids), timeoutMs: 20_000 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AgentSetupError);
    expect((error as Error).message).toMatch(/^MCP server failed to start: "broken" \(.* -e .*\): .*config missing: DB_URL/);
    expect(pids.filter(alive)).toEqual([]);

    const missing: unknown = await McpClientManager.connect([{ name: 'ghost', command: 'opsbench-no-such-mcp-server', args: [] }]).catch((e: unknown) => e);
    expect(OpsBenchError.isInstance(missing)).toBe(true);
    expect((missing as Error).message).toMatch(/"ghost" \(opsbench-no-such-mcp-server\): .*ENOENT/);
  });

  test('two servers with the same name are refused before anything starts', async () => {
    await expect(McpClientManager.connect([everythingStdio, { name: 'everything', url: 'http://127.0.0.1:1/mcp' }])).rejects.toThrow(
      'two MCP servers are named "everything"'
    );
  });

  test("a task's logs, chat and tracker run in-process next to a stdio server, with tools namespaced per server", async () => {
    const context = { logs: path.join(FIXTURES, 'logs'), chat: path.join(FIXTURES, 'context/chat.json'), tracker: path.join(FIXTURES, 'context/issues.json') };
    const manager = await McpClientManager.connect([...(await harnessContextServers({ context })), everythingStdio], { timeoutMs: 20_000 });
    try {
      const names = manager.tools().map((t) => t.name);
      expect(names).toEqual(expect.arrayContaining(['logs__query_logs', 'logs__log_stats', 'context__read_channel', 'context__get_issue', 'everything__echo']));
      const stats = await manager.call('logs__log_stats', { by: 'service', query: '{level="error"}' });
      expect(stats).toMatchObject({ isError: false, text: expect.stringMatching(/^Lines by service for \{level="error"\}: 9 in total/) });
      expect((await manager.call('context__get_issue', { id: 'OPS-142' })).text).toContain('Connection pool exhausted');
      const unknown = await manager.call('context__read_channel', { channel: 'nope' });
      expect(unknown).toEqual({ isError: true, text: 'unknown channel "nope"; channels: incidents, payments-dev, random' });
    } finally {
      await manager.close();
    }
  });
});
