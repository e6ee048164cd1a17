import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { startGitHubApiDouble } from '../helpers/github-api-double.js';
import { runAction } from '../helpers/run-action.js';
import { attempts } from '../helpers/trial-results.js';

const jsonl = (rs: object[]) => rs.map((r) => JSON.stringify(r)).join('\n') + '\n';

/** A checkout: the shipped tasks, a pull_request event, and results the legs left in .opsbench/out. */
async function workspace(event: object = { pull_request: { number: 7, head: { sha: 'abc123' }, base: { sha: 'base000' } } }) {
  const ws = await mkdtemp(path.join(os.tmpdir(), 'opsbench-gate-'));
  await cp('tasks', path.join(ws, 'tasks'), { recursive: true });
  await mkdir(path.join(ws, '.opsbench', 'out'), { recursive: true });
  const eventPath = path.join(ws, 'event.json');
  await writeFile(eventPath, JSON.stringify(event));
  const env = (api: { url: string }) => ({
    GITHUB_WORKSPACE: ws,
    GITHUB_API_URL: api.url,
    GITHUB_REPOSITORY: 'acme/agent',
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_SHA: 'abc123',
    GITHUB_RUN_ID: '99',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_SERVER_URL: 'https://github.test'
  });
  return { ws, env, results: (rs: object[]) => writeFile(path.join(ws, '.opsbench', 'out', 'results.jsonl'), jsonl(rs)) };
}

const checkRun = (api: Awaited<ReturnType<typeof startGitHubApiDouble>>) =>
  api.requests.find((q) => q.method === 'POST' && q.url.endsWith('/check-runs'))?.body as { conclusion: string; name: string; output: { summary: string; annotations: unknown[] } } | undefined;

