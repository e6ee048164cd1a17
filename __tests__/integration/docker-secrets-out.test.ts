import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { runCli } from '../../src/cli/main.js';
import { captureIO } from '../helpers/cli-capture.js';
import { cleanupScratch, requireDocker, scratch } from './docker-support.js';

// Issue 9: "the canary secrets (including base64 forms) appear in no file under the out dir". The whole
// path a user runs: `opsbench run` with a key handed to the command agent (root in its Docker workspace),
// then `opsbench report` in markdown and as trajectory pages into the same out dir. The agent writes the
// key, its base64 (three alignments) and hex everywhere it can reach that OpsBench copies out: a repository
// file (agent.diff), a binary file with a NUL byte, PID 1's stdout (the service log) as text and with a NUL
// (before, a file with one NUL byte was skipped by the masker: the whole log kept every form in clear), its
// own output, and the project's package, which prints it when the grader imports it. Every byte of every
// file under the out dir is searched, binary files included.

const SECRET = 'canary-Vq8mT3kZ1xR7';
const FORMS: Record<string, string> = {
  plain: SECRET,
  base64: Buffer.from(SECRET).toString('base64').replace(/=+$/, ''),
  'base64 at offset 1': Buffer.from(`a${SECRET}`).toString('base64').slice(4, -4),
  'base64 at offset 2': Buffer.from(`ab${SECRET}`).toString('base64').slice(4, -4),
  hex: Buffer.from(SECRET).toString('hex'),
  HEX: Buffer.from(SECRET).toString('hex').toUpperCase()
};

const LEAK = `K="$OPENAI_API_KEY"
for v in "$K" "$(printf %s "$K" | base64)" "$(printf a%s "$K" | base64)" "$(printf ab%s "$K" | base64)" "$(printf %s "$K" | od -An -tx1 | tr -d ' \\n')" "$(printf %s "$K" | od -An -tx1 | tr -d ' \\n' | tr a-f A-F)"; do
  echo "$v" >> hookrelay/leak.txt
  printf '%s\\0%s\\n' "$v" "$v" >> hookrelay/leak.bin
  echo "$v" > /proc/1/fd/1
  printf '\\0%s\\n' "$v" > /proc/1/fd/1
  echo "$v"
  echo "import sys; sys.stderr.write('$v\\\\n')" >> hookrelay/__init__.py
done`;

afterAll(cleanupScratch);

test('a key handed with --pass-key is in no file under --out after run and report, in any form, binary files included', async () => {
  await requireDocker();
  const tmp = await scratch();
  const out = path.join(tmp, 'out');
  const saved = process.env.OPENAI_API_KEY;
  process.env.OPENAI_API_KEY = SECRET;
  try {
    const run = captureIO();
    const task = path.resolve('tasks/observability/obs-py-webhook-retry-after');
    const code = await runCli(['run', '--tasks', task, '--agent', 'command', '--agent-command', LEAK, '--pass-key', 'OPENAI_API_KEY', '--runtime', 'docker', '--out', out], run.io);
    expect({ code, stderr: run.stderr() }).toEqual({ code: 0, stderr: expect.any(String) });
    expect(run.stdout()).toMatch(/FAIL obs-py-webhook-retry-after/);
  } finally {
    if (saved === undefined) delete process.env.OPENAI_API_KEY;
    else process.env.OPENAI_API_KEY = saved;
  }
  expect(await runCli(['report', out, '--format', 'trajectories', '--out', path.join(out, 'pages')], captureIO().io)).toBe(0);
  expect(await runCli(['report', out, '--out', path.join(out, 'report.md')], captureIO().io)).toBe(0);

  const files = (await readdir(out, { recursive: true, withFileTypes: true })).filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name));
  const trial = path.join(out, 'trials', 'obs-py-webhook-retry-after', '1');
  // The leaks reached the files they aimed at, masked: the diff and the service log (its NUL bytes made it binary).
  const diff = await readFile(path.join(trial, 'agent.diff'), 'latin1');
  expect(diff).toContain('hookrelay/leak.txt');
  expect(files).toEqual(expect.arrayContaining([path.join(out, 'report.md'), path.join(out, 'pages', 'index.html'), path.join(trial, 'logs', 'workspace.log')]));
  const log = await readFile(path.join(trial, 'logs', 'workspace.log'), 'latin1');
  expect(log).toContain('\0');
  expect(log).toContain('***');
  for (const file of files) {
    const bytes = await readFile(file, 'latin1');
    for (const [form, text] of Object.entries(FORMS)) expect([path.relative(out, file), form, bytes.includes(text)]).toEqual([path.relative(out, file), form, false]);
  }
}, 600_000);
