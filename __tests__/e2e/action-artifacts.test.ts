import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { startGitHubApiDouble } from '../helpers/github-api-double.js';
import { startResultsServiceDouble } from '../helpers/results-service-double.js';
import { runAction } from '../helpers/run-action.js';
import { attempts } from '../helpers/trial-results.js';

const jsonl = (rs: object[]) => rs.map((r) => JSON.stringify(r)).join('\n') + '\n';

/** Two tiny pytest tasks the oracle solves in a second on a runner without Docker. */
async function fixtureTasks(ws: string): Promise<void> {
  for (const [dir, id] of [['a', 'fixture-python-percentile'], ['b', 'fixture-python-percentile-b']] as const) {
    const target = path.join(ws, 'tasks', dir);
    await cp('__tests__/fixtures/repos/python', target, { recursive: true });
    const yaml = await readFile(path.join(target, 'task.yaml'), 'utf8');
    await writeFile(path.join(target, 'task.yaml'), yaml.replace('id: fixture-python-percentile', `id: ${id}`));
  }
}

describe('the Action bundle against the results service double (artifacts and cache over twirp and blob storage)', () => {
  test('a re-run leg uploads beside its first attempt (no 409) and the report reads the plan artifact and each leg once', async () => {
    const ws = await mkdtemp(path.join(os.tmpdir(), 'opsbench-rerun-'));
    await fixtureTasks(ws);
    const event = path.join(ws, 'event.json');
    await writeFile(event, JSON.stringify({ pull_request: { number: 3, head: { sha: 'abc', repo: { full_name: 'acme/agent' } }, base: { sha: 'b0' } }, repository: { full_name: 'acme/agent' } }));
    const svc = await startResultsServiceDouble();
    const api = await startGitHubApiDouble();
    // A runner without Docker: the oracle runs on the local runtime.
    const env = (job: string, attempt: string) => ({
      ...svc.jobEnv('run-1', job),
      GITHUB_WORKSPACE: ws,
      GITHUB_RUN_ATTEMPT: attempt,
      GITHUB_RUN_ID: '41',
      GITHUB_REPOSITORY: 'acme/agent',
      GITHUB_EVENT_PATH: event,
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_API_URL: api.url,
      DOCKER_HOST: 'unix:///nonexistent/docker.sock'
    });
    try {
      const plan = await runAction('main', { command: 'plan', agent: 'oracle', shards: '2' }, env('plan', '1'));
      expect(plan.code).toBe(0);
      const legs = (JSON.parse(plan.outputs.plan!) as { legs: { id: string; shard: string }[] }).legs;
      for (const leg of legs) {
        await rm(path.join(ws, '.opsbench'), { recursive: true, force: true });
        const r = await runAction('main', { command: 'run', agent: 'oracle', shard: leg.shard, plan: plan.outputs.plan! }, env(`leg-${leg.shard}`, '1'));
        expect(r.stderr + r.stdout).not.toContain('::error::');
        expect(r.code).toBe(0);
      }
      // Re-run the second leg, as "Re-run failed jobs" does: the same name would be a 409 after all its trials ran.
      await rm(path.join(ws, '.opsbench'), { recursive: true, force: true });
      const rerun = await runAction('main', { command: 'run', agent: 'oracle', shard: legs[1]!.shard, plan: plan.outputs.plan! }, env(`leg-${legs[1]!.shard}`, '2'));
      expect(rerun.stdout).not.toContain('409');
      expect(rerun.code).toBe(0);
      expect(svc.artifacts.filter((a) => a.finalized).map((a) => a.name).sort()).toEqual(
        ['opsbench-plan-attempt-1', `opsbench-results-${legs[0]!.id}-attempt-1`, `opsbench-results-${legs[1]!.id}-attempt-1`, `opsbench-results-${legs[1]!.id}-attempt-2`].sort()
      );

      await rm(path.join(ws, '.opsbench'), { recursive: true, force: true });
      const report = await runAction('main', { command: 'report', baseline: 'none', 'github-token': 'ghs_test' }, env('report', '2'));
      expect(report.code).toBe(0);
      expect(report.stdout).not.toContain('no plan');
      expect(report.outputs.conclusion).toBe('success');
      expect(report.outputs['pass-at-1']).toBe('1.0000');
      const merged = JSON.parse(await readFile(report.outputs['report-path']!, 'utf8')) as { runs: { trials: number }[]; plan_check: { legs: { status: string }[] } };
      expect(merged.runs[0]!.trials).toBe(2); // each leg once, not the re-run on top
      expect(merged.plan_check.legs.map((l) => l.status)).toEqual(['complete', 'complete']);
      expect(svc.artifacts.some((a) => a.name === 'opsbench-report-attempt-2' && a.finalized)).toBe(true);
      const check = api.requests.find((q) => q.url.endsWith('/check-runs'))?.body as { details_url: string };
      expect(check.details_url).toBe('https://github.com/acme/agent/actions/runs/41/attempts/2');
      expect(api.violations).toEqual([]);
    } finally {
      await svc.close();
      await api.close();
    }
  });

  test('a default-branch run saves its report; a pull request compares with its base commit, else the newest default-branch report', async () => {
    const ws = await mkdtemp(path.join(os.tmpdir(), 'opsbench-baseline-'));
    await cp('tasks', path.join(ws, 'tasks'), { recursive: true });
    const svc = await startResultsServiceDouble();
    const api = await startGitHubApiDouble();
    const ids = ['t1', 't2', 't3', 't4', 't5', 't6'];
    const job = async (name: string, event: object, extra: Record<string, string>, passed: number) => {
      // Each job starts from a fresh checkout (same path, as on a runner): only tasks/.
      await rm(path.join(ws, '.opsbench'), { recursive: true, force: true });
      await rm(path.join(ws, 'compose'), { recursive: true, force: true });
      await mkdir(path.join(ws, '.opsbench', 'out'), { recursive: true });
      await writeFile(path.join(ws, '.opsbench', 'out', 'results.jsonl'), jsonl(ids.flatMap((t) => attempts(t, 2, passed, { agent: 'oracle', model: null }))));
      const eventPath = path.join(ws, `${name}.json`);
      await writeFile(eventPath, JSON.stringify(event));
      return runAction('main', { command: 'report', 'github-token': 'ghs_test' }, {
        ...svc.jobEnv(`run-${name}`, 'report'),
        GITHUB_WORKSPACE: ws,
        GITHUB_REPOSITORY: 'acme/agent',
        GITHUB_API_URL: api.url,
        GITHUB_EVENT_PATH: eventPath,
        ...extra
      });
    };
    const repository = { full_name: 'acme/agent', default_branch: 'main' };
    const push = (sha: string) => job(`push-${sha}`, { repository, after: sha }, { GITHUB_EVENT_NAME: 'push', GITHUB_REF: 'refs/heads/main', GITHUB_SHA: sha }, 2);
    const pr = (base: string) =>
      job(`pr-${base}`, { repository, pull_request: { number: 5, head: { sha: 'head9', repo: repository }, base: { sha: base } } }, { GITHUB_EVENT_NAME: 'pull_request', GITHUB_REF: 'refs/pull/5/merge', GITHUB_SHA: 'merge9' }, 0);
    try {
      const first = await push('base111');
      expect(first.code).toBe(0);
      expect(first.summary).toContain('No baseline'); // the very first run: scores, no error
      expect(first.stdout).toContain('saved the baseline of oracle for commit base111');
      expect((await push('newer222')).code).toBe(0);
      expect(svc.cache.filter((e) => e.finalized).map((e) => e.key.replace(/-[0-9a-f]{16}-/, '-SUITE-'))).toEqual([
        'opsbench-baseline-SUITE-oracle-base111',
        'opsbench-baseline-SUITE-oracle-newer222'
      ]);

      const onBase = await pr('base111');
      expect(onBase.code).toBe(1);
      expect(onBase.summary).toContain('Baseline: the report of base commit base111');
      expect(onBase.summary).toMatch(/hour\(s\) old|day\(s\) old/);
      expect(onBase.stdout).toContain('statistically significant regression');
      expect(onBase.stdout).not.toContain('saved the baseline'); // a pull request never writes a baseline

      const unknownBase = await pr('gone333');
      expect(unknownBase.summary).toContain('the newest default-branch report of this suite (commit newer22); none saved for base commit gone333');

      // The next plan balances its shards on the durations the default-branch run recorded.
      await rm(path.join(ws, 'compose'), { recursive: true, force: true });
      const plan = await runAction('main', { command: 'plan', agent: 'oracle', shards: '2' }, { ...svc.jobEnv('run-plan', 'plan'), GITHUB_WORKSPACE: ws });
      expect(plan.code).toBe(0);
      expect(plan.stdout).toContain('shards balanced on the recorded durations of 6 task(s)');
    } finally {
      await svc.close();
      await api.close();
    }
  });
});
