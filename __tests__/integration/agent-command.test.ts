import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { createCommandAgent } from '../../src/agent/command/command-agent.js';
import { cliFlag, withFieldNames } from '../../src/cli/flags.js';
import { McpClientManager } from '../../src/agent/mcp/client-manager.js';
import type { McpServerSpec } from '../../src/task/schema.js';
import { AGENT_FIXTURES, startLocalTrial, type LocalTrial } from '../helpers/provider-doubles/trial-env.js';

/** The bring-your-own agent: real scripts run in a real LocalRuntime workspace. */
let trial: LocalTrial;
beforeEach(async () => {
  trial = await startLocalTrial('py-add');
});
afterEach(async () => {
  await trial.cleanup();
});

const script = (name: string): string => `bash ${path.join(AGENT_FIXTURES, name)}`;

test('a script agent reads the instruction and MCP config, fixes the repo, exits 0 and is submitted', async () => {
  const agent = createCommandAgent({ command: script('fix-agent.sh'), maxTurns: 30, maxCostUsd: 2.5 });
  expect(agent.name).toBe('command');
  const outcome = await agent.run({ ...trial.ctx(), mcpServers: [{ name: 'tracker', url: 'http://127.0.0.1:9/mcp' }, { name: 'fs', command: 'mcp-server-filesystem', args: ['/app'] }] });

  expect(outcome).toEqual({ stopReason: 'submitted', episodes: 4, tokens: { input: 1000, output: 200, cacheRead: 600, cacheWrite: 0 }, costUsd: 0.0125 });
  expect((await trial.env.readFile('calc.py')).toString()).toContain('return a + b');
  // The harness's files live outside the repo: the graded diff holds only the agent's change.
  const diff = await trial.env.diff();
  expect(diff).toContain('+    return a + b');
  expect(diff).not.toMatch(/instruction\.md|mcp\.json|usage\.json/);

  const log = await readFile(path.join(trial.artifactsDir, 'agent.log'), 'utf8');
  expect(log).toContain(`budget: turns=30 cost=2.5 timeout=120 cwd=${trial.env.workdir}`);
  expect(log).toMatch(/--- stderr ---\n[\s\S]*1 passed/);
  const events = (await readFile(path.join(trial.artifactsDir, 'trajectory.jsonl'), 'utf8')).trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
  expect(events).toEqual([
    { event: 'start', instruction_chars: trial.task.instruction.length },
    { event: 'mcp', servers: 'fs,tracker' },
    { event: 'done' }
  ]);
});

test('the mcp.json the agent gets is the standard mcpServers shape', async () => {
  const agent = createCommandAgent({ command: 'cat "$OPSBENCH_MCP_CONFIG"' });
  await agent.run({ ...trial.ctx(), mcpServers: [{ name: 'tracker', url: 'http://tracker:8080/mcp' }, { name: 'fs', command: 'mcp-server-filesystem', args: ['/app'], env: { A: 'b' } }] });
  const log = await readFile(path.join(trial.artifactsDir, 'agent.log'), 'utf8');
  expect(JSON.parse(log)).toEqual({
    mcpServers: { tracker: { type: 'http', url: 'http://tracker:8080/mcp' }, fs: { command: 'mcp-server-filesystem', args: ['/app'], env: { A: 'b' } } }
  });
});

test("the task's logs reach the agent as files under $OPSBENCH_CONTEXT_DIR, outside the repository", async () => {
  const agent = createCommandAgent({ command: 'cd "$OPSBENCH_CONTEXT_DIR" && find . -type f | sort && grep -c level logs/app.log && git -C "$OPSBENCH_WORKDIR" status --porcelain' });
  const outcome = await agent.run(trial.ctx());
  expect(outcome.stopReason).toBe('submitted');
  const logLines = (await readFile(path.join(AGENT_FIXTURES, 'py-add', 'data', 'logs', 'app.log'), 'utf8')).trim().split('\n').length;
  // The files, their content, and a clean repository: the context is not part of the graded diff.
  expect(await readFile(path.join(trial.artifactsDir, 'agent.log'), 'utf8')).toBe(`./logs/app.log\n${logLines}\n`);
  expect(await trial.env.diff()).toBe('');
});

