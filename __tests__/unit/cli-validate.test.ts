import { cp } from 'node:fs/promises';
import path from 'node:path';
import { runCli } from '../../src/cli/main.js';
import { APEX_OBS, FIXTURES, OBS, VALID, cleanup, copyTask, editYaml, tempRoot } from './task-helpers.js';

afterEach(cleanup);

async function cli(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, {
    stdout: { write: (c: string) => (stdout += c) },
    stderr: { write: (c: string) => (stderr += c) }
  });
  return { code, stdout, stderr };
}

/** Every stderr line is `path: field: problem`, and nothing looks like a stack frame. */
function expectProblemLines(stderr: string): string[] {
  const lines = stderr.trimEnd().split('\n');
  for (const line of lines) {
    expect(line).toMatch(/^[^:\s][^:]*: [^:]+: \S/);
    expect(line).not.toMatch(/^\s+at |Error:/);
  }
  return lines;
}

describe('opsbench validate', () => {
  it('exits 0 with a one-line summary when every task is valid', async () => {
    expect(await cli('validate', VALID)).toEqual({ code: 0, stdout: '3 tasks valid\n', stderr: '' });
  });

  it('says "1 task valid" for one task', async () => {
    expect((await cli('validate', OBS)).stdout).toBe('1 task valid\n');
  });

  it('validates ./tasks when no directory is given', async () => {
    const root = await tempRoot();
    await cp(VALID, path.join(root, 'tasks'), { recursive: true });
    const cwd = process.cwd();
    process.chdir(root);
    try {
      expect(await cli('validate')).toEqual({ code: 0, stdout: '3 tasks valid\n', stderr: '' });
    } finally {
      process.chdir(cwd);
    }
  });

  it('exits 1 with one path: field: problem line per problem', async () => {
    const dir = await copyTask(OBS);
    await editYaml(dir, 'task.yaml', (d) => {
      d.tests.framework = 'pytset';
      d.environment.wrokdir = '/app';
    });
    const { code, stdout, stderr } = await cli('validate', dir, APEX_OBS);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(expectProblemLines(stderr)).toEqual([
      `${path.join(dir, 'task.yaml')}: environment.wrokdir: unknown key (allowed: compose, workspace, repo, workdir, limits)`,
      `${path.join(dir, 'task.yaml')}: tests.framework: expected pytest | go | jest | vitest | junit | ctest | cargo, got "pytset"`
    ]);
  });

  it('reports each committed broken fixture with the file, the line or field, and the fix', async () => {
    const { code, stdout, stderr } = await cli('validate', path.join(FIXTURES, 'invalid'));
    expect(code).toBe(1);
    expect(stdout).toBe('');
    const inv = path.relative(process.cwd(), path.join(FIXTURES, 'invalid'));
    expect(expectProblemLines(stderr)).toEqual([
      `${inv}/apex-obs-no-metadata: test_metadata.json: missing: this looks like an APEX-SWE observability task (it has golden.patch and repo/), which needs test_metadata.json with test_command, test_framework and language`,
      `${inv}/broken-yaml/task.yaml: line 7: Missing closing "quote: the quoted text opened here is never closed`,
      `${inv}/truncated-test-patch/test.patch: line 5: hunk "@@ -7,3 +7,7 @@ def test_first_delay_is_base():" is truncated or miscounted: its header promises 3 old and 7 new lines, the body has 3 and 6`
    ]);
  });

  it('reports a missing directory and a file in place of a directory without a stack trace', async () => {
    const { code, stderr } = await cli('validate', 'no/such/dir', 'package.json');
    expect(code).toBe(1);
    expect(expectProblemLines(stderr)).toEqual([
      'no/such/dir: directory: does not exist',
      'package.json: directory: is a file, not a task directory'
    ]);
  });

  it('rejects an unknown flag as a usage error', async () => {
    const { code, stderr } = await cli('validate', '--strict-mode', VALID);
    expect(code).toBe(2);
    expect(stderr).toMatch(/^opsbench validate: Unknown option '--strict-mode'/);
  });

  it('prints its usage for --help', async () => {
    const { code, stdout } = await cli('validate', '--help');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Usage: opsbench validate \[TASK_DIR\.\.\.\]/);
  });
});
