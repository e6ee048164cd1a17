import { spawnSync } from 'node:child_process';
import { access, mkdtemp, readFile, readdir } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createCommandAgent } from '../../src/agent/command/command-agent.js';
import { createModelAgent } from '../../src/agent/model/model-agent.js';
import { runCli } from '../../src/cli/main.js';
import { captureIO } from '../helpers/cli-capture.js';
import { startProviderDouble } from '../helpers/provider-doubles/index.js';
import { AGENT_FIXTURES, startLocalTrial, type LocalTrial } from '../helpers/provider-doubles/trial-env.js';

/**
 * Secrets never reach the agent: fake keys sit in the harness's own process.env and in the agent's deps,
 * and must not show up in the workspace's environment, the trajectory, or a command agent's env unless
 * the user opted in (and even then not in the logs we keep).
 *
 * The canaries do not look like tokens on purpose: mask.ts rewrites anything shaped like sk-... or ghs_... to
 * ***, so a token-shaped canary that leaked into the environment would be masked out of the very output that
 * should show the leak, and `not.toContain(canary)` would pass anyway. These are masked only because the
 * agents were handed them as keys; the env var NAMES are checked as well.
 */
const CANARY = 'canary-7f3a9c-not-a-token';
const GH_CANARY = 'gh-canary-2b81d0-not-a-token';
const KEYS = { OPENAI_API_KEY: CANARY, GITHUB_TOKEN: GH_CANARY };
const saved = { OPENAI_API_KEY: process.env.OPENAI_API_KEY, GITHUB_TOKEN: process.env.GITHUB_TOKEN };

