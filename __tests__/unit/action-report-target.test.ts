import * as github from '@actions/github';
import type { GitHubPort, PullRequestRef } from '../../src/action/github-port.js';
import { parseActionConfig } from '../../src/action/inputs.js';
import { reportTarget } from '../../src/action/report-target.js';
import { DEFAULT_INPUTS, MemoryActionIO, MemoryState } from '../helpers/memory-action-io.js';

const repository = { full_name: 'acme/agent', default_branch: 'main', name: 'agent', owner: { login: 'acme', name: 'acme' } };
const head = 'f0'.repeat(20);
const env = { GITHUB_REPOSITORY: 'acme/agent', GITHUB_REF: 'refs/heads/main', GITHUB_SHA: 'main999' };

/** The report step's context on a workflow_run event (github.context is what the runner's event file holds). */
function onWorkflowRun(run: object, inputs: Record<string, string> = { 'artifacts-run-id': '77' }) {
  github.context.eventName = 'workflow_run';
  github.context.payload = { action: 'completed', repository, workflow_run: { id: 77, ...run } };
  const io = new MemoryActionIO({}, env);
  const all: Record<string, string> = { ...DEFAULT_INPUTS, command: 'report', 'github-token': 'ghs_t', ...inputs };
  const config = parseActionConfig((name) => all[name] ?? '');
  return { io, ctx: { io, state: new MemoryState(), config, workdir: '/w' } };
}

/** A GitHub that knows `pulls` and records each lookup; `fail` makes the lookup answer with an error. */
function port(pulls: PullRequestRef[] = [], fail?: Error) {
  const lookups: { owner: string; branch: string; sha: string }[] = [];
  const gh: GitHubPort = {
    upsertComment: () => Promise.reject(new Error('not here')),
    createCheckRun: () => Promise.reject(new Error('not here')),
    findPullRequest: async (h) => {
      lookups.push(h);
      if (fail) throw fail;
      return pulls.find((p) => p.headSha === h.sha) ?? null;
    }
  };
  return { gh, lookups };
}

describe('reportTarget on workflow_run (the trusted half of the fork split)', () => {
  const saved = { eventName: github.context.eventName, payload: github.context.payload };
  afterEach(() => Object.assign(github.context, saved));

  test('a same-repository pull request is the one the payload lists: no lookup, its base commit is the baseline, nothing saved', async () => {
    const { ctx, io } = onWorkflowRun({
      event: 'pull_request',
      head_sha: head,
      head_branch: 'feature',
      head_repository: { full_name: 'acme/agent', owner: { login: 'acme' } },
      pull_requests: [{ number: 3, head: { sha: 'older' }, base: { sha: 'x' } }, { number: 12, head: { sha: head }, base: { sha: 'base000' } }]
    });
    const { gh, lookups } = port();
    const target = await reportTarget(ctx, gh);
    expect(target).toEqual({ pr: { number: 12, headSha: head, baseSha: 'base000' }, headSha: head, baseSha: 'base000', saveSha: undefined, from: { runId: 77, owner: 'acme', repo: 'agent', token: 'ghs_t' } });
    expect(lookups).toEqual([]);
    expect(io.warnings).toEqual([]);
  });

  test('a push to the default branch of this repository saves its head commit; the same branch name on a fork does not', async () => {
    const push = { event: 'push', head_sha: 'base000', head_branch: 'main', pull_requests: [] };
    const same = onWorkflowRun({ ...push, head_repository: { full_name: 'acme/agent', owner: { login: 'acme' } } });
    expect(await reportTarget(same.ctx, port().gh)).toMatchObject({ pr: null, headSha: 'base000', saveSha: 'base000' });
    const fork = onWorkflowRun({ ...push, head_repository: { full_name: 'eve/agent', owner: { login: 'eve' } } });
    expect((await reportTarget(fork.ctx, port().gh)).saveSha).toBeUndefined();
    const other = onWorkflowRun({ ...push, head_branch: 'release', head_repository: { full_name: 'acme/agent', owner: { login: 'acme' } } });
    expect((await reportTarget(other.ctx, port().gh)).saveSha).toBeUndefined();
  });

  test('a fork\'s pull request is looked up by owner:branch at the head commit; a failed lookup is a warning quoting GitHub, and the check still has its commit', async () => {
    const run = { event: 'pull_request', head_sha: head, head_branch: 'feature', head_repository: { full_name: 'eve/agent', owner: { login: 'eve' } }, pull_requests: [] };
    const found = onWorkflowRun(run);
    const { gh, lookups } = port([{ number: 12, headSha: head, baseSha: 'base000' }]);
    expect(await reportTarget(found.ctx, gh)).toMatchObject({ pr: { number: 12 }, baseSha: 'base000', headSha: head });
    expect(lookups).toEqual([{ owner: 'eve', branch: 'feature', sha: head }]);

    const failing = onWorkflowRun(run);
    const error = Object.assign(new Error('Resource not accessible by integration'), { status: 403 });
    const target = await reportTarget(failing.ctx, port([], error).gh);
    expect(target).toMatchObject({ pr: null, headSha: head, saveSha: undefined });
    expect(failing.io.warnings.join('\n')).toContain('could not look up the pull request of eve:feature');
    expect(failing.io.warnings.join('\n')).toContain('Resource not accessible by integration');
  });

  test('artifacts-run-id: absent on workflow_run is a warning naming the expression; another run than the trigger is a warning; not a run id is refused', async () => {
    const run = { event: 'push', head_sha: 'base000', head_branch: 'main', head_repository: { full_name: 'acme/agent', owner: { login: 'acme' } }, pull_requests: [] };
    const absent = onWorkflowRun(run, {});
    expect((await reportTarget(absent.ctx, port().gh)).from).toBeUndefined();
    expect(absent.io.warnings).toEqual([expect.stringContaining('pass artifacts-run-id: ${{ github.event.workflow_run.id }} (here 77)')]);

    const other = onWorkflowRun(run, { 'artifacts-run-id': '78' });
    expect((await reportTarget(other.ctx, port().gh)).from?.runId).toBe(78);
    expect(other.io.warnings).toEqual([expect.stringContaining('input "artifacts-run-id" is 78, the triggering run is 77')]);

    for (const bad of ['abc', '0', '-5', '7.5', '${{ github.event.workflow_run.id }}']) {
      expect(() => onWorkflowRun(run, { 'artifacts-run-id': bad })).toThrow(/artifacts-run-id.*must be the id of a workflow run/);
    }
    expect(() => onWorkflowRun(run, { 'artifacts-run-id': '77', command: 'run' })).toThrow(/goes with command report/);
  });
});