test('a task without context gets no $OPSBENCH_CONTEXT_DIR', async () => {
  const agent = createCommandAgent({ command: 'echo "dir=${OPSBENCH_CONTEXT_DIR-unset}"' });
  await agent.run({ ...trial.ctx(), task: { ...trial.task, context: { logs: null, chat: null, tracker: null } } });
  expect(await readFile(path.join(trial.artifactsDir, 'agent.log'), 'utf8')).toBe('dir=unset\n');
});

test("on the local runtime, with the CLI known, mcp.json also runs the harness's logs server, and it answers", async () => {
  const fixtures = path.resolve('__tests__/fixtures/mcp');
  // The CLI from the TypeScript sources, as mcp-cli.test.ts runs it; in a real run this is dist/cli/index.js.
  const cli = { path: path.join(fixtures, 'mcp-cli-entry.mjs'), nodeArgs: ['--experimental-transform-types', '--no-warnings', '--import', path.join(fixtures, 'ts-resolve.mjs')] };
  const agent = createCommandAgent({ command: 'cat "$OPSBENCH_MCP_CONFIG"' }, { cli });
  await agent.run({ ...trial.ctx(), mcpServers: [{ name: 'tracker', url: 'http://127.0.0.1:9/mcp' }] });
  const config = JSON.parse(await readFile(path.join(trial.artifactsDir, 'agent.log'), 'utf8')) as { mcpServers: Record<string, { command: string; args: string[] }> };
  expect(Object.keys(config.mcpServers)).toEqual(['logs', 'tracker']);
  const logs = config.mcpServers.logs!;
  expect(logs.args.slice(-4)).toEqual(['mcp', 'logs', '--source', trial.task.context.logs]);
  const manager = await McpClientManager.connect([{ name: 'logs', ...logs } as McpServerSpec], { timeoutMs: 30_000 });
  try {
    const result = await manager.call('logs__query_logs', { query: '{level="error"}' });
    expect(result.isError).toBe(false);
    expect(result.text).toContain('add(2, 3) = -1, expected 5');
  } finally {
    await manager.close();
  }
});

test('an agent that exits 1 has crashed, and its stderr is kept', async () => {
  const outcome = await createCommandAgent({ command: script('crash-agent.sh') }).run(trial.ctx());
  expect(outcome).toEqual({ stopReason: 'crashed', episodes: 1, tokens: { input: 0, output: 0, cacheRead: 0, cacheWrite: 0 }, costUsd: 0 });
  expect(await readFile(path.join(trial.artifactsDir, 'agent.log'), 'utf8')).toBe('--- stderr ---\ncannot figure this out\n');
  expect(trial.lines).toContain('command agent exited with 1');
});

test('an agent still running at the wall clock is stopped with agent_timeout', async () => {
  const started = Date.now();
  const outcome = await createCommandAgent({ command: 'echo working; sleep 60' }).run(trial.ctx(AbortSignal.timeout(1000)));
  expect(outcome.stopReason).toBe('agent_timeout');
  expect(Date.now() - started).toBeLessThan(8000);
});

test('a bad config or a pass-key with no value is a one-line user error naming the field', () => {
  expect(() => withFieldNames(cliFlag, () => createCommandAgent({ command: '  ' }))).toThrow('--agent-command: must name a command');
  expect(() => withFieldNames(cliFlag, () => createCommandAgent({ command: 'x', maxTurns: -1 }))).toThrow('--max-turns: ');
  expect(() => createCommandAgent({ command: 'x', passKeys: ['OPENAI_API_KEY'] }, { keys: {} })).toThrow(
    'passKeys OPENAI_API_KEY: no value; set OPENAI_API_KEY in the environment or drop it'
  );
});
