import path from 'node:path';
import type { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { loadChat, loadIssues } from '../../src/mcp/context-data.js';
import { createContextServer, type ContextServerData } from '../../src/mcp/context-server.js';
import { OpsBenchError } from '../../src/core/errors.js';
import { callText, connectInMemory } from '../helpers/mcp-client.js';

const DIR = path.resolve('__tests__/fixtures/mcp/context');

const connect = (data: ContextServerData): Promise<Client> => connectInMemory(createContextServer(data));

let client: Client;

beforeAll(async () => {
  client = await connect({ chat: await loadChat(path.join(DIR, 'chat.json')), issues: await loadIssues(path.join(DIR, 'issues.json')) });
});

afterAll(async () => {
  await client.close();
});

const call = (name: string, args: Record<string, unknown> = {}, c: Client = client): ReturnType<typeof callText> => callText(c, name, args);

describe('context MCP server (chat and tracker)', () => {
  test('it offers the chat and tracker tools', async () => {
    const { tools } = await client.listTools();
    expect(tools.map((t) => t.name).sort()).toEqual(['get_issue', 'list_channels', 'list_issues', 'read_channel', 'search_chat', 'search_issues']);
  });

  test('list_channels shows each channel with its message count', async () => {
    const { text } = await call('list_channels');
    expect(text.split('\n')).toEqual([
      '#incidents  5 messages, last 1714560600.000500 2024-05-01T10:50:00.000Z',
      '#payments-dev  2 messages, last 2024-04-30T16:05:00Z 2024-04-30T16:05:00.000Z',
      '#random  0 messages'
    ]);
  });

  test('read_channel shows messages oldest first with thread replies indented under their parent', async () => {
    const { text } = await call('read_channel', { channel: '#incidents' });
    expect(text.split('\n')).toEqual([
      '#incidents: 3 messages:',
      '[1714557600.000100 2024-05-01T10:00:00.000Z] dana: Morning. Deploy 2024.05.01-1 of payments is out.',
      '[1714560180.000200 2024-05-01T10:43:00.000Z] sam: Customers report checkout failing with 502 since ~10:42 UTC',
      '    ↳ [1714560240.000300 2024-05-01T10:44:00.000Z] dana: payments pool looks saturated, looking',
      '    ↳ [1714560300.000400 2024-05-01T10:45:00.000Z] lee: Rolled back? No, the pool size change is in the same deploy.',
      '[1714560600.000500 2024-05-01T10:50:00.000Z] lee: Opened OPS-142 to track the pool exhaustion.'
    ]);
  });

  test('read_channel pages back with limit and before, and says how to get earlier messages', async () => {
    const last = await call('read_channel', { channel: 'incidents', limit: 1 });
    expect(last.text).toContain('lee: Opened OPS-142');
    expect(last.text).toContain('[2 earlier messages: read_channel with before="1714560600.000500"]');
    const earlier = await call('read_channel', { channel: 'incidents', limit: 1, before: '1714560600.000500' });
    expect(earlier.text).toContain('sam: Customers report');
    expect(earlier.text).toContain('↳');
  });

  test('author and message spellings and user objects are read in the lenient schema', async () => {
    const { text } = await call('read_channel', { channel: 'payments-dev' });
    expect(text).toContain('dana: PR #88 reads DB_POOL_MAX');
    expect(text).toContain('lee: LGTM, ship it');
  });

  test('an unknown channel is a tool error listing the channels', async () => {
    const result = await call('read_channel', { channel: 'ops' });
    expect(result).toEqual({ isError: true, text: 'unknown channel "ops"; channels: incidents, payments-dev, random' });
  });

  test('search_chat finds messages holding all the words, replies included', async () => {
    const { text } = await call('search_chat', { query: 'POOL saturated' });
    expect(text.split('\n')).toEqual([
      '1 message match:',
      '#incidents [1714560240.000300 2024-05-01T10:44:00.000Z] dana: payments pool looks saturated, looking (reply in thread 1714560180.000200)'
    ]);
    expect((await call('search_chat', { query: 'pool', channel: 'payments-dev' })).text).toMatch(/^1 message match:\n#payments-dev .*DB_POOL_MAX/);
  });

  test('list_issues filters by status (case-insensitive, state spelling) and label ({name} objects)', async () => {
    expect((await call('list_issues')).text.split('\n')).toEqual([
      '3 issues:',
      '#OPS-142 [open] Checkout returns 502 under load: payments connection pool exhausted  (labels: incident, payments; assignee: dana; 2 comments)',
      '#97 [closed] Flaky test in cart pricing  (labels: tests; 0 comments)',
      '#OPS-150 [open] Add dashboards for worker ledger retries  (labels: observability; 0 comments)'
    ]);
    expect((await call('list_issues', { status: 'Closed' })).text).toMatch(/^1 issue:\n#97 /);
    expect((await call('list_issues', { status: 'open', label: 'payments' })).text).toMatch(/^1 issue:\n#OPS-142 /);
    expect((await call('list_issues', { label: 'nope' })).text).toBe('No issues match. Statuses: open, closed. Labels: incident, payments, tests, observability.');
  });

  test('get_issue shows the description and every comment, by string or number id', async () => {
    const { text } = await call('get_issue', { id: 'ops-142' });
    expect(text).toContain('#OPS-142: Checkout returns 502 under load');
    expect(text).toContain("Payments logs show 'Connection pool exhausted (max=10)'.");
    expect(text).toContain('--- comment 2 by dana at 2024-05-01T11:20:00Z');
    expect((await call('get_issue', { id: 97 })).text).toContain('TestPriceRounding fails one run in fifty.');
  });

  test('an unknown issue is a tool error listing the issue ids', async () => {
    expect(await call('get_issue', { id: 'OPS-1' })).toEqual({ isError: true, text: 'unknown issue "OPS-1"; issues: OPS-142, 97, OPS-150' });
  });

  test('search_issues looks in titles, descriptions and comments and shows the matching line', async () => {
    const { text } = await call('search_issues', { query: 'declined-card' });
    expect(text.split('\n')).toEqual([
      '1 issue match:',
      '#OPS-142 [open] Checkout returns 502 under load: payments connection pool exhausted  (labels: incident, payments; assignee: dana; 2 comments)',
      '    The pool is never released on the declined-card path?'
    ]);
  });

  test('a flat array of messages with channel and thread_ts is read as channels with threads', async () => {
    const flat = await connect({ chat: await loadChat(path.join(DIR, 'chat-flat.json')) });
    try {
      const { tools } = await flat.listTools();
      expect(tools.map((t) => t.name).sort()).toEqual(['list_channels', 'read_channel', 'search_chat']);
      expect((await call('read_channel', { channel: 'ops' }, flat)).text).toMatch(/sam: checkout 502s again\n {4}↳ .*dana: on it$/);
      expect((await call('read_channel', { channel: 'dev' }, flat)).text).toContain('lee: standup at 9:30');
    } finally {
      await flat.close();
    }
  });

  test('a chat file of the wrong shape is a user error naming the file and the field', async () => {
    const file = path.join(DIR, 'chat-bad.json');
    const error: unknown = await loadChat(file).catch((e: unknown) => e);
    expect(OpsBenchError.isInstance(error)).toBe(true);
    expect((error as Error).message).toMatch(new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: channels\\.0\\.messages\\.0\\.text: .*expected string.*Expected a shape like`));
    await expect(loadIssues(path.join(DIR, 'missing.json'))).rejects.toThrow(/missing\.json: cannot read \(ENOENT\)/);
  });
});
