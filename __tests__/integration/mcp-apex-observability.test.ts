import path from 'node:path';
import { McpClientManager } from '../../src/agent/mcp/client-manager.js';
import { contextServerSpecs, harnessContextServers } from '../../src/agent/mcp/context-servers.js';
import { loadTask } from '../../src/task/load.js';

// The data an APEX-SWE observability task ships for Loki, Mattermost and Plane (data/loki/app-*.log,
// data/mattermost/scraped.json, a Discord export; data/plane/issues.json, GitHub issues; the commit time in
// data/git_commit_timestamp.txt), reached by an MCP client through OpsBench's own logs and context servers:
// as stdio processes of the opsbench CLI (what the command agent gets) and in-process (the model agent's).
const TASK = path.resolve('__tests__/fixtures/apex-swe/observability/apex-obs-layers');
const FIXTURES = path.resolve('__tests__/fixtures/mcp');
const CLI = ['--experimental-transform-types', '--no-warnings', '--import', path.join(FIXTURES, 'ts-resolve.mjs'), path.join(FIXTURES, 'mcp-cli-entry.mjs')];

async function expectApexContext(manager: McpClientManager): Promise<void> {
  const errors = await manager.call('logs__query_logs', { query: '{level="error"}' });
  expect(errors.isError).toBe(false);
  expect(errors.text).toContain("retry scheduling failed: invalid literal for int() with base 10: ''");
  const channels = await manager.call('context__list_channels', {});
  expect(channels.text).toContain('general');
  const chat = await manager.call('context__read_channel', { channel: 'general' });
  expect(chat.text).toContain('relay logs say the retry-after header came back blank');
  expect(chat.text).toContain('Dana');
  expect(chat.text).toContain('lee');
  // After the commit (git_commit_timestamp.txt): APEX leaves it out so the fix is not handed over.
  expect(chat.text).not.toContain('fixed in relay 2.4.1');
  const issues = await manager.call('context__list_issues', {});
  expect(issues.text).toContain('Deliveries dropped when Retry-After is blank');
  expect(issues.text).toContain('Retry-After given as an HTTP date is ignored');
  expect(issues.text).not.toContain('Release 2.4.1');
  const issue = await manager.call('context__get_issue', { id: '17' });
  expect(issue.text).toContain('#17: Deliveries dropped when Retry-After is blank');
  expect(issue.text).toContain('dana-ops');
}

describe("an APEX-SWE observability task's Loki, Mattermost and Plane data over OpsBench's MCP servers", () => {
  test('the loader maps the shipped files onto the logs and context servers, with the commit time as the cut-off', async () => {
    const task = await loadTask(TASK);
    expect(task.context).toEqual({
      logs: path.join(TASK, 'data/loki'),
      chat: path.join(TASK, 'data/mattermost/scraped.json'),
      tracker: path.join(TASK, 'data/plane/issues.json'),
      notAfter: '2026-03-03T00:00:00+00:00'
    });
  });

  test('stdio: the opsbench CLI servers, as the command agent gets them', async () => {
    const task = await loadTask(TASK);
    const specs = contextServerSpecs(task, { cliPath: CLI.at(-1)!, nodeArgs: CLI.slice(0, -1) });
    const manager = await McpClientManager.connect(specs, { timeoutMs: 30_000 });
    try {
      await expectApexContext(manager);
    } finally {
      await manager.close();
    }
  }, 60_000);

  test('in-process: the servers the model agent connects to', async () => {
    const task = await loadTask(TASK);
    const manager = await McpClientManager.connect(await harnessContextServers(task), { timeoutMs: 30_000 });
    try {
      await expectApexContext(manager);
    } finally {
      await manager.close();
    }
  }, 60_000);
});
