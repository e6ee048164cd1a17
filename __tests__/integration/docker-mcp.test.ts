import path from 'node:path';
import { defaultMcpConnector } from '../../src/agent/model/model-agent.js';
import { DockerRuntime } from '../../src/runtime/docker/runtime.js';
import type { Environment } from '../../src/runtime/environment.js';
import { cleanupScratch, fixtureTask, requireDocker, scratch } from './docker-support.js';

const SERVER = path.resolve('__tests__/fixtures/mcp/stdio_server.py');

describe('a stdio MCP server a task declares runs inside the workspace container', () => {
  let env: Environment;
  const canary = 'sk-canary-mcp-docker-4711';

  beforeAll(async () => {
    await requireDocker();
    process.env.OPENAI_API_KEY = canary;
    env = new DockerRuntime({ hostEnv: process.env }).create(await fixtureTask('two-service'), { runId: `mcptest${Date.now()}`, trialId: 'mcp', scratchDir: await scratch() });
    await env.up();
    await env.copyIn(SERVER, '/opt/mcp/stdio_server.py');
  }, 600_000);

  afterAll(async () => {
    delete process.env.OPENAI_API_KEY;
    await env?.down();
    await cleanupScratch();
  });

  test('its tools are listed namespaced and a call answers from the container, without the runner secrets', async () => {
    const mcp = await defaultMcpConnector([{ name: 'box', command: 'python3', args: ['/opt/mcp/stdio_server.py'], env: { TASK_FLAG: '1' } }], {
      env,
      signal: new AbortController().signal,
      log: () => {}
    });
    try {
      expect(mcp.tools().map((t) => t.name)).toEqual(['box__whereami']);
      const result = await mcp.call('box__whereami', {}, { timeoutMs: 30_000 });
      expect(result.isError).toBe(false);
      const facts = JSON.parse(result.text) as { hostname: string; cwd: string; env: string[] };
      const inContainer = (await env.exec('hostname')).stdout.trim();
      expect(facts.hostname).toBe(inContainer);
      expect(facts.cwd).toBe(env.workdir);
      expect(facts.env).toContain('TASK_FLAG');
      expect(facts.env).not.toContain('OPENAI_API_KEY');
      expect(result.text).not.toContain(canary);
    } finally {
      await mcp.close();
    }
  }, 120_000);
});
