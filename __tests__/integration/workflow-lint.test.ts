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
describe('the workflows under .github', () => {
  test('actionlint reports nothing', async () => {
    const bin = find('actionlint');
    if (!bin) throw new Error('actionlint is not installed: run scripts/setup.sh (go install github.com/rhysd/actionlint/cmd/actionlint@v1.7.12)');
    const files = ['.github/examples/evaluate.yml', '.github/workflows/ci.yml', '.github/workflows/check-dist.yml'];
    const r = await run(bin, ['-no-color', ...files]).then((x) => ({ code: 0, out: x.stdout }), (e: { code: number; stdout: string }) => ({ code: e.code, out: e.stdout }));
    expect(r.out).toBe('');
    expect(r.code).toBe(0);
  });

  test('zizmor reports nothing', async () => {
    const bin = find('zizmor');
    if (!bin) throw new Error('zizmor is not installed: run scripts/setup.sh (pip install --user zizmor==1.32.0)');
    const r = await run(bin, ['--offline', '--no-progress', '--format', 'plain', '--config', '.github/zizmor.yml', '.github']).then(
      (x) => ({ code: 0, out: x.stdout }),
      (e: { code: number; stdout: string }) => ({ code: e.code, out: e.stdout })
    );
    expect(r.out).toContain('No findings to report');
    expect(r.code).toBe(0);
  });
});
