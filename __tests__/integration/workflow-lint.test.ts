import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** A linter on PATH, in Go's bin or pip's --user bin (where scripts/setup.sh installs them). */
function find(name: string): string | null {
  const dirs = [...(process.env.PATH ?? '').split(path.delimiter), path.join(os.homedir(), 'go', 'bin'), path.join(os.homedir(), '.local', 'bin')];
  for (const dir of dirs) if (dir && existsSync(path.join(dir, name))) return path.join(dir, name);
  return null;
}

// The example workflow is what users copy: it must be clean for GitHub's own schema checks (actionlint)
// and for the security audits (zizmor: excessive permissions, credentials persisted into artifacts, unpinned
// actions, template injection). Missing linters fail with the reason, never skip silently.
/** The workflows users copy (README "Use it in a workflow"). */
const EXAMPLES = ['.github/examples/evaluate.yml', '.github/examples/report-forks.yml'];

describe('the workflows under .github', () => {
  test('actionlint reports nothing', async () => {
    const bin = find('actionlint');
    if (!bin) throw new Error('actionlint is not installed: run scripts/setup.sh (go install github.com/rhysd/actionlint/cmd/actionlint@v1.7.12)');
    const files = [...EXAMPLES, '.github/workflows/ci.yml', '.github/workflows/check-dist.yml'];
    const r = await run(bin, ['-no-color', ...files]).then((x) => ({ code: 0, out: x.stdout }), (e: { code: number; stdout: string }) => ({ code: e.code, out: e.stdout }));
    expect(r.out).toBe('');
    expect(r.code).toBe(0);
  });

  test('zizmor reports nothing', async () => {
    const bin = find('zizmor');
    if (!bin) throw new Error('zizmor is not installed: run scripts/setup.sh (pip install --user zizmor==1.32.0)');
    // Given a folder, zizmor audits only .github/workflows: the examples are named one by one.
    const r = await run(bin, ['--offline', '--no-progress', '--format', 'plain', '--config', '.github/zizmor.yml', '.github', ...EXAMPLES]).then(
      (x) => ({ code: 0, out: x.stdout, stderr: x.stderr }),
      (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, out: e.stdout, stderr: e.stderr })
    );
    expect(r.out).toContain('No findings to report');
    for (const file of EXAMPLES) expect(r.stderr).toContain(`completed ${file}`);
    expect(r.code).toBe(0);
  });
});
