import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { createCommandAgent } from '../../src/agent/command/command-agent.js';
import type { DockerRuntime } from '../../src/runtime/docker/runtime.js';
import type { Task } from '../../src/task/task.js';
import { runTrial } from '../../src/trial/run-trial.js';
import { trialSpec } from './cheats.js';
import { allFiles, shippedTaskOnDocker } from './docker-support.js';
import { cleanupScratch } from './grade-support.js';

// Issue 9's table of fake passes, each row an attack by the `command` agent (root in its container) against
// the shipped obs-py-webhook-retry-after. Every script proves its trick armed (prints ARMED after watching it
// turn a failing test green inside the workspace), so a `failed` verdict with the honest counts means the
// harness stopped it. Before grading moved to a fresh container these all graded `passed`.

/** A failing test outside the repository, for the scripts' proof that their trick works. */
const PROOF = `mkdir -p /tmp/proof && printf 'def test_fails():\\n    assert False\\n' > /tmp/proof/test_proof.py`;
const PROVE_PASSES = `python3 -m pytest -q -p no:cacheprovider /tmp/proof >/dev/null 2>&1 && echo ARMED`;

/** A pytest plugin that reports every test passed. */
const PASS_ALL_PLUGIN = `import pytest
@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    outcome = yield
    outcome.get_result().outcome = "passed"
`;

const SITE = `SP=$(python3 -c 'import sysconfig; print(sysconfig.get_paths()["purelib"])'); mkdir -p "$SP"`;

const ATTACKS: Record<string, string> = {
  'a .pth file in the system site-packages that loads a pass-all plugin': `${PROOF}
${SITE}
cat > "$SP/cheat_plugin.py" <<'PY'
${PASS_ALL_PLUGIN}PY
echo "import os; os.environ.setdefault('PYTEST_PLUGINS', 'cheat_plugin')" > "$SP/zz-cheat.pth"
${PROVE_PASSES}`,
  'a sitecustomize.py in the system site-packages that loads a pass-all plugin': `${PROOF}
${SITE}
cat > "$SP/cheat_plugin.py" <<'PY'
${PASS_ALL_PLUGIN}PY
# Debian's own sitecustomize (/usr/lib/python3.*/) comes first on sys.path: that one is extended.
SC=$(python3 -c 'import sitecustomize; print(sitecustomize.__file__)' 2>/dev/null || echo "$SP/sitecustomize.py")
echo "import os; os.environ.setdefault('PYTEST_PLUGINS', 'cheat_plugin')" >> "$(readlink -f "$SC")"
${PROVE_PASSES}`,
  'a pytest11 entry-point plugin installed in the system site-packages': `${PROOF}
${SITE}
cat > "$SP/cheat_plugin.py" <<'PY'
${PASS_ALL_PLUGIN}PY
mkdir -p "$SP/cheat_plugin-1.0.dist-info"
printf 'Metadata-Version: 2.1\\nName: cheat-plugin\\nVersion: 1.0\\n' > "$SP/cheat_plugin-1.0.dist-info/METADATA"
printf '[pytest11]\\ncheat = cheat_plugin\\n' > "$SP/cheat_plugin-1.0.dist-info/entry_points.txt"
${PROVE_PASSES}`,
  'a wrapper /usr/bin/python3 that strips <failure> from the JUnit report': `${PROOF}
real=$(readlink -f /usr/bin/python3)
cp "$real" /usr/bin/python3.real
cat > /tmp/strip.py <<'PY'
import re, sys
p = sys.argv[1]
s = open(p).read()
s = re.sub(r"<failure.*?</failure>", "", s, flags=re.S)
open(p, "w").write(re.sub(r'failures="\\d+"', 'failures="0"', s))
PY
rm -f /usr/bin/python3
cat > /usr/bin/python3 <<'SH'
#!/bin/sh
f=
for a in "$@"; do case "$a" in --junitxml=*) f="\${a#--junitxml=}";; esac; done
/usr/bin/python3.real "$@"
[ -n "$f" ] && [ -f "$f" ] && /usr/bin/python3.real /tmp/strip.py "$f"
exit 0
SH
chmod +x /usr/bin/python3
python3 -m pytest -q -p no:cacheprovider --junitxml=/tmp/proof.xml /tmp/proof >/dev/null 2>&1; grep -q testcase /tmp/proof.xml && ! grep -q '<failure' /tmp/proof.xml && echo ARMED`,
  'tests/__init__.py (an existing file the test patch does not touch) turns Function.runtest into a no-op': `cat >> tests/__init__.py <<'PY'
import _pytest.python
_pytest.python.Function.runtest = lambda self: None
PY
printf 'def test_fails():\\n    assert False\\n' > tests/test_proof.py
python3 -m pytest -q -p no:cacheprovider tests/test_proof.py >/dev/null 2>&1 && echo ARMED
rm tests/test_proof.py`,
  "the project's own package __init__.py turns Function.runtest into a no-op": `cat >> hookrelay/__init__.py <<'PY'
import _pytest.python
_pytest.python.Function.runtest = lambda self: None
PY
printf 'import hookrelay\ndef test_fails():\n    assert False\n' > tests/test_proof.py
python3 -m pytest -q -p no:cacheprovider tests/test_proof.py >/dev/null 2>&1 && echo ARMED
rm tests/test_proof.py`
};

