import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { startGitHubApiDouble } from '../helpers/github-api-double.js';

const exec = promisify(execFile);

/**
 * GitHub's own local runner, as README tells a user to run it: `npx @github/local-action run . src/action/main.ts
 * .env` from the repository. It imports the TypeScript entry with its own stand-ins for @actions/core, github,
 * artifact and cache, and calls the exported run(); the post step with --post, sharing the main step's state.
 */
async function localAction(dotenv: Record<string, string>, env: Record<string, string>, post = false) {
  if (!existsSync('node_modules/.bin/local-action')) throw new Error('@github/local-action is not installed: it is a dev dependency, run npm ci');
  const dir = await mkdtemp(path.join(os.tmpdir(), 'opsbench-local-action-'));
  const envFile = path.join(dir, '.env');
  await writeFile(envFile, Object.entries(dotenv).map(([k, v]) => `INPUT_${k.toUpperCase()}=${v}`).join('\n') + '\n');
  const summary = path.join(dir, 'summary.md');
  await writeFile(summary, '');
  const args = ['run', '.', 'src/action/main.ts', envFile, ...(post ? ['--post', 'src/action/post.ts'] : [])];
  const { stdout } = await exec(path.resolve('node_modules/.bin/local-action'), args, {
    cwd: process.cwd(),
    // node_modules/.bin first: the runner starts tsx through npm exec, and tsx must run on this Node.
    env: { PATH: `${path.resolve('node_modules/.bin')}:${process.env.PATH ?? ''}`, HOME: os.homedir(), GITHUB_STEP_SUMMARY: summary, ...env },
    maxBuffer: 64 * 1024 * 1024
  });
  const outputs: Record<string, string> = {};
  for (const m of stdout.matchAll(/^::set-output name=([\w-]+)::(.*)$/gm)) outputs[m[1]!] = m[2]!;
  return { stdout, outputs, summary: await readFile(summary, 'utf8') };
}

describe('@github/local-action runs the entries', () => {
  test('plan, a leg with its post step, and a report that comments and checks against the REST double', async () => {
    const ws = await mkdtemp(path.join(os.tmpdir(), 'opsbench-local-ws-'));
    await cp('__tests__/fixtures/repos/python', path.join(ws, 'tasks', 'percentile'), { recursive: true });
    const event = path.join(ws, 'event.json');
    await writeFile(event, JSON.stringify({ pull_request: { number: 7, head: { sha: 'abc123' }, base: { sha: 'base000' } }, repository: { full_name: 'acme/agent', default_branch: 'main' } }));
    const api = await startGitHubApiDouble();
    // A laptop: no Docker daemon (the local runtime runs the oracle), no Actions services (no artifacts, no cache).
    const env = { GITHUB_WORKSPACE: ws, GITHUB_EVENT_PATH: event, GITHUB_EVENT_NAME: 'pull_request', GITHUB_REPOSITORY: 'acme/agent', GITHUB_SHA: 'abc123', GITHUB_API_URL: api.url, DOCKER_HOST: 'unix:///nonexistent/docker.sock' };
    try {
      const plan = await localAction({ command: 'plan', agent: 'oracle' }, env);
      expect(plan.stdout).not.toContain('does not export a run() function');
      expect(plan.stdout).not.toContain('::error::');
      expect(JSON.parse(plan.outputs.plan!)).toMatchObject({ legs: [{ agent: 'oracle', tasks: ['fixture-python-percentile'] }] });
      expect(plan.stdout).toContain('::warning::opsbench plan: With 1 task x 1 attempt no drop is significant');

      const leg = await localAction({ command: 'run', agent: 'oracle' }, env, true);
      expect(leg.stdout).not.toContain('::error::');
      expect(leg.stdout).toContain('PASS fixture-python-percentile #1');
      expect(leg.outputs['pass-at-1']).toBe('1.0000');
      expect(leg.stdout).toMatch(/Running Post Step[\s\S]*opsbench post: removed 0 leftover resource\(s\) of run /);

      const report = await localAction({ command: 'report', baseline: 'none', 'github-token': 'ghs_local' }, env);
      expect(report.stdout).not.toContain('::error::');
      expect(report.outputs.conclusion).toBe('success');
      expect(report.summary).toContain('**100.0%**');
      expect(api.comments).toHaveLength(1);
      expect(api.comments[0]!.body).toContain('<!-- opsbench-report -->');
      expect([...api.checkRuns.values()].map((c) => [c.name, c.conclusion])).toEqual([['OpsBench', 'success']]);
      expect(api.requests.every((q) => q.authorization === 'token ghs_local')).toBe(true);
      expect(api.violations).toEqual([]);
    } finally {
      await api.close();
    }
  }, 300_000);
});
