import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { attempts } from '../helpers/trial-results.js';
import { startGitHubApiDouble } from '../helpers/github-api-double.js';
import { runAction } from '../helpers/run-action.js';

const jsonl = (rs: object[]) => rs.map((r) => JSON.stringify(r)).join('\n') + '\n';
const defaults = {};
const execFileAsync = promisify(execFile);

describe('the Action bundle run as the runner runs it', () => {
  test('a bad input fails the step with a message naming the input and what it accepts', async () => {
    const r = await runAction('main', { ...defaults, attempts: 'many', command: 'deploy' });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('::error::');
    expect(r.stdout).toContain('input "command" must be one of plan, run, report (got "deploy")');
    expect(r.stdout).toContain('input "attempts" must be a whole number');
    expect(r.stdout).not.toMatch(/\n\s+at /); // no stack trace
  });

  test('plan writes the models x shards matrix to GITHUB_OUTPUT', async () => {
    const r = await runAction('main', { ...defaults, command: 'plan', agent: 'model', models: 'openai:a,anthropic:b', shards: '2' });
    expect(r.code).toBe(0);
    const matrix = JSON.parse(r.outputs.matrix!) as { include: { model: string; shard: string }[] };
    expect(matrix.include).toEqual([
      { leg: 'model-openai_a-1of2', model: 'openai:a', shard: '1/2' },
      { leg: 'model-openai_a-2of2', model: 'openai:a', shard: '2/2' },
      { leg: 'model-anthropic_b-1of2', model: 'anthropic:b', shard: '1/2' },
      { leg: 'model-anthropic_b-2of2', model: 'anthropic:b', shard: '2/2' }
    ]);
    // The CLI plans the same contract: the same legs, tasks per leg and suite hash.
    const cli = await execFileAsync(path.resolve('node_modules/.bin/node'), ['dist/cli/index.js', 'plan', '--models', 'openai:a,anthropic:b', '--shards', '2', '--format', 'plan']);
    expect(JSON.parse(cli.stdout)).toEqual(JSON.parse(r.outputs.plan!));
    expect(JSON.parse(r.outputs.plan!).legs[0].tasks.length).toBeGreaterThan(0);
  });

  test('a provider key and the token are masked before anything else is logged', async () => {
    const r = await runAction('main', { ...defaults, command: 'plan', 'github-token': 'ghs_canarytoken123' }, { OPENAI_API_KEY: 'sk-canary-abc' });
    expect(r.stdout).toContain('::add-mask::sk-canary-abc');
    expect(r.stdout).toContain('::add-mask::ghs_canarytoken123');
    expect(r.stdout.indexOf('::add-mask::')).toBeLessThan(r.stdout.indexOf('opsbench plan'));
  });

  test('report merges results, writes the summary, upserts the sticky comment, creates a check run and gates on a real regression', async () => {
    const ws = await mkdtemp(path.join(os.tmpdir(), 'opsbench-ws-'));
    await cp('tasks', path.join(ws, 'tasks'), { recursive: true });
    await mkdir(path.join(ws, '.opsbench', 'out'), { recursive: true });
    const ids = ['t1', 't2', 't3', 't4', 't5', 't6'];
    await writeFile(path.join(ws, '.opsbench', 'out', 'results.jsonl'), jsonl(ids.flatMap((t) => attempts(t, 2, 0))));
    await writeFile(path.join(ws, 'baseline.jsonl'), jsonl(ids.flatMap((t) => attempts(t, 2, 2))));
    const event = path.join(ws, 'event.json');
    await writeFile(event, JSON.stringify({ pull_request: { number: 7, head: { sha: 'abc123' } } }));
    const api = await startGitHubApiDouble([{ id: 1, body: '<!-- opsbench-report -->\nold' }]);
    try {
      const r = await runAction(
        'main',
        { ...defaults, command: 'report', baseline: 'baseline.jsonl', 'github-token': 'ghs_test' },
        { GITHUB_WORKSPACE: ws, GITHUB_API_URL: api.url, GITHUB_REPOSITORY: 'acme/agent', GITHUB_EVENT_PATH: event, GITHUB_EVENT_NAME: 'pull_request', GITHUB_SHA: 'abc123' }
      );
      expect(r.stdout).toContain('::error::OpsBench: statistically significant regression against the baseline');
      expect(r.code).toBe(1);
      expect(r.outputs['pass-at-1']).toBe('0.0000');
      expect(r.outputs.regressions).toBe('6');
      expect(r.summary).toContain('**regression**');
      const patch = api.requests.find((q) => q.method === 'PATCH');
      expect(patch?.url).toBe('/repos/acme/agent/issues/comments/1');
      expect(api.requests.filter((q) => q.method === 'POST' && q.url.endsWith('/comments'))).toHaveLength(0);
      const check = api.requests.find((q) => q.url.endsWith('/check-runs'))?.body as { conclusion: string; head_sha: string; output: { annotations: unknown[] } };
      expect(check.conclusion).toBe('failure');
      expect(check.head_sha).toBe('abc123');
      expect(check.output.annotations).toHaveLength(6);
      expect(api.requests.every((q) => q.authorization === 'token ghs_test')).toBe(true);
      expect(api.violations).toEqual([]);
      expect(JSON.parse(await readFile(path.join(ws, '.opsbench', 'report', 'report.json'), 'utf8')).comparison.runs[0].regression).toBe(true);
    } finally {
      await api.close();
    }
  });

  test('the post step with no run recorded has nothing to clean up and succeeds', async () => {
    const r = await runAction('post', {});
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('nothing to clean up');
  });
});
