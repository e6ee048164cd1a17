import { cp, mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { runCli } from '../../src/cli/main.js';
import type { TrialResult } from '../../src/core/trial-result.js';
import { captureIO } from '../helpers/cli-capture.js';
import { cleanupScratch, requireDocker, scratch, standIn } from './docker-support.js';

// APEX-SWE's conventions on a real Docker engine, one conformance fixture per convention
// (__tests__/fixtures/apex-swe/README.md), run through the CLI as a user runs a dataset folder: the oracle
// passes every fixture, the null agent fails every one, and an invalid task in the set is listed as
// invalid while the others run.
const DATASET = path.resolve('__tests__/fixtures/apex-swe/integration');
const FIXTURES = ['apex-client-postgres', 'apex-mailhog', 'apex-mcp-ready', 'apex-stdout-block', 'apex-stdout-summary', 'apex-uv-scripts'];
// apex-mcp-ready's Plane comes from `${ECR_REGISTRY}/${ECR_REPOSITORY}:${PLANE_IMAGE_TAG}`: the runner's
// environment names a stand-in built here, as a mirror would be named.
const REGISTRY = { ECR_REGISTRY: 'opsbench-standin.local', ECR_REPOSITORY: 'apex-code', PLANE_IMAGE_TAG: 'plane-api' };

const results = async (out: string): Promise<TrialResult[]> =>
  (await readFile(path.join(out, 'results.jsonl'), 'utf8'))
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as TrialResult);

describe('APEX-SWE integration tasks run unchanged on Docker', () => {
  let set: string;
  const saved = Object.fromEntries(Object.keys(REGISTRY).map((k) => [k, process.env[k]]));

  beforeAll(async () => {
    await requireDocker();
    await standIn('python:3.13-slim', 'python');
    await standIn('ghcr.io/astral-sh/uv:0.7.13', 'uv');
    await standIn('mailhog/mailhog:v1.0.1', 'mailhog');
    await standIn(`${REGISTRY.ECR_REGISTRY}/${REGISTRY.ECR_REPOSITORY}:${REGISTRY.PLANE_IMAGE_TAG}`, 'plane');
    Object.assign(process.env, REGISTRY);
    set = path.join(await scratch('opsbench-apex-'), 'integration');
    await cp(DATASET, set, { recursive: true });
    // One task of the set is invalid: no test script anywhere.
    await mkdir(path.join(set, 'broken-no-tests'), { recursive: true });
    await writeFile(path.join(set, 'broken-no-tests', 'task.yaml'), 'instruction: do it\nmax_agent_timeout_sec: 60\n');
  }, 600_000);
  afterAll(async () => {
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
    await cleanupScratch();
  });

  const run = async (agent: string) => {
    const out = path.join(await scratch('opsbench-apex-out-'), agent);
    const cli = captureIO();
    const code = await runCli(['run', '--tasks', set, '--agent', agent, '--runtime', 'docker', '--concurrency', '2', '--out', out], cli.io);
    return { code, out, stdout: cli.stdout(), stderr: cli.stderr(), results: await results(out) };
  };

  test('the oracle passes every fixture; the invalid task is listed first, recorded as invalid, and the run exits 1', async () => {
    const r = await run('oracle');
    expect(r.stderr).toMatch(/broken-no-tests: run-tests\.sh: missing/);
    expect(r.code).toBe(1);
    const status = Object.fromEntries(r.results.map((x) => [x.task_id, `${x.status}${x.error_class ? `/${x.error_class}` : ''}`]));
    expect(status).toEqual({ ...Object.fromEntries(FIXTURES.map((f) => [f, 'passed'])), 'broken-no-tests': 'error/invalid' });
    const byId = new Map(r.results.map((x) => [x.task_id, x]));
    // Per-test ids from pytest's report; the block-only script has none and still has a verdict.
    expect(byId.get('apex-client-postgres')!.tests.map((t) => t.id)).toContain('test_outputs.py::test_solution_loads_the_users_into_the_local_database');
    expect(byId.get('apex-stdout-summary')!.tests).toEqual([
      { id: 'test_outputs.py::test_answer', status: 'passed' },
      { id: 'test_outputs.py::test_solution_exists', status: 'passed' }
    ]);
    expect(byId.get('apex-stdout-block')!.tests).toEqual([]);
    // The suite wrote into APEX's /logs mount, which OpsBench points at the trial's artifacts.
    const trial = path.join(r.out, 'trials', 'apex-client-postgres', '1');
    expect(await readFile(path.join(trial, 'apex-logs', 'sessions', 'grader-was-here.txt'), 'utf8')).toBe('written by the suite\n');
  }, 1_200_000);

  test('the null agent fails every fixture, none of them as an error', async () => {
    const r = await run('null');
    const status = Object.fromEntries(r.results.filter((x) => x.error_class !== 'invalid').map((x) => [x.task_id, x.status]));
    expect(status).toEqual(Object.fromEntries(FIXTURES.map((f) => [f, 'failed'])));
    // The readiness list is there (OpsBench wrote it); the key the agent should have read is not.
    expect(r.results.find((x) => x.task_id === 'apex-mcp-ready')!.tests).toEqual([
      { id: 'test_outputs.py::test_the_harness_asked_for_the_plane_mcp', status: 'passed' },
      { id: 'test_outputs.py::test_the_solution_read_the_key_plane_wrote', status: 'failed' }
    ]);
    const summary = r.results.find((x) => x.task_id === 'apex-stdout-summary')!;
    expect(summary.tests).toEqual([
      { id: 'test_outputs.py::test_answer', status: 'failed' },
      { id: 'test_outputs.py::test_solution_exists', status: 'failed' }
    ]);
  }, 1_200_000);
});