describe('the report gate in CI (dist bundles, GitHub REST double checked against the OpenAPI description)', () => {
  test('a planned leg that never uploaded is listed as missing, never counted, and fails the gate unless allow-missing', async () => {
    const { ws, env, results } = await workspace();
    const api = await startGitHubApiDouble();
    try {
      const plan = await runAction('main', { command: 'plan', agent: 'oracle', shards: '2' }, env(api));
      expect(plan.code).toBe(0);
      const legs = (JSON.parse(plan.outputs.plan!) as { legs: { id: string; tasks: string[] }[] }).legs;
      expect(legs).toHaveLength(2);
      const all = legs.flatMap((l) => l.tasks);
      // Only leg 1/2 delivered; the baseline ran every task and passed them all.
      await results(legs[0]!.tasks.flatMap((t) => attempts(t, 1, 1, { agent: 'oracle', model: null })));
      await writeFile(path.join(ws, 'baseline.jsonl'), jsonl(all.flatMap((t) => attempts(t, 1, 1, { agent: 'oracle', model: null }))));
      const r = await runAction('main', { command: 'report', plan: plan.outputs.plan!, baseline: 'baseline.jsonl', 'github-token': 'ghs_test' }, env(api));
      expect(r.code).toBe(1);
      expect(r.stdout).toContain(`::error::OpsBench: 1 planned leg(s) did not deliver every trial: ${legs[1]!.id} (missing, 0/${legs[1]!.tasks.length})`);
      expect(r.outputs.conclusion).toBe('failure');
      expect(r.summary).toContain('Missing results');
      expect(r.summary).toContain(`leg \`${legs[1]!.id}\` (\`oracle\`, shard 2/2): missing: no results uploaded`);
      for (const t of legs[1]!.tasks) {
        expect(r.summary).toContain(`missing \`${t}\``);
        expect(r.summary).toContain(`\`${t}\` ran in the baseline, not in this run`);
      }
      expect(checkRun(api)?.conclusion).toBe('failure');
      expect(checkRun(api)?.output.summary).toContain('missing: no results uploaded');
      expect(api.comments[0]?.body).toContain('Missing results');
      expect(api.violations).toEqual([]);

      const allowed = await runAction('main', { command: 'report', plan: plan.outputs.plan!, baseline: 'baseline.jsonl', 'allow-missing': 'true' }, env(api));
      expect(allowed.code).toBe(0);
      expect(allowed.summary).toContain('missing: no results uploaded');
    } finally {
      await api.close();
    }
  });

  test('a report too long for a comment is cut to fit with links to the whole, and the check run is published', async () => {
    const { env, results } = await workspace();
    const api = await startGitHubApiDouble();
    try {
      const ids = Array.from({ length: 900 }, (_, i) => `integration-task-with-a-long-name-${String(i).padStart(4, '0')}`);
      const models = ['openai:gpt-test', 'anthropic:claude-test', 'google:gemini-test'];
      await results(models.flatMap((model) => ids.flatMap((t, i) => attempts(t, 3, i % 4, { model }))));
      const r = await runAction('main', { command: 'report', baseline: 'none', 'github-token': 'ghs_test' }, env(api));
      expect(r.code).toBe(0);
      expect(r.stdout).not.toContain('could not post the PR comment');
      const body = api.comments[0]!.body;
      expect(body.length).toBeLessThanOrEqual(65_536);
      expect(body).toContain("Cut to fit GitHub's size limit");
      expect(body).toContain('https://github.test/acme/agent/actions/runs/99/attempts/1');
      expect(r.summary.length).toBeGreaterThan(65_536); // the job summary keeps the per-task table
      expect(checkRun(api)?.conclusion).toBe('success');
      expect(r.outputs['pass-at-1']).toBe(''); // no mean over three models
      const perModel = JSON.parse(r.outputs.results!) as Record<string, { pass_at_1: number; tasks: number }>;
      expect(Object.keys(perModel).sort()).toEqual(models.map((m) => `model:${m}`).sort());
      expect(perModel['model:openai:gpt-test']!.tasks).toBe(900);
      expect(api.violations).toEqual([]);
    } finally {
      await api.close();
    }
  });

  test('a comment GitHub refuses does not take the check run with it, and the warning quotes the API', async () => {
    const { env, results } = await workspace();
    // An existing sticky comment the token may not edit: the PATCH is refused.
    const api = await startGitHubApiDouble({ initialComments: [{ id: 1, body: '<!-- opsbench-report -->\nold' }], readOnly: true });
    try {
      await results(attempts('t1', 2, 1));
      const r = await runAction('main', { command: 'report', baseline: 'none', 'github-token': 'ghs_test' }, env(api));
      expect(r.code).toBe(0);
      expect(r.stdout).toContain('could not post the PR comment (GitHub answered 403: Resource not accessible by integration)');
      expect(r.stdout).toContain('could not create the check run (GitHub answered 403: Resource not accessible by integration)');
      expect(api.requests.filter((q) => q.url.endsWith('/check-runs'))).toHaveLength(1);
      expect(api.violations).toEqual([]);
    } finally {
      await api.close();
    }
  });

  test('300 regressed tasks give 300 annotations: one create and follow-up updates of 50, up to max-annotations', async () => {
    const { ws, env, results } = await workspace();
    const api = await startGitHubApiDouble();
    try {
      const ids = Array.from({ length: 300 }, (_, i) => `t${String(i).padStart(3, '0')}`);
      await results(ids.flatMap((t) => attempts(t, 1, 0)));
      await writeFile(path.join(ws, 'baseline.jsonl'), jsonl(ids.flatMap((t) => attempts(t, 1, 1))));
      const r = await runAction('main', { command: 'report', baseline: 'baseline.jsonl', 'github-token': 'ghs_test', 'check-name': 'OpsBench / nightly' }, env(api));
      expect(r.code).toBe(1);
      const [run] = [...api.checkRuns.values()];
      expect(run?.name).toBe('OpsBench / nightly');
      expect(run?.output.annotations).toHaveLength(300);
      expect(api.requests.filter((q) => q.method === 'PATCH' && /check-runs\/\d+$/.test(q.url))).toHaveLength(5);
      expect(api.violations).toEqual([]);

      const capped = await startGitHubApiDouble();
      try {
        await runAction('main', { command: 'report', baseline: 'baseline.jsonl', 'github-token': 'ghs_test', 'max-annotations': '120' }, env(capped));
        expect([...capped.checkRuns.values()][0]?.output.annotations).toHaveLength(120);
      } finally {
        await capped.close();
      }
    } finally {
      await api.close();
    }
  });

  test('comment-marker keeps one sticky comment per name; comment: false and an empty check-name turn each off', async () => {
    const { env, results } = await workspace();
    const api = await startGitHubApiDouble({ initialComments: [{ id: 1, body: '<!-- opsbench-report -->\nthe default suite' }] });
    try {
      await results(attempts('t1', 1, 1));
      await runAction('main', { command: 'report', baseline: 'none', 'github-token': 'ghs_test', 'comment-marker': 'opsbench-nightly' }, env(api));
      expect(api.comments).toHaveLength(2);
      expect(api.comments[0]!.body).toContain('the default suite');
      expect(api.comments[1]!.body.startsWith('<!-- opsbench-nightly -->')).toBe(true);
      const before = api.requests.length;
      await runAction('main', { command: 'report', baseline: 'none', 'github-token': 'ghs_test', comment: 'false', 'check-name': '' }, env(api));
      expect(api.requests.length).toBe(before);
      expect(api.violations).toEqual([]);
    } finally {
      await api.close();
    }
  });

  test('with baseline auto and no saved baseline the report says so and posts the current scores', async () => {
    const { env, results } = await workspace();
    const api = await startGitHubApiDouble();
    try {
      await results(attempts('t1', 2, 2));
      const r = await runAction('main', { command: 'report', 'github-token': 'ghs_test' }, env(api));
      expect(r.code).toBe(0);
      expect(r.summary).toContain('No baseline');
      expect(r.summary).toContain('**100.0%**');
      expect(api.comments[0]?.body).toContain('No baseline');
      expect(r.outputs.conclusion).toBe('success');
      expect(api.violations).toEqual([]);
    } finally {
      await api.close();
    }
  });

  test('a fork pull request without secrets: the leg skips with a notice, the report lists it and passes on a read-only token', async () => {
    const { ws, env } = await workspace({
      pull_request: { number: 8, head: { sha: 'f00', repo: { full_name: 'mallory/agent', fork: true } }, base: { sha: 'base000' } },
      repository: { full_name: 'acme/agent', default_branch: 'main' }
    });
    const api = await startGitHubApiDouble({ readOnly: true });
    try {
      const plan = await runAction('main', { command: 'plan', agent: 'model', models: 'anthropic:claude-test' }, env(api));
      const leg = await runAction('main', { command: 'run', agent: 'model', models: 'anthropic:claude-test', plan: plan.outputs.plan! }, env(api));
      expect(leg.code).toBe(0);
      expect(leg.stdout).toContain('::notice::opsbench run: leg model-anthropic_claude-test-1of1 skipped: no ANTHROPIC_API_KEY');
      expect(leg.stdout).not.toContain('--model');
      const r = await runAction('main', { command: 'report', plan: plan.outputs.plan!, 'github-token': 'ghs_test' }, env(api));
      expect(r.code).toBe(0);
      expect(r.stdout).not.toContain('run the "run" command first');
      expect(r.summary).toContain('skipped: no ANTHROPIC_API_KEY: secrets are withheld from pull requests from forks');
      expect(r.stdout).toContain('a pull request from a fork gets a read-only token');
      expect(JSON.parse(await readFile(path.join(ws, '.opsbench', 'out', 'leg.json'), 'utf8')).status).toBe('skipped');
      expect(api.requests.length).toBeGreaterThan(0); // the report tried the comment and the check run
      expect(api.violations).toEqual([]);
    } finally {
      await api.close();
    }
  });

  test('a missing key outside a fork fails the leg naming the Action input and the secret, not a CLI flag', async () => {
    const { ws, env } = await workspace({
      pull_request: { number: 9, head: { sha: 'abc', repo: { full_name: 'acme/agent', fork: false } }, base: { sha: 'base000' } },
      repository: { full_name: 'acme/agent', default_branch: 'main' }
    });
    const api = await startGitHubApiDouble();
    try {
      const leg = await runAction('main', { command: 'run', agent: 'model', models: 'anthropic:claude-test' }, env(api));
      expect(leg.code).toBe(1);
      expect(existsSync(path.join(ws, 'compose', 'workspace.yaml'))).toBe(true); // item 7: fragments from the Action's files
      expect(leg.stdout).toContain('::error::input "models": anthropic:claude-test needs ANTHROPIC_API_KEY');
      expect(leg.stdout).toContain('secrets.ANTHROPIC_API_KEY');
      expect(leg.stdout).not.toContain('--model');
    } finally {
      await api.close();
    }
  });
});