describe('fake passes on the Docker runtime end failed with the honest counts', () => {
  let runtime: DockerRuntime;
  let task: Task;

  beforeAll(async () => {
    ({ runtime, task } = await shippedTaskOnDocker('observability/obs-py-webhook-retry-after'));
  }, 60_000);
  afterAll(cleanupScratch);

  const attack = async (command: string) => {
    const spec = await trialSpec(task, createCommandAgent({ command }), runtime);
    const result = await runTrial(spec);
    const agentLog = await readFile(path.join(spec.artifactsDir, 'agent', 'agent.log'), 'utf8');
    return { result, agentLog, spec };
  };
  const honestNull = () => ({ status: 'failed', fail_to_pass: { passed: 0, total: task.tests.failToPass.length }, pass_to_pass: { passed: task.tests.passToPass.length, total: task.tests.passToPass.length } });

  // Item 3 of the issue: a change outside the test tree that reaches into the runner is flagged, never failed
  // for it (the counts above are the tests' own). Changes outside the repository are not in the diff.
  const FLAGS: Record<string, string[]> = { "the project's own package __init__.py turns Function.runtest into a no-op": ['pytest-internals'] };

  test.each(Object.entries(ATTACKS))('%s', async (name, script) => {
    const { result, agentLog } = await attack(script);
    expect(agentLog).toContain('ARMED');
    expect(result).toMatchObject(honestNull());
    expect(result.flags).toEqual(FLAGS[name]);
  }, 300_000);

  test('a /usr/local/bin/sleep daemon (the main command) never runs again: no re-planted hook, test.patch in no artifact', async () => {
    const testPatch = await readFile(task.hidden.testPatch as string, 'utf8');
    const marker = testPatch.split('\n').find((l) => l.startsWith('+def test_')) as string;
    const script = `cat > /usr/local/bin/sleep <<'SH'
#!/bin/sh
( while :; do
    for p in /tmp/opsbench-grade.*/test.patch; do [ -f "$p" ] && cat "$p" > /proc/1/fd/1; done
    grep -q cheat tests/conftest.py 2>/dev/null || printf '\\n# cheat\\nimport pytest\\n@pytest.hookimpl(hookwrapper=True)\\ndef pytest_runtest_makereport(item, call):\\n    outcome = yield\\n    outcome.get_result().outcome = "passed"\\n' >> tests/conftest.py
    /bin/sleep 0.05
  done ) &
exec /bin/sleep "$@"
SH
chmod +x /usr/local/bin/sleep
[ "$(command -v sleep)" = /usr/local/bin/sleep ] && echo ARMED`;
    const { result, agentLog, spec } = await attack(script);
    expect(agentLog).toContain('ARMED');
    expect(result).toMatchObject(honestNull());
    for (const [file, text] of await allFiles(spec.artifactsDir)) expect([file, text.includes(marker)]).toEqual([file, false]);
  }, 300_000);

  test("a forged report printed to the suite's own output while it runs is not the one taken (run-suite.ts)", async () => {
    const ids = [...task.tests.failToPass, ...task.tests.passToPass];
    // The project's package, imported by the tests, finds the exec that runs the suite by the report mark on its
    // command line (its nearest ancestor that has one) and writes a report of every listed test passed, with a header of
    // the right size, to that process's stdout.
    const script = `cat >> hookrelay/__init__.py <<'PY'
import os as _os, re as _re, json as _json
def _forge():
    ids = _json.loads(${JSON.stringify(JSON.stringify(ids))})
    cases = ''.join('<testcase classname="%s" name="%s" time="0.01"/>' % (i.split('::')[0][:-3].replace('/', '.'), i.split('::', 1)[1]) for i in ids)
    xml = '<?xml version="1.0" encoding="utf-8"?><testsuites><testsuite name="pytest" errors="0" failures="0" skipped="0" tests="%d">%s</testsuite></testsuites>\\n' % (len(ids), cases)
    pid = _os.getppid()
    while pid > 1:
        try:
            cmd = open('/proc/%d/cmdline' % pid, 'rb').read().decode('utf8', 'replace')
            parent = int(open('/proc/%d/stat' % pid).read().rsplit(')', 1)[1].split()[1])
        except OSError: return
        m = _re.search(r'opsbench-report-[0-9a-f]{16}', cmd)
        if m:
            with open('/proc/%d/fd/1' % pid, 'w') as out: out.write('\\n%s %d\\n%s' % (m.group(0), len(xml.encode()), xml))
            return
        pid = parent
_forge()
PY
sh -c 'python3 -c "import hookrelay"' opsbench-report-0123456789abcdef | grep -q 'opsbench-report-0123456789abcdef [0-9]' && echo ARMED`;
    const { result, agentLog, spec } = await attack(script);
    expect(agentLog).toContain('ARMED');
    // It fired in the grading container: the forged section is in the suite's output, kept as output.
    expect(await readFile(path.join(spec.artifactsDir, 'grade', 'test-output.txt'), 'utf8')).toMatch(/\nopsbench-report-[0-9a-f]{16} \d+\n<\?xml/);
    expect(result).toMatchObject(honestNull());
    expect(result.flags).toContain('report-file');
  }, 300_000);

  test('an existing test file rewritten to trivial tests does not hide a PASS_TO_PASS regression', async () => {
    const golden = await readFile(path.join(task.dir, 'golden.patch'), 'utf8');
    const script = `git apply <<'PATCH'
${golden}PATCH
# the regression, which only tests/test_backoff.py catches: attempt 0 no longer rejected
cat >> hookrelay/backoff.py <<'PY'

def full_jitter(attempt, base, cap, rng):
    return rng() * min(cap, base * (2 ** (attempt - 1)))
PY
cat > tests/test_backoff.py <<'PY'
def test_attempt_zero_is_rejected(): pass
def test_delay_doubles_per_attempt_until_the_cap(): pass
def test_first_retry_is_within_base_delay(): pass
def test_jitter_scales_the_ceiling(): pass
PY
python3 -m pytest -q -p no:cacheprovider tests/test_backoff.py >/dev/null 2>&1 && echo ARMED`;
    const { result, agentLog } = await attack(script);
    expect(agentLog).toContain('ARMED');
    expect(result.status).toBe('failed');
    expect(result.pass_to_pass.passed).toBeLessThan(task.tests.passToPass.length);
  }, 300_000);

  test('printing the Docker daemon error and exiting 1 is the agent\'s failure, not a retryable infrastructure error', async () => {
    const spec = await trialSpec(task, createCommandAgent({ command: 'echo "Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?" >&2; exit 1' }), runtime);
    const result = await runTrial({ ...spec, retry: { maxRetries: 2, baseMs: 0 } });
    expect(result).toMatchObject({ ...honestNull(), stop_reason: 'crashed', error_class: null });
    expect(await readFile(path.join(spec.artifactsDir, 'logs', 'trial.log'), 'utf8')).not.toContain('retrying');
  }, 300_000);
});

