import { rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { mapApexFramework } from '../../src/frameworks/registry.js';
import { pickWorkspace } from '../../src/task/apex.js';
import { loadTask } from '../../src/task/load.js';
import { APEX_INT, APEX_OBS, cleanup, copyTask, editJson, editYaml, problemsOf, writeText } from './task-helpers.js';

afterEach(cleanup);

const I = '1-demo-s3-upload';
const O = 'demo-backoff-17-observability';

describe('loading an APEX-SWE integration task', () => {
  it('maps task.yaml, docker-compose.yaml, run-tests.sh, tests/ and solution.sh onto a Task', async () => {
    const task = await loadTask(APEX_INT);
    expect(task).toMatchObject({
      id: '1-demo-s3-upload',
      family: 'integration',
      layout: 'apex-integration',
      services: ['client', 'localstack'],
      timeouts: { agentSec: 1800, testSec: 180, buildSec: 900 },
      environment: { compose: path.join(APEX_INT, 'docker-compose.yaml'), workspace: 'client', repo: null },
      tests: { framework: 'pytest', command: 'cd /tests && TEST_DIR=/tests bash /tests/run-tests.sh', failToPass: [], passToPass: [] },
      hidden: {
        testPatch: null,
        testsDir: path.join(APEX_INT, 'tests'),
        runTests: path.join(APEX_INT, 'run-tests.sh'),
        solution: { script: path.join(APEX_INT, 'solution.sh') }
      }
    });
    expect(task.instruction).toMatch(/^Upload today's user snapshot/);
  });

  it('says so when solution.sh is missing', async () => {
    const dir = await copyTask(APEX_INT);
    await rm(path.join(dir, 'solution.sh'));
    expect(await problemsOf(dir)).toContainEqual(expect.stringContaining(`${I}: solution.sh: missing: the reference solution`));
  });

  it('accepts solution.py, which APEX-SWE ships, as the solution script', async () => {
    const dir = await copyTask(APEX_INT);
    await rename(path.join(dir, 'solution.sh'), path.join(dir, 'solution.py'));
    expect((await loadTask(dir)).hidden.solution).toEqual({ script: path.join(dir, 'solution.py') });
  });

  it('says so when run-tests.sh is missing', async () => {
    const dir = await copyTask(APEX_INT);
    await rm(path.join(dir, 'run-tests.sh'));
    expect(await problemsOf(dir)).toContainEqual(expect.stringContaining(`${I}: run-tests.sh: missing`));
  });

  it('says so when tests/ is missing', async () => {
    const dir = await copyTask(APEX_INT);
    await rm(path.join(dir, 'tests'), { recursive: true });
    expect(await problemsOf(dir)).toContainEqual(expect.stringContaining(`${I}: tests/: missing`));
  });

  it('says so when docker-compose.yaml is missing', async () => {
    const dir = await copyTask(APEX_INT);
    await rm(path.join(dir, 'docker-compose.yaml'));
    expect(await problemsOf(dir)).toContainEqual(expect.stringContaining(`${I}: docker-compose.yaml: missing`));
  });

  it('reads docker-compose.yml too', async () => {
    const dir = await copyTask(APEX_INT);
    await rename(path.join(dir, 'docker-compose.yaml'), path.join(dir, 'docker-compose.yml'));
    expect((await loadTask(dir)).environment.compose).toBe(path.join(dir, 'docker-compose.yml'));
  });

  it('accepts the keys real APEX-SWE tasks carry beyond the ones OpsBench reads, as APEX\'s own loader does', async () => {
    const dir = await copyTask(APEX_INT);
    await editYaml(dir, 'task.yaml', (d) => {
      Object.assign(d, { task_id: 'demo-1', name: 'Demo', description: 'what it is', category: 'integration', run_tests_in_same_shell: false });
    });
    expect(await problemsOf(dir)).toEqual([]);
  });

  it('runs task.yaml\'s test_scripts from tests/ when there is no run-tests.sh, setup sourced before the run script', async () => {
    const dir = await copyTask(APEX_INT);
    await rm(path.join(dir, 'run-tests.sh'));
    await writeText(dir, 'tests/setup-uv-pytest.sh', 'uv init\n');
    await writeText(dir, 'tests/run-uv-pytest.sh', 'uv run pytest $TEST_DIR/test_outputs.py -rA\n');
    await editYaml(dir, 'task.yaml', (d) => (d.test_scripts = ['setup-uv-pytest.sh', 'run-uv-pytest.sh']));
    const task = await loadTask(dir);
    expect(task.apex?.testScripts).toEqual([path.join(dir, 'tests/setup-uv-pytest.sh'), path.join(dir, 'tests/run-uv-pytest.sh')]);
    expect(task.tests.command).toBe("cd /tests && TEST_DIR=/tests bash -c 'source /tests/setup-uv-pytest.sh; bash /tests/run-uv-pytest.sh'");
  });

  it('names a test_scripts entry that exists nowhere', async () => {
    const dir = await copyTask(APEX_INT);
    await rm(path.join(dir, 'run-tests.sh'));
    await editYaml(dir, 'task.yaml', (d) => (d.test_scripts = ['run-uv-pytest.sh']));
    expect(await problemsOf(dir)).toContainEqual(expect.stringContaining(`${I}/task.yaml: test_scripts[0]: file "run-uv-pytest.sh" not found`));
  });

  it('lists the task files APEX puts in /app for the agent, and none of the graded ones', async () => {
    const dir = await copyTask(APEX_INT);
    await writeText(dir, 'data/connection-info.md', 'postgres on 127.0.0.1\n');
    await writeText(dir, 'data/issues.json', '[]\n');
    await writeText(dir, 'rubric/rubric.json', '{}\n');
    const files = (await loadTask(dir)).apex?.contextFiles.map((f) => path.relative(dir, f));
    expect(files).toEqual(['Dockerfile', 'data/connection-info.md', 'docker-compose.yaml']);
  });

  it('names a timeout written as text', async () => {
    const dir = await copyTask(APEX_INT);
    await editYaml(dir, 'task.yaml', (d) => (d.max_test_timeout_sec = 'ten'));
    expect(await problemsOf(dir)).toContainEqual(`${I}/task.yaml: max_test_timeout_sec: expected a number, got "ten"`);
  });

  it('refuses a parser other than pytest', async () => {
    const dir = await copyTask(APEX_INT);
    await editYaml(dir, 'task.yaml', (d) => (d.parser_name = 'swebench'));
    expect(await problemsOf(dir)).toContainEqual(expect.stringContaining(`${I}/task.yaml: parser_name: "swebench" is not supported`));
  });

  it('refuses an empty instruction', async () => {
    const dir = await copyTask(APEX_INT);
    await editYaml(dir, 'task.yaml', (d) => (d.instruction = ''));
    expect(await problemsOf(dir)).toContainEqual(`${I}/task.yaml: instruction: must not be empty`);
  });

  it('takes the directory name as the id and refuses one with bad characters', async () => {
    const dir = await copyTask(APEX_INT, '1_Demo_Upload');
    expect(await problemsOf(dir)).toContainEqual(expect.stringContaining('1_Demo_Upload: id: the directory name "1_Demo_Upload" is the task id'));
  });

  it('says which service names it looks for when no workspace can be told apart', async () => {
    const dir = await copyTask(APEX_INT);
    await writeText(dir, 'docker-compose.yaml', 'services:\n  api:\n    image: a\n  db:\n    image: b\n');
    expect(await problemsOf(dir)).toContainEqual(
      `${I}/docker-compose.yaml: services: cannot tell which service the agent works in (api, db): name it "client" or "workspace", or mark it x-default: true`
    );
  });
});

describe('choosing the workspace service of an APEX-SWE compose file', () => {
  const svc = (name: string, build = false, xDefault = false) => ({ name, build, xDefault });

  it('prefers client, then workspace, then default', () => {
    expect(pickWorkspace([svc('db'), svc('workspace'), svc('client')])).toBe('client');
    expect(pickWorkspace([svc('default'), svc('workspace')])).toBe('workspace');
    expect(pickWorkspace([svc('db'), svc('default')])).toBe('default');
  });

  it('falls back to the one x-default service, then the one built service', () => {
    expect(pickWorkspace([svc('db', true), svc('agent', false, true)])).toBe('agent');
    expect(pickWorkspace([svc('db'), svc('app', true)])).toBe('app');
    expect(pickWorkspace([svc('a', true), svc('b', true)])).toBeNull();
  });
});

describe('loading an APEX-SWE observability task', () => {
  it('maps test_metadata.json, the patches, repo/ and problem_statement.md onto a Task', async () => {
    const task = await loadTask(APEX_OBS);
    expect(task).toMatchObject({
      id: O,
      family: 'observability',
      language: 'python',
      layout: 'apex-observability',
      services: ['default', 'loki'],
      timeouts: { agentSec: 3600, testSec: 900, buildSec: 900 },
      environment: { workspace: 'default', repo: path.join(APEX_OBS, 'repo'), workdir: '/app/repo' },
      tests: {
        framework: 'pytest',
        command: 'cd /app/repo && python -m pytest -q tests',
        failToPass: ['tests/test_delays.py::test_delays_never_exceed_cap'],
        passToPass: ['tests/test_delays.py::test_first_delay_is_base']
      },
      hidden: { testPatch: path.join(APEX_OBS, 'test.patch'), solution: { patch: path.join(APEX_OBS, 'golden.patch') } }
    });
    expect(task.instruction).toContain('grow past the configured cap');
  });

  it('says exactly what is missing when golden.patch and repo/ come without test_metadata.json', async () => {
    const dir = await copyTask(APEX_OBS);
    await rm(path.join(dir, 'test_metadata.json'));
    expect(await problemsOf(dir)).toEqual([
      `${O}: test_metadata.json: missing: this looks like an APEX-SWE observability task (it has golden.patch and repo/), which needs test_metadata.json with test_command, test_framework and language`
    ]);
  });

  it('names an unsupported test framework and the supported spellings', async () => {
    const dir = await copyTask(APEX_OBS);
    await editJson(dir, 'test_metadata.json', (d) => (d.test_framework = 'mocha'));
    expect(await problemsOf(dir)).toContainEqual(
      `${O}/test_metadata.json: test_framework: "mocha" is not supported (supported: pytest, go (gotest, go test, golang), jest, vitest, junit (junit4, junit5, maven, gradle), ctest (gtest, googletest), cargo (cargo test, rust))`
    );
  });

  it.each([
    ['gotest', 'go'],
    ['go test', 'go'],
    ['Maven', 'junit'],
    ['gradle', 'junit'],
    ['googletest', 'ctest'],
    ['gtest', 'ctest'],
    ['vitest', 'vitest']
  ])('maps the APEX-SWE framework %s to %s', (apex, ours) => {
    expect(mapApexFramework(apex)).toBe(ours);
  });

  it('falls back to language when test_framework is absent, as APEX-SWE does', async () => {
    const dir = await copyTask(APEX_OBS);
    await editJson(dir, 'test_metadata.json', (d) => {
      delete d.test_framework;
      d.language = 'go';
    });
    expect((await loadTask(dir)).tests.framework).toBe('go');
  });

  it('names test_metadata.json that is not JSON by line', async () => {
    const dir = await copyTask(APEX_OBS);
    await writeText(dir, 'test_metadata.json', '{\n  "test_command": "pytest",\n  "language": python\n}\n');
    expect(await problemsOf(dir)).toContainEqual(expect.stringContaining(`${O}/test_metadata.json: line 3: invalid JSON`));
  });

  it('requires test_command', async () => {
    const dir = await copyTask(APEX_OBS);
    await editJson(dir, 'test_metadata.json', (d) => delete d.test_command);
    expect(await problemsOf(dir)).toContainEqual(`${O}/test_metadata.json: test_command: required`);
  });

  it('names a FAIL_TO_PASS that is not a list', async () => {
    const dir = await copyTask(APEX_OBS);
    await editJson(dir, 'test_metadata.json', (d) => (d.FAIL_TO_PASS = 'tests/test_delays.py'));
    expect(await problemsOf(dir)).toContainEqual(`${O}/test_metadata.json: FAIL_TO_PASS: expected a list, got "tests/test_delays.py"`);
  });

  it('accepts process_checks and other keys of real test_metadata.json files, and keeps the checks', async () => {
    const dir = await copyTask(APEX_OBS);
    const checks = [{ service: 'loki', description: 'queried the logs', required: true, pattern: 'timeout' }];
    await editJson(dir, 'test_metadata.json', (d) => Object.assign(d, { process_checks: checks, notes: 'free text' }));
    expect((await loadTask(dir)).apex?.processChecks).toEqual(checks);
  });

  it('names a process check without a service', async () => {
    const dir = await copyTask(APEX_OBS);
    await editJson(dir, 'test_metadata.json', (d) => (d.process_checks = [{ description: 'x' }]));
    expect(await problemsOf(dir)).toContainEqual(expect.stringContaining(`${O}/test_metadata.json: process_checks[0].service:`));
  });

  it("falls back to task.yaml's process_checks when test_metadata.json has none, as APEX's scorer does", async () => {
    const dir = await copyTask(APEX_OBS);
    await writeText(dir, 'task.yaml', 'process_checks:\n  - service: plane\n    pattern: "issue #\\\\d+"\n');
    expect((await loadTask(dir)).apex?.processChecks).toEqual([{ service: 'plane', pattern: 'issue #\\d+' }]);
    await editJson(dir, 'test_metadata.json', (d) => (d.process_checks = [{ service: 'loki' }]));
    expect((await loadTask(dir)).apex?.processChecks).toEqual([{ service: 'loki' }]);
  });

  it('names a process check whose pattern is not a regular expression', async () => {
    const dir = await copyTask(APEX_OBS);
    await editJson(dir, 'test_metadata.json', (d) => (d.process_checks = [{ service: 'loki', pattern: 'timeout(' }]));
    expect(await problemsOf(dir)).toContainEqual(expect.stringMatching(new RegExp(`^${O}/test_metadata.json: process_checks\\[0\\]\\.pattern: is not a regular expression`)));
  });

  it('accepts the lowercase fail_to_pass spelling', async () => {
    const dir = await copyTask(APEX_OBS);
    await editJson(dir, 'test_metadata.json', (d) => {
      d.fail_to_pass = d.FAIL_TO_PASS;
      delete d.FAIL_TO_PASS;
    });
    expect((await loadTask(dir)).tests.failToPass).toEqual(['tests/test_delays.py::test_delays_never_exceed_cap']);
  });

  it('says so when repo/ is missing', async () => {
    const dir = await copyTask(APEX_OBS);
    await rm(path.join(dir, 'repo'), { recursive: true });
    expect(await problemsOf(dir)).toContainEqual(expect.stringContaining(`${O}: repo/: missing`));
  });

  it('says so when test.patch is missing', async () => {
    const dir = await copyTask(APEX_OBS);
    await rm(path.join(dir, 'test.patch'));
    expect(await problemsOf(dir)).toContainEqual(expect.stringContaining(`${O}: test.patch: missing`));
  });

  it('checks golden.patch parses as a diff', async () => {
    const dir = await copyTask(APEX_OBS);
    await writeText(dir, 'golden.patch', 'fix: cap the delay\n');
    expect(await problemsOf(dir)).toContainEqual(expect.stringContaining(`${O}/golden.patch: patch: not a unified diff`));
  });

  it('says so when there is no problem statement', async () => {
    const dir = await copyTask(APEX_OBS);
    await rm(path.join(dir, 'problem_statement.md'));
    expect(await problemsOf(dir)).toContainEqual(expect.stringContaining(`${O}: problem_statement.md: missing`));
  });

  it('falls back to prompt_statement.md, and lets a task.yaml instruction win over both', async () => {
    const dir = await copyTask(APEX_OBS);
    await rename(path.join(dir, 'problem_statement.md'), path.join(dir, 'prompt_statement.md'));
    expect((await loadTask(dir)).instruction).toContain('grow past the configured cap');
    await writeText(dir, 'task.yaml', 'instruction: Fix the retry cap.\nmax_agent_timeout_sec: 900.0\nrequires_compose: true\n');
    const task = await loadTask(dir);
    expect(task.instruction).toBe('Fix the retry cap.');
    expect(task.timeouts.agentSec).toBe(900);
  });

  it('accepts keys of its own in an observability task.yaml', async () => {
    const dir = await copyTask(APEX_OBS);
    await writeText(dir, 'task.yaml', 'requires_compose: true\ntask_id: demo\nname: Demo\n');
    expect(await problemsOf(dir)).toEqual([]);
  });

  it('runs workspace-only without a compose file', async () => {
    const dir = await copyTask(APEX_OBS);
    await rm(path.join(dir, 'compose.yaml'));
    const task = await loadTask(dir);
    expect(task.environment).toMatchObject({ compose: null, workspace: 'workspace' });
    expect(task.services).toEqual(['workspace']);
  });
});