let trial: LocalTrial;
beforeEach(async () => {
  process.env.OPENAI_API_KEY = CANARY;
  process.env.GITHUB_TOKEN = GH_CANARY;
  trial = await startLocalTrial('py-add');
});
afterEach(async () => {
  await trial.cleanup();
  for (const [k, v] of Object.entries(saved)) {
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
});

async function allArtifacts(): Promise<string> {
  const files = await readdir(trial.artifactsDir, { recursive: true, withFileTypes: true });
  const texts = await Promise.all(files.filter((f) => f.isFile()).map((f) => readFile(path.join(f.parentPath, f.name), 'utf8')));
  return texts.join('\n');
}

test('the model agent never shows a key to the workspace and masks it in the trajectory', async () => {
  const double = await startProviderDouble('openai-responses', [
    { toolCalls: [{ name: 'shell', args: { command: 'env; cat "$HOME"/.* 2>/dev/null | head -50' } }] },
    // A model that writes a key-shaped string anyway: it must not land in the trajectory as is.
    { text: `Maybe the key is ${CANARY}?`, toolCalls: [{ name: 'shell', args: { command: 'grep -rlE "c[a]nary-7f3a9c|gh-c[a]nary-2b81d0" . "$HOME" "$TMPDIR" 2>/dev/null | head -1; echo scanned' } }] },
    { toolCalls: [{ name: 'submit', args: { summary: `nothing to do (${GH_CANARY})` } }] }
  ]);
  try {
    const outcome = await createModelAgent({ model: 'openai:gpt-5.1-codex', baseUrl: double.baseUrl }, { keys: KEYS }).run(trial.ctx());
    expect(outcome.stopReason).toBe('submitted');
    const envDump = double.toolResults(1)[0]!.text;
    expect(envDump).toContain('PATH=');
    expect(envDump).not.toContain(CANARY);
    expect(envDump).not.toContain(GH_CANARY);
    expect(envDump).not.toMatch(/OPENAI_API_KEY|GITHUB_TOKEN/);
    expect(double.toolResults(2)[1]!.text).toBe('exit code: 0\nscanned\n');

    const artifacts = await allArtifacts();
    expect(artifacts).toContain('Maybe the key is ***?');
    expect(artifacts).toContain('nothing to do (***)');
    expect(artifacts).not.toContain(CANARY);
    expect(artifacts).not.toContain(GH_CANARY);
    // The key went where it belongs: the provider's auth header.
    expect(double.requests[0]!.headers.authorization).toBe(`Bearer ${CANARY}`);
  } finally {
    await double.close();
  }
});

test('a command agent gets no key unless opted in, and its logs are masked either way', async () => {
  await createCommandAgent({ command: 'env' }, { keys: KEYS }).run(trial.ctx());
  const env = await readFile(path.join(trial.artifactsDir, 'agent.log'), 'utf8');
  expect(env).toContain('PATH=');
  expect(env).not.toMatch(/OPENAI_API_KEY=|GITHUB_TOKEN=/);
  expect(env).not.toMatch(/c[a]nary|\*\*\*/);

  const dump = 'env | grep -E "API_KEY|TOKEN" || echo "no keys"';

  const optedIn = createCommandAgent({ command: `${dump}; echo "length \${#OPENAI_API_KEY}"`, passKeys: ['OPENAI_API_KEY'] }, { keys: KEYS });
  const outcome = await optedIn.run(trial.ctx());
  expect(outcome.stopReason).toBe('submitted');
  const log = await readFile(path.join(trial.artifactsDir, 'agent.log'), 'utf8');
  expect(log).toBe(`OPENAI_API_KEY=***\nlength ${CANARY.length}\n`);
  expect(await allArtifacts()).not.toContain(CANARY);
});

describe('the local runtime is not a boundary, so the CLI keeps untrusted agents off it', () => {
  // A local agent is the harness's descendant: /proc/$PPID/environ (or read_file('/proc/self/environ') resolving
  // to a host path) shows the harness's environment, keys included. The allowlist cannot help; Docker does.
  const PROBE = `tr '\\0' '\\n' </proc/$PPID/environ | grep -E '^(OPENAI_API_KEY|GITHUB_TOKEN)=' || echo 'no keys'`;
  const task = path.join(AGENT_FIXTURES, 'py-add');
  const HOOKS = path.resolve('__tests__/helpers/ts-source-hooks.mjs');

  test('--runtime local without --unsafe-local refuses the model and command agents before anything runs', async () => {
    const out = await mkdtemp(path.join(os.tmpdir(), 'opsbench-canary-'));
    for (const agent of [['--agent', 'command', '--agent-command', PROBE], ['--agent', 'model', '--model', 'openai:gpt-5-mini']]) {
      const cli = captureIO();
      const code = await runCli(['run', '--tasks', task, ...agent, '--runtime', 'local', '--out', out], cli.io);
      expect(code).toBe(1);
      expect(cli.stderr()).toBe(
        `opsbench run: --agent ${agent[1]}: it runs untrusted code: it needs the Docker runtime (--runtime local was asked for without --unsafe-local). ` +
          'On the local runtime it runs on this machine as a child of the harness and can read its environment (provider keys, GITHUB_TOKEN) and files. ' +
          'To run it on this machine anyway, pass --runtime local --unsafe-local\n'
      );
      expect(cli.stdout()).toBe('');
    }
    await expect(access(path.join(out, 'results.jsonl'))).rejects.toThrow('ENOENT');
  });

  test('with --unsafe-local the probe does read the harness environment (the risk the flag accepts), and the kept log still masks it', async () => {
    const out = await mkdtemp(path.join(os.tmpdir(), 'opsbench-canary-'));
    // A process of its own: /proc/<pid>/environ shows the environment a process was started with, which is
    // where a real run's keys are (jest setting process.env later does not change it).
    const args = ['run', '--tasks', task, '--agent', 'command', '--agent-command', PROBE, '--runtime', 'local', '--unsafe-local', '--out', out];
    const cli = spawnSync(process.execPath, ['--experimental-transform-types', '--no-warnings', '--import', HOOKS, path.resolve('src/cli/index.ts'), ...args], {
      env: { ...process.env, OPENAI_API_KEY: CANARY, GITHUB_TOKEN: GH_CANARY },
      encoding: 'utf8',
      timeout: 120_000
    });
    expect({ status: cli.status, stderr: cli.stderr }).toEqual({ status: 0, stderr: '' });
    const log = await readFile(path.join(out, 'trials', 'agent-py-add', '1', 'agent', 'agent.log'), 'utf8');
    expect(log.split('\n').sort()).toEqual(['', 'GITHUB_TOKEN=***', 'OPENAI_API_KEY=***']);
    const files = await readdir(out, { recursive: true, withFileTypes: true });
    const texts = await Promise.all(files.filter((f) => f.isFile()).map((f) => readFile(path.join(f.parentPath, f.name), 'utf8')));
    expect(texts.join('\n')).not.toMatch(/c[a]nary-7f3a9c|gh-c[a]nary-2b81d0/);
  });
});
