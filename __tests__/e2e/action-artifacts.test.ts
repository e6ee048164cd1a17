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
      // The trajectory viewer goes into the report artifact, linked from report.md and named in the summary.
      const reportDir = path.dirname(report.outputs['report-path']!);
      const index = await readFile(path.join(reportDir, 'trajectories', 'index.html'), 'utf8');
      for (const id of ['fixture-python-percentile', 'fixture-python-percentile-b']) expect(index).toContain(`href="${id}/oracle-1.html"`);
      expect(await readFile(path.join(reportDir, 'trajectories', 'fixture-python-percentile', 'oracle-1.html'), 'utf8')).toContain('fixture-python-percentile');
      expect(await readFile(path.join(reportDir, 'report.md'), 'utf8')).toContain('[trajectories/index.html](trajectories/index.html)');
      expect(report.summary).toContain('trajectories/index.html in the report artifact');
      // The JUnit file: its path an output, the file in the report artifact beside report.json and report.md.
      expect(report.outputs['junit-path']).toMatch(/junit\.xml$/);
      expect(await readFile(report.outputs['junit-path']!, 'utf8')).toMatch(/<testsuites[\s\S]*<testcase /);
      const zip = svc.zipOf('opsbench-report-attempt-2');
      for (const file of ['junit.xml', 'report.json', 'report.md', 'trajectories/index.html']) expect(zip?.includes(file)).toBe(true);
      const check = api.requests.find((q) => q.url.endsWith('/check-runs'))?.body as { details_url: string };
      expect(check.details_url).toBe('https://github.com/acme/agent/actions/runs/41/attempts/2');
      expect(api.violations).toEqual([]);
    } finally {
      await svc.close();
      await api.close();
    }
  });

  test('two command agents in one run are two artifacts and two rows, never merged under one key; each job\'s post step gets its run', async () => {
    const ws = await mkdtemp(path.join(os.tmpdir(), 'opsbench-agents-'));
    await fixtureTasks(ws);
    const svc = await startResultsServiceDouble();
    // The command agent runs untrusted code: Docker, as on a GitHub-hosted runner.
    const env = (job: string) => ({ ...svc.jobEnv('run-5', job), GITHUB_WORKSPACE: ws, GITHUB_RUN_ID: '5', GITHUB_RUN_ATTEMPT: '1', GITHUB_REPOSITORY: 'acme/agent' });
    try {
      // Two jobs of one workflow run, each its own command agent: one named by its program, one by agent-name.
      const legs: [string, Record<string, string>][] = [
        ['agent-a', { 'agent-command': 'true' }],
        ['agent-b', { 'agent-command': 'sh -c "exit 0"', 'agent-name': 'my-agent-v2' }]
      ];
      for (const [job, inputs] of legs) {
        await rm(path.join(ws, '.opsbench'), { recursive: true, force: true });
        const r = await runAction('main', { command: 'run', agent: 'command', ...inputs }, env(job));
        expect(r.stdout).not.toContain('409');
        expect(r.code).toBe(0);
        // The post step, as the runner starts it: the main step's GITHUB_STATE handed over as STATE_* variables.
        expect(r.state['run-id']).toBeTruthy();
        const state = Object.fromEntries(Object.entries(r.state).map(([k, v]) => [`STATE_${k}`, v]));
        const post = await runAction('post', {}, { ...env(job), ...state });
        expect(post.code).toBe(0);
        expect(post.stdout).toContain(`opsbench post: removed 0 leftover resource(s) of run ${r.state['run-id']}`);
      }
      expect(svc.artifacts.filter((a) => a.finalized).map((a) => a.name).sort()).toEqual(['opsbench-results-command-my-agent-v2-all-attempt-1', 'opsbench-results-command-true-all-attempt-1']);

      await rm(path.join(ws, '.opsbench'), { recursive: true, force: true });
      const report = await runAction('main', { command: 'report', baseline: 'none' }, env('report'));
      expect(report.code).toBe(0);
      const perAgent = JSON.parse(report.outputs.results!) as Record<string, { tasks: number; trials: number }>;
      expect(Object.keys(perAgent).sort()).toEqual(['command:my-agent-v2', 'command:true']);
      expect(Object.values(perAgent).map((r) => r.trials)).toEqual([2, 2]);
      expect(report.summary).toContain('`command:true`');
      expect(report.summary).toContain('`command:my-agent-v2`');
    } finally {
      await svc.close();
    }
  });

  test('the workflow_run split: a trusted run reads a fork run\'s artifacts through the REST API, comments on its pull request, checks its head commit', async () => {
    const ws = await mkdtemp(path.join(os.tmpdir(), 'opsbench-fork-'));
    await fixtureTasks(ws);
    const svc = await startResultsServiceDouble();
    const head = 'f0'.repeat(20);
    const api = await startGitHubApiDouble({
      actions: svc.restView({ 77: 'run-77' }),
      pulls: [{ number: 12, head: { sha: head, ref: 'feature', owner: 'eve', repo: 'agent' }, base: { sha: 'base000', ref: 'main' } }]
    });
    const repository = { full_name: 'acme/agent', default_branch: 'main' };
    // The untrusted half: a pull_request run of the fork's code, no secrets, a read-only token, no report job.
    const forkEvent = path.join(ws, 'fork-event.json');
    await writeFile(forkEvent, JSON.stringify({ repository, pull_request: { number: 12, head: { sha: head, repo: { full_name: 'eve/agent', fork: true } }, base: { sha: 'base000' } } }));
    const untrusted = (job: string) => ({
      ...svc.jobEnv('run-77', job),
      GITHUB_WORKSPACE: ws,
      GITHUB_RUN_ID: '77',
      GITHUB_RUN_ATTEMPT: '1',
      GITHUB_REPOSITORY: 'acme/agent',
      GITHUB_EVENT_PATH: forkEvent,
      GITHUB_EVENT_NAME: 'pull_request',
      DOCKER_HOST: 'unix:///nonexistent/docker.sock'
    });
    // The trusted half: a workflow_run job on the default branch, no checkout of the fork's code. Each job
    // starts clean at the same path, as on a runner (the cache version depends on the path).
    const dir = await mkdtemp(path.join(os.tmpdir(), 'opsbench-trusted-'));
    const trusted = async (name: string, run: object) => {
      await rm(path.join(dir, '.opsbench'), { recursive: true, force: true });
      const eventPath = path.join(dir, 'event.json');
      await writeFile(eventPath, JSON.stringify({ action: 'completed', repository, workflow_run: { id: 77, conclusion: 'success', ...run } }));
      return runAction('main', { command: 'report', 'artifacts-run-id': '77', 'github-token': 'ghs_trusted' }, {
        ...svc.jobEnv(`run-${name}`, 'report'),
        GITHUB_WORKSPACE: dir,
        GITHUB_RUN_ID: name,
        GITHUB_RUN_ATTEMPT: '1',
        GITHUB_REPOSITORY: 'acme/agent',
        GITHUB_EVENT_PATH: eventPath,
        GITHUB_EVENT_NAME: 'workflow_run',
        GITHUB_REF: 'refs/heads/main',
        GITHUB_SHA: 'main999',
        GITHUB_API_URL: api.url
      });
    };
    try {
      const plan = await runAction('main', { command: 'plan', agent: 'oracle', shards: '2' }, untrusted('plan'));
      expect(plan.code).toBe(0);
      for (const leg of (JSON.parse(plan.outputs.plan!) as { legs: { shard: string }[] }).legs) {
        await rm(path.join(ws, '.opsbench'), { recursive: true, force: true });
        const r = await runAction('main', { command: 'run', agent: 'oracle', shard: leg.shard, plan: plan.outputs.plan! }, untrusted(`leg-${leg.shard}`));
        expect(r.code).toBe(0);
      }

      // A push to the default branch reported by the trusted workflow saves the baseline of its head commit.
      const push = await trusted('80', { event: 'push', head_sha: 'base000', head_branch: 'main', head_repository: { full_name: 'acme/agent', owner: { login: 'acme' } }, pull_requests: [] });
      expect(push.code).toBe(0);
      expect(push.stdout).toContain('saved the baseline of oracle for commit base000');

      // The fork's pull request: the payload lists no pull request; it is found by the fork's owner:branch and head commit.
      const pr = await trusted('81', { event: 'pull_request', head_sha: head, head_branch: 'feature', head_repository: { full_name: 'eve/agent', owner: { login: 'eve' } }, pull_requests: [] });
      expect(pr.stderr + pr.stdout).not.toContain('::error::');
      expect(pr.code).toBe(0);
      expect(pr.outputs.conclusion).toBe('success');
      const report = JSON.parse(await readFile(pr.outputs['report-path']!, 'utf8')) as { runs: { trials: number }[]; plan_check: { legs: { status: string }[] } };
      expect(report.runs[0]!.trials).toBe(2);
      expect(report.plan_check.legs.map((l) => l.status)).toEqual(['complete', 'complete']);
      expect(pr.summary).toContain('Baseline: the report of base commit base000');
      expect(pr.stdout).not.toContain('saved the baseline'); // a pull request's report is never a baseline

      const calls = api.requests.map((q) => `${q.method} ${q.url.split('?')[0]}`);
      expect(calls).toContain('GET /repos/acme/agent/actions/runs/77/artifacts');
      expect(calls.some((c) => /^GET \/repos\/acme\/agent\/actions\/artifacts\/\d+\/zip$/.test(c))).toBe(true);
      expect(api.requests.find((q) => q.url.startsWith('/repos/acme/agent/pulls?'))?.url).toContain('head=eve%3Afeature');
      expect(api.requests.filter((q) => q.method === 'POST' && q.url === '/repos/acme/agent/issues/12/comments')).toHaveLength(1);
      const checks = api.requests.filter((q) => q.url.endsWith('/check-runs')).map((q) => (q.body as { head_sha: string }).head_sha);
      expect(checks).toEqual(['base000', head]);
      expect(api.requests.every((q) => q.authorization === 'token ghs_trusted')).toBe(true);
      // The report artifact belongs to the trusted run; nothing was written to the fork's run.
      expect(svc.artifacts.filter((a) => a.runId === 'run-81').map((a) => a.name)).toEqual(['opsbench-report-attempt-1']);
      expect(svc.artifacts.filter((a) => a.runId === 'run-77').every((a) => !a.name.startsWith('opsbench-report'))).toBe(true);
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
