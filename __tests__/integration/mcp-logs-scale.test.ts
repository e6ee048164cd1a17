import { appendFile, mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { writeSyntheticLogs } from '../../src/bench/synthetic-logs.js';
import { FileLogSource } from '../../src/mcp/file-log-source.js';
import { MAX_LINE_BYTES } from '../../src/mcp/log-index.js';
import { createLogsServer } from '../../src/mcp/logs-server.js';
import { callText, connectInMemory } from '../helpers/mcp-client.js';

/**
 * The file backend at production size, through a real MCP client and server: the sizes that used to be
 * skipped without a word (a file over 64 MiB) or overflow the stack (hundreds of thousands of lines).
 */
const dirs: string[] = [];
const clients: Client[] = [];
async function serve(dir: string): Promise<(name: string, args?: Record<string, unknown>) => Promise<{ text: string; isError: boolean }>> {
  const client = await connectInMemory(createLogsServer(new FileLogSource(dir)));
  clients.push(client);
  return (name, args = {}) => callText(client, name, args);
}
async function tempDir(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'opsbench-logs-scale-'));
  dirs.push(dir);
  return dir;
}
afterAll(async () => {
  for (const c of clients) await c.close();
  for (const d of dirs) await rm(d, { recursive: true, force: true });
});

describe('logs server on large log files', () => {
  test('a log file over 64 MiB is served: its needle lines are found and counted, get_context reaches its end', async () => {
    const dir = await tempDir();
    const [file] = await writeSyntheticLogs(dir, { lines: 440_000, errorEvery: 40_000 });
    expect((await stat(file!)).size).toBeGreaterThan(64 * 1024 * 1024);
    const call = await serve(dir);
    const errors = await call('query_logs', { query: '{level="error"} |= "upstream timeout"', limit: 5 });
    expect(errors.isError).toBe(false);
    expect(errors.text).toMatch(/^5 of 11 matching lines, oldest first:/);
    expect(errors.text).toContain('app-00.log:40000  {');
    expect(errors.text).not.toContain('not searched');
    const last = await call('get_context', { filename: 'app-00.log', line: 440_000, before: 1, after: 0 });
    expect(last.text).toContain(`> 440000  {`);
    expect(last.text).toContain(`"request_id":"req-${(439_999).toString(36).padStart(8, '0')}"`);
  });

  test('250,000 lines in one file, and in 4 files, do not overflow the stack and are all counted', async () => {
    for (const files of [1, 4]) {
      const dir = await tempDir();
      await writeSyntheticLogs(dir, { lines: 250_000, files });
      const call = await serve(dir);
      const all = await call('query_logs', { limit: 3, direction: 'backward' });
      expect(all.isError).toBe(false);
      expect(all.text).toMatch(/^3 of 250000 matching lines, newest first:/);
      // newest first across the files: the last line written is the newest
      expect(all.text.split('\n')[1]).toContain(`"request_id":"req-${(249_999).toString(36).padStart(8, '0')}"`);
      const stats = await call('log_stats', { by: 'level' });
      expect(stats.text).toMatch(/info\s+247/);
    }
  });

  test('skipped files and cut lines are said in the answers, never silently left out', async () => {
    const dir = await tempDir();
    await writeSyntheticLogs(dir, { lines: 10 });
    await writeFile(path.join(dir, 'core.bin'), Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 0, 1, 2]));
    await writeFile(path.join(dir, 'old.log.gz'), 'not really gzip');
    await appendFile(path.join(dir, 'app-00.log'), `${JSON.stringify({ ts: '2026-11-21T09:00:00Z', level: 'error', msg: 'x'.repeat(MAX_LINE_BYTES + 10) })}\nafter the giant line\n`);
    const call = await serve(dir);
    const result = await call('query_logs', { query: '|= "after the giant"' });
    expect(result.text).toContain('app-00.log:12  after the giant line');
    expect(result.text).toContain('core.bin: skipped (binary');
    expect(result.text).toContain('old.log.gz: skipped (compressed');
    expect(result.text).toContain('app-00.log: 1 line(s) longer than 1024 KiB were cut');
    expect((await call('list_labels')).text).toContain('core.bin: skipped');
    // The cut line is still found and shown (cut again to the tool's line width, saying so).
    const giant = await call('query_logs', { query: '|= "xxxxxxxxxx"' });
    expect(giant.text).toMatch(/app-00\.log:11 {2}\{"ts":"2026-11-21T09:00:00Z","level":"error","msg":"x+… \[\d+ more chars\]/);
  });
});
