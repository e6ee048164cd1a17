import { mkdir, mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { writeBenchTask } from '../../src/bench/bench-task.js';
import { runCli } from '../../src/cli/main.js';
import { trialPaths } from '../../src/core/trial-paths.js';
import { createMasker } from '../../src/agent/model/mask.js';
import { TrajectoryWriter } from '../../src/agent/model/trajectory.js';
import { ZERO_USAGE } from '../../src/core/trajectory.js';
import { writeRendered } from '../../src/report/renderers.js';
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

// Trial artifacts can come from an untrusted fork (the Action's workflow_run split renders them in the
// base repository's report job): what they hold must neither write outside --out nor put markup in a page.
const trialResult = (over: Record<string, unknown>) => ({
  schema: 1, run_id: 'r', task_id: 'ok-task', family: 'integration', language: 'python', services: ['workspace'], agent: 'command', model: null,
  attempt: 1, status: 'failed', error_class: null, error_message: null, stop_reason: 'submitted', fail_to_pass: { passed: 0, total: 1 }, pass_to_pass: { passed: 1, total: 1 },
  correctness: 0.5, tests: [], durations_ms: { env: 1, agent: 1, grade: 1, teardown: 1 }, episodes: 1, tokens: { input: 1, output: 1, cache_read: 0, cache_write: 0 },
  cost_usd: 0, started_at: '2026-12-05T08:00:00.000Z', finished_at: '2026-12-05T08:00:01.000Z', harness_version: 'test', task_hash: 'h', ...over
});

/** Every file under `dir`, relative to it. */
async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => path.relative(dir, path.join(e.parentPath, e.name))).sort();
}

test('hostile or malformed trial artifacts write nothing outside --out, no markup into a page, and the report completes', async () => {
  const root = await tmp();
  const out = path.join(root, 'legs', 'a', 'out');
  const trial = async (dir: string, result: unknown, trajectory?: string) => {
    await mkdir(path.join(out, 'trials', dir, 'agent'), { recursive: true });
    await writeFile(path.join(out, 'trials', dir, 'result.json'), typeof result === 'string' ? result : JSON.stringify(result));
    if (trajectory) await writeFile(path.join(out, 'trials', dir, 'agent', 'trajectory.jsonl'), trajectory);
  };
  const img = (n: number) => `<img src=x onerror=alert(${n})>`;
  await trial('ok-task/1', trialResult({}));
  await writeFile(path.join(out, 'results.jsonl'), `${JSON.stringify(trialResult({}))}\n`);
  // Not a TrialResult: a path and markup in the attempt, a non-object, not JSON at all.
  await trial('evil/1', trialResult({ attempt: `1/../../../../PWNED${img(1)}` }));
  await trial('bad/1', { schema: 1, task_id: 'bad' });
  await trial('bad/2', '{"schema": 1, ');
  // Valid TrialResults whose strings are paths and markup.
  await trial('dots/1', trialResult({ task_id: '..', agent: '..', attempt: 2 }));
  await trial('html/1', trialResult({ task_id: `../../PWNED${img(2)}`, agent: `<b>${img(3)}`, model: `/tmp/${img(4)}`, stop_reason: null, error_message: img(5) }), [
    JSON.stringify({ type: 'start', model: img(6), system: img(7), instruction: img(8), tools: [img(9)], limits: { [img(10)]: 1 } }),
    JSON.stringify({
      type: 'turn', turn: img(11), request: { messages: 1 }, assistant: { text: img(12), reasoning: img(13) },
      toolCalls: [{ id: 'c', name: img(14), input: { cmd: img(15) }, invalid: img(16) }], toolResults: [{ id: 'c', name: 'x', output: img(17), isError: false, ms: img(18) }],
      usage: { input: img(19), output: 0, cacheRead: 0, cacheWrite: 0 }, costUsd: img(20), totals: { tokens: {}, costUsd: 0 }, timing: { modelMs: img(21), toolsMs: img(22), retries: img(23) }, nudge: img(24), stop: img(25), error: img(26)
    }),
    // Shapes the renderer does not expect: shown as JSON, never a failed report.
    JSON.stringify({ type: 'turn', turn: 2, toolResults: img(27) }),
    JSON.stringify({ type: 'end', stop: img(28), detail: img(29), turns: img(30), tokens: { input: img(31) }, costUsd: img(32), error: { errorClass: img(33), message: img(34) } }),
    JSON.stringify({ type: 'end' }),
    `not json ${img(35)}`
  ].join('\n'));
  const before = await filesUnder(root);

  const view = path.join(root, 'site', 'view');
  const r = await cli('report', out, '--format', 'trajectories', '--out', view);
  expect(r.code).toBe(0);
  // Each skipped result.json is named with its field.
  expect(r.stderr).toContain(`warning: ${path.join(out, 'trials', 'evil', '1', 'result.json')}: attempt: `);
  expect(r.stderr).toContain(`warning: ${path.join(out, 'trials', 'bad', '1', 'result.json')}: run_id: `);
  expect(r.stderr).toContain(`warning: ${path.join(out, 'trials', 'bad', '2', 'result.json')}: not JSON`);
  expect(r.stderr.split('\n').filter(Boolean)).toHaveLength(3);

  // Nothing new outside --out; the three valid trials each got a page inside it.
  const after = await filesUnder(root);
  expect(after.filter((f) => !f.startsWith(`site${path.sep}view${path.sep}`))).toEqual(before);
  const pages = await filesUnder(view);
  expect(pages).toHaveLength(4);
  expect(pages).toContain('index.html');
  for (const page of pages) {
    expect(page.split(path.sep).every((part) => part !== '..' && !part.startsWith('.'))).toBe(true);
    const html = await readFile(path.join(view, page), 'utf8');
    // The page's own markup only: no tag from the artifacts, and every marker shown escaped.
    expect(html).not.toMatch(/<(img|script)[\s>]/i);
    expect(html).not.toContain('PWNED<');
  }
  const hostile = await readFile(path.join(view, pages.find((p) => p.includes('PWNED'))!), 'utf8');
  for (const n of [2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 33, 34, 35]) {
    expect(hostile).toContain(`&lt;img src=x onerror=alert(${n})&gt;`);
  }
});

test('a page set whose path resolves outside the out dir is refused before anything is written', async () => {
  const root = await tmp();
  const view = path.join(root, 'view');
  for (const rel of ['../escaped.html', '/tmp/abs.html', 'a/../../escaped.html']) {
    await expect(writeRendered(view, { files: { 'index.html': 'i', [rel]: 'x' } })).rejects.toThrow(`refusing to write page "${rel}": it resolves outside ${view}`);
  }
  expect(await readdir(root)).toEqual([]);
});