describe('a key handed to the agent with --pass-key appears in no artifact, plain, base64 or hex', () => {
  afterAll(cleanupScratch);

  test('written into the repository (agent.diff), to the main process\'s stdout (service log) and to its own output', async () => {
    const { runtime, task } = await shippedTaskOnDocker('observability/obs-py-webhook-retry-after');
    const secret = 'canary-7Hq2xZ9pLm4Rt';
    const forms = [secret, Buffer.from(secret).toString('base64').replace(/=+$/, ''), Buffer.from(`ab${secret}`).toString('base64').slice(4, -4), Buffer.from(secret).toString('hex')];
    const command = `for v in "$CANARY_KEY" "$(printf %s "$CANARY_KEY" | base64)" "$(printf ab%s "$CANARY_KEY" | base64)" "$(printf %s "$CANARY_KEY" | od -An -tx1 | tr -d ' \\n')"; do
  echo "$v" >> hookrelay/leak.txt; echo "$v" > /proc/1/fd/1; echo "$v"; done
echo "$CANARY_KEY" >> tests/test_backoff.py`;
    const spec = await trialSpec(task, createCommandAgent({ command, passKeys: ['CANARY_KEY'] }, { keys: { CANARY_KEY: secret } }), runtime);
    const result = await runTrial(spec);
    expect(result.status).toBe('failed');
    const files = await allFiles(spec.artifactsDir);
    expect([...files.keys()].some((f) => f.endsWith('agent.diff'))).toBe(true);
    expect((files.get(path.join(spec.artifactsDir, 'agent.diff')) ?? '')).toContain('hookrelay/leak.txt');
    for (const [file, text] of files) for (const form of forms) expect([file, form, text.includes(form)]).toEqual([file, form, false]);
  }, 300_000);
});
