import { mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { writeBenchTask } from '../../src/bench/bench-task.js';
import { runCli } from '../../src/cli/main.js';
import { trialPaths } from '../../src/core/trial-paths.js';
import { createMasker } from '../../src/agent/model/mask.js';
import { TrajectoryWriter } from '../../src/agent/model/trajectory.js';
import { ZERO_USAGE } from '../../src/core/trajectory.js';
import { captureIO } from '../helpers/cli-capture.js';

// The trajectory viewer through `opsbench report --format trajectories`, on the artifacts of real runs:
// a command agent on the local runtime (its JSON stdout events are its trajectory) and a model agent's
// records as its TrajectoryWriter writes them.

const tmp = () => mkdtemp(path.join(os.tmpdir(), 'ob-traj-'));

async function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const cap = captureIO();
  const code = await runCli(args, cap.io);
  return { code, stdout: cap.stdout(), stderr: cap.stderr() };
}

test('a run of the command agent gets one page per trial, linked from index.html, with its events escaped', async () => {
  const root = await tmp();
  await writeBenchTask(path.join(root, 'tasks'), 'calc-view');
  const out = path.join(root, 'out');
  // An event whose text is markup: the page must show it, never run it.
  const agent = `echo '{"event":"thought","text":"<script>alert(1)</script> fixing sub"}'`;
  const ran = await cli('run', '--tasks', path.join(root, 'tasks'), '--agent', 'command', '--agent-command', agent, '--runtime', 'local', '--unsafe-local', '--out', out);
  expect(ran.stderr).toBe('');
  expect(ran.code).toBe(0);

  const view = path.join(root, 'view');
  const rendered = await cli('report', out, '--format', 'trajectories', '--out', view);
  expect(rendered.code).toBe(0);
  expect(rendered.stdout).toBe(`wrote 2 file(s) to ${view}\n`);
  const index = await readFile(path.join(view, 'index.html'), 'utf8');
  expect(index).toContain('<a href="calc-view/command-1.html">calc-view</a>');
  const trial = await readFile(path.join(view, 'calc-view', 'command-1.html'), 'utf8');
  expect(trial).toContain('&lt;script&gt;alert(1)&lt;/script&gt; fixing sub');
  expect(trial).not.toContain('<script>');
  expect(trial).toContain('<a href="../index.html">all trials</a>');
  expect(trial).toMatch(/<th>verdict<\/th><td class="failed">failed/);
});

test("a model agent's turns show the conversation, each tool call with its result, timing and cost", async () => {
  const out = await tmp();
  const paths = trialPaths(out, 'obs-demo', 2);
  const writer = new TrajectoryWriter(paths.trajectory, createMasker(['sk-secret-value']));
  writer.write({ type: 'start', model: 'openai:gpt-5-mini', system: 'You are an operator.', instruction: 'Fix the retry bug.', tools: ['shell', 'submit'], limits: { maxTurns: 10 } });
  writer.write({
    type: 'turn',
    turn: 1,
    request: { messages: 1 },
    assistant: { text: 'Looking at the logs first.', reasoning: 'The 429s suggest Retry-After.' },
    toolCalls: [{ id: 'c1', name: 'shell', input: { command: 'grep 429 logs/app.log' } }],
    toolResults: [{ id: 'c1', name: 'shell', output: 'key=sk-secret-value 429 Too Many Requests', isError: false, ms: 42 }],
    usage: { ...ZERO_USAGE, input: 1200, output: 80 },
    costUsd: 0.0031,
    totals: { tokens: { ...ZERO_USAGE, input: 1200, output: 80 }, costUsd: 0.0031 },
    timing: { modelMs: 900, toolsMs: 45, retries: 1 }
  });
  writer.write({ type: 'end', stop: 'submitted', detail: 'fixed', turns: 1, tokens: { ...ZERO_USAGE, input: 1200, output: 80 }, costUsd: 0.0031 });
  const result = {
    schema: 1, run_id: 'r', task_id: 'obs-demo', family: 'observability', language: 'python', services: ['workspace'], agent: 'model', model: 'openai:gpt-5-mini',
    attempt: 2, status: 'passed', error_class: null, error_message: null, stop_reason: 'submitted', fail_to_pass: { passed: 1, total: 1 }, pass_to_pass: { passed: 3, total: 3 },
    correctness: 1, tests: [], durations_ms: { env: 1000, agent: 2000, grade: 500, teardown: 100 }, episodes: 1, tokens: { input: 1200, output: 80, cache_read: 0, cache_write: 0 },
    cost_usd: 0.0031, started_at: '2026-12-04T20:00:00.000Z', finished_at: '2026-12-04T20:00:04.000Z', harness_version: 'test', task_hash: 'h'
  };
  await writeFile(paths.result, JSON.stringify(result));
  await writeFile(path.join(out, 'results.jsonl'), `${JSON.stringify(result)}\n`);

  const view = await tmp();
  expect((await cli('report', path.join(out, 'results.jsonl'), '--format', 'trajectories', '--out', view)).code).toBe(0);
  expect(await readdir(path.join(view, 'obs-demo'))).toEqual(['model-openai_gpt-5-mini-2.html']);
  const page = await readFile(path.join(view, 'obs-demo', 'model-openai_gpt-5-mini-2.html'), 'utf8');
  for (const shown of ['Fix the retry bug.', 'Looking at the logs first.', 'The 429s suggest Retry-After.', '<b>shell</b>', 'grep 429 logs/app.log', 'result, 42 ms', 'model 900 ms (1 retries), tools 45 ms', '$0.0031', 'End: submitted', 'env 1.0 s, agent 2.0 s, grade 0.5 s']) {
    expect(page).toContain(shown);
  }
  // The trajectory was masked when written; the page shows what the file holds.
  expect(page).not.toContain('sk-secret-value');
});

test('a format that is a set of pages needs --out DIR', async () => {
  const out = await tmp();
  await writeFile(path.join(out, 'results.jsonl'), '');
  const r = await cli('report', out, '--format', 'trajectories');
  expect(r.code).toBe(1);
  expect(r.stderr).toBe('opsbench report: --format trajectories writes a set of pages: name their directory with --out DIR\n');
});