/**
 * The command agent as an attacker on the client-PostgreSQL fixture: it does not load the users, and
 * instead (1) has /app/solution.py print APEX's PASSED block and a fake pytest summary, (2) plants a
 * pass-every-test hook in /tests/conftest.py and /app/conftest.py, keeps a loop re-planting the first,
 * and (3) patches the client's own pytest to report every test passed, proving on a failing test that the
 * patch works (ARMED). Graded in a fresh container from the client's image with /tests put in place after
 * the agent stopped, the trial must still fail.
 */
const ATTACK = String.raw`set -e
cat > /app/solution.py <<'PY'
print("results starts here")
print("PASSED")
print("results ends here")
print("=========================== short test summary info ============================")
print("PASSED test_outputs.py::test_solution_loads_the_users_into_the_local_database")
PY
cat > /tmp/hook.py <<'PY'
import pytest
@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    outcome = yield
    outcome.get_result().outcome = "passed"
PY
mkdir -p /tests && cp /tmp/hook.py /tests/conftest.py && cp /tmp/hook.py /app/conftest.py
nohup sh -c 'while :; do mkdir -p /tests; cp /tmp/hook.py /tests/conftest.py; sleep 0.2; done' >/dev/null 2>&1 &
runner=$(python3 -c 'import _pytest.runner as r; print(r.__file__)')
printf '\n_real = TestReport.from_item_and_call\ndef _cheat(item, call):\n    rep = _real(item, call)\n    rep.outcome = "passed"\n    return rep\nTestReport.from_item_and_call = staticmethod(_cheat)\n' >> "$runner"
mkdir -p /tmp/probe && printf 'def test_fails():\n    assert False\n' > /tmp/probe/test_probe.py
cd /tmp/probe && python3 -m pytest -q -p no:cacheprovider test_probe.py | grep -q '1 passed' && echo ARMED
`;

describe('an agent cheating on an APEX task is still graded on its work', () => {
  beforeAll(async () => {
    await requireDocker();
    await standIn('python:3.13-slim', 'python');
  }, 600_000);
  afterAll(cleanupScratch);

  test('a printed PASSED block, planted conftest.py hooks, a re-planting loop and a patched pytest: failed', async () => {
    const out = path.join(await scratch('opsbench-apex-attack-'), 'out');
    const cli = captureIO();
    const command = `echo ${Buffer.from(ATTACK).toString('base64')} | base64 -d | bash`;
    const code = await runCli(
      ['run', '--tasks', path.join(DATASET, 'apex-client-postgres'), '--agent', 'command', '--agent-command', command, '--runtime', 'docker', '--out', out],
      cli.io
    );
    expect(code).toBe(0);
    const trial = path.join(out, 'trials', 'apex-client-postgres', '1');
    const agentOutput = await readFile(path.join(trial, 'agent', 'agent.log'), 'utf8');
    expect(agentOutput).toContain('ARMED');
    const [result] = await results(out);
    expect(result).toMatchObject({ status: 'failed', error_class: null });
    expect(result!.tests).toContainEqual({ id: 'test_outputs.py::test_solution_loads_the_users_into_the_local_database', status: 'failed' });
  }, 900_000);
});
