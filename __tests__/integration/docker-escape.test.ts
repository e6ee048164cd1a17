import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { DockerRuntime } from '../../src/runtime/docker/runtime.js';
import type { Environment } from '../../src/runtime/environment.js';
import { runTrial } from '../../src/trial/run-trial.js';
import { cleanupScratch, fixtureTask, requireDocker, scratch, scriptAgent } from './docker-support.js';

// The agent is root in its container and owns everything there, .git included. Whatever the harness does
// with the workspace afterwards must not run anything the agent planted on the RUNNER: there it could read
// the runner's secrets (/proc/$PPID/environ) and reach the Docker socket. Each trap below touches a marker
// at a host path; the marker appearing on the host is the escape.

/** The agent's real change to the `hidden` fixture, which the diff must still show. */
const CHANGE = String.raw`
sed -i 's|return sum(xs) / (len(xs) + 1)|return sum(xs) / len(xs)  # fixed|' calc.py
printf 'made by the agent\n' > added.txt`;

/** Every way a git config, attributes or hooks can make git run a program, pointed at `marker`. */
function traps(marker: string): string {
  const touch = `touch ${marker}`;
  return String.raw`
git config filter.x.clean "sh -c '${touch}; cat'"
git config filter.x.smudge "sh -c '${touch}; cat'"
git config filter.x.process "sh -c '${touch}'"
git config diff.x.textconv "sh -c '${touch}; cat \"\$1\"' -"
git config diff.x.command "sh -c '${touch}'"
git config diff.external "sh -c '${touch}'"
git config core.fsmonitor "sh -c '${touch}' #"
git config core.pager "sh -c '${touch}'"
git config core.hooksPath .git/hooks
mkdir -p .git/info && echo '* filter=x diff=x' > .git/info/attributes
printf '* filter=x diff=x\n' > .gitattributes
for h in pre-commit post-commit post-checkout post-index-change reference-transaction pre-auto-gc fsmonitor-watchman; do
  printf '#!/bin/sh\n${touch}\n' > .git/hooks/$h && chmod +x .git/hooks/$h
done
# A nested repository with traps of its own (git would look into it as an embedded repo).
mkdir -p vendor/lib && git -C vendor/lib init -q && git -C vendor/lib config core.fsmonitor "sh -c '${touch}' #"
printf 'vendored\n' > vendor/lib/v.txt
# Proof the traps are live: the container's own git runs them (the marker lands in the container's /tmp).
git add -A >/dev/null 2>&1; git diff --cached >/dev/null 2>&1; git reset -q >/dev/null 2>&1
[ -e ${marker} ] && echo TRAPS-ARMED && rm -f ${marker}
true`;
}

/** git "missing" from the container, as the old fallback to host git took it (exit 127, "not found"). */
const FAKE_MISSING_GIT = String.raw`
for d in /usr/local/sbin /usr/local/bin; do
  mkdir -p $d && printf '#!/bin/sh\necho "sh: 1: git: not found" >&2\nexit 127\n' > $d/git && chmod +x $d/git
done
hash -r 2>/dev/null; git --version; echo "git exit: $?"`;

describe('a Docker workspace the agent booby-trapped runs nothing on the host', () => {
  const runtime = new DockerRuntime({ hostEnv: process.env });
  const markers: string[] = [];

  function newMarker(): string {
    const marker = `/tmp/opsbench-escape-${randomBytes(8).toString('hex')}`;
    markers.push(marker);
    return marker;
  }

  beforeAll(requireDocker, 30_000);
  afterAll(async () => {
    await Promise.all(markers.map((m) => rm(m, { force: true })));
    await cleanupScratch();
  });

  test("an agent that fakes a missing git and plants filters, attributes, hooks and fsmonitor gets its real change diffed, and neither the diff nor the grade runs its programs on the host", async () => {
    const marker = newMarker();
    const root = await scratch();
    const artifactsDir = path.join(root, 'trial');
    let said = '';
    const agent = scriptAgent(`set +e\n${CHANGE}\n${traps(marker)}\n${FAKE_MISSING_GIT}`, (out) => void (said = out));
    const result = await runTrial({
      runId: `esc${Date.now()}`,
      task: await fixtureTask('hidden'),
      agent,
      attempt: 1,
      runtime,
      artifactsDir,
      scratchDir: path.join(root, 'scratch')
    });

    expect(said).toContain('TRAPS-ARMED');
    expect(said).toContain('git exit: 127');
    expect(result.stop_reason).toBe('submitted');
    expect(existsSync(marker)).toBe(false);
    const diff = await readFile(path.join(artifactsDir, 'agent.diff'), 'utf8');
    expect(diff).toContain('diff --git a/calc.py b/calc.py');
    expect(diff).toContain('+    return sum(xs) / len(xs)  # fixed');
    expect(diff).toContain('diff --git a/added.txt b/added.txt');
    // The agent's .gitattributes is its change like any file, and names a filter nothing defines.
    expect(diff).toContain('diff --git a/.gitattributes b/.gitattributes');
    expect(diff).toContain('diff --git a/vendor/lib/v.txt b/vendor/lib/v.txt');
    // Nothing of any .git, and the nested repository is files, not a gitlink.
    expect(diff).not.toMatch(/^diff --git a\/(\S*\/)?\.git\//m);
    expect(diff).not.toContain('Subproject commit');
  }, 600_000);

  describe('the diff of one environment', () => {
    let env: Environment;

    beforeAll(async () => {
      env = runtime.create(await fixtureTask('hidden'), { runId: `escenv${Date.now()}`, trialId: 'diff', scratchDir: await scratch() });
      await env.up();
    }, 600_000);

    afterAll(() => env?.down(), 120_000);

    test('is taken against the harness\'s own base when the agent replaced the container\'s .git with a trapped one', async () => {
      const marker = newMarker();
      const script = `set +e\n${CHANGE}\nrm -rf .git && git init -q && git commit -q --allow-empty -m fake\n${traps(marker)}\ngit add -A && git commit -qm planted >/dev/null 2>&1; true`;
      const ran = await env.exec(['sh', '-c', script], { timeoutSec: 120 });
      expect(ran.stdout).toContain('TRAPS-ARMED');
      const started = performance.now();
      const diff = await env.diff();
      const ms = performance.now() - started;
      expect(existsSync(marker)).toBe(false);
      expect(diff).toContain('+    return sum(xs) / len(xs)  # fixed');
      expect(diff).toContain('diff --git a/added.txt b/added.txt');
      // Against the base commit: the unchanged files of the repository are not "new".
      expect(diff).not.toContain('diff --git a/tests/test_basic.py b/tests/test_basic.py');
      expect(env.baseCommit).toMatch(/^[0-9a-f]{40}$/);
      expect(ms).toBeLessThan(10_000);
    }, 300_000);

    test('shows every file deleted when the agent removed the whole workdir', async () => {
      const ran = await env.exec(['sh', '-c', 'cd / && rm -rf /app/repo'], { cwd: '/', timeoutSec: 60 });
      expect(ran.exitCode).toBe(0);
      const diff = await env.diff();
      expect(diff).toContain('diff --git a/calc.py b/calc.py\ndeleted file mode 100644');
      expect(diff).toContain('diff --git a/tests/test_basic.py b/tests/test_basic.py\ndeleted file mode 100644');
    }, 120_000);
  });
});
