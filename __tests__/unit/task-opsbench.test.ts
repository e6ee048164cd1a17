import { chmod, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { loadTask } from '../../src/task/load.js';
import { OBS, cleanup, type Doc, copyTask, editYaml, problemsOf, tempRoot, writeText } from './task-helpers.js';

afterEach(cleanup);

const Y = 'obs-python-backoff-cap/task.yaml';
const T = 'obs-python-backoff-cap';

interface Variant {
  name: string;
  mutate: (dir: string) => Promise<void>;
  /** A substring of one problem line: always the file and the field path, usually the whole message. */
  expected: string;
}

const yaml = (mutate: (doc: Doc) => void) => (dir: string) => editYaml(dir, 'task.yaml', mutate);

const GOOD_HUNK_TAIL = ' \n def test_one_delay_per_attempt():\n     assert len(backoff_delays(1, 4, 10)) == 4\n';
const PATCH_HEAD = 'diff --git a/tests/test_delays.py b/tests/test_delays.py\n--- a/tests/test_delays.py\n+++ b/tests/test_delays.py\n';

const variants: Variant[] = [
  { name: 'a missing tests.command is required', mutate: yaml((d) => delete d.tests.command), expected: `${Y}: tests.command: required` },
  {
    name: 'a misspelt framework lists the allowed values and the bad one',
    mutate: yaml((d) => (d.tests.framework = 'pytset')),
    expected: `${Y}: tests.framework: expected pytest | go | jest | vitest | junit | ctest | cargo, got "pytset"`
  },
  {
    name: 'an unknown key under environment lists the allowed keys',
    mutate: yaml((d) => (d.environment.wrokdir = '/app')),
    expected: `${Y}: environment.wrokdir: unknown key (allowed: compose, workspace, repo, workdir, limits)`
  },
  { name: 'an unknown top-level key is named', mutate: yaml((d) => (d.instructions = 'x')), expected: `${Y}: instructions: unknown key (allowed: id, family,` },
  {
    name: 'an unknown key inside an mcp entry is named with its index',
    mutate: yaml((d) => (d.mcp[0].argz = ['/app'])),
    expected: `${Y}: mcp[0].argz: unknown key (allowed: name, command, args, env)`
  },
  { name: 'an unknown key under context is named', mutate: yaml((d) => (d.context.metrics = 'm.json')), expected: `${Y}: context.metrics: unknown key (allowed: logs, chat, tracker)` },
  { name: 'a timeout given as text is a type error', mutate: yaml((d) => (d.timeouts.agent_sec = 'ten')), expected: `${Y}: timeouts.agent_sec: expected a number, got "ten"` },
  { name: 'a negative timeout is out of range', mutate: yaml((d) => (d.timeouts.test_sec = -5)), expected: `${Y}: timeouts.test_sec: must be greater than 0, got -5` },
  { name: 'a fractional timeout must be whole', mutate: yaml((d) => (d.timeouts.build_sec = 1.5)), expected: `${Y}: timeouts.build_sec: expected a whole number, got 1.5` },
  { name: 'a missing id is required', mutate: yaml((d) => delete d.id), expected: `${Y}: id: required` },
  {
    name: 'an id with capitals and underscores is rejected with the rule',
    mutate: yaml((d) => (d.id = 'Obs_Python')),
    expected: `${Y}: id: use lowercase letters, digits and dashes ([a-z0-9-]), got "Obs_Python"`
  },
  {
    name: 'a misspelt family lists both families',
    mutate: yaml((d) => (d.family = 'observabilty')),
    expected: `${Y}: family: expected integration | observability, got "observabilty"`
  },
  { name: 'services given as a string must be a list', mutate: yaml((d) => (d.services = 'workspace')), expected: `${Y}: services: expected a list, got "workspace"` },
  { name: 'a number among the test ids names its index', mutate: yaml((d) => (d.tests.fail_to_pass = [1])), expected: `${Y}: tests.fail_to_pass[0]: expected a string, got 1` },
  { name: 'a solution with both patch and script is ambiguous', mutate: yaml((d) => (d.solution = { patch: 'golden.patch', script: 's.sh' })), expected: `${Y}: solution: use either patch or script, not both` },
  { name: 'an empty solution asks for a patch or a script', mutate: yaml((d) => (d.solution = {})), expected: `${Y}: solution: needs one of: patch, script` },
  { name: 'a solution given as a bare file name must be a mapping', mutate: yaml((d) => (d.solution = 'golden.patch')), expected: `${Y}: solution: expected a mapping, got "golden.patch"` },
  { name: 'an mcp entry with neither command nor url says what it needs', mutate: yaml((d) => (d.mcp = [{ name: 'fs' }])), expected: `${Y}: mcp[0]: needs one of: command, url` },
  { name: 'an mcp url that is not a URL is named', mutate: yaml((d) => (d.mcp[1].url = 'tracker:8080/mcp')), expected: `${Y}: mcp[1].url: must be a URL` },
  { name: 'an mcp entry with both command and url is ambiguous', mutate: yaml((d) => (d.mcp[0].url = 'http://x/mcp')), expected: `${Y}: mcp[0]: use either command/args or url, not both` },
  { name: 'two mcp servers with one name are a clash', mutate: yaml((d) => (d.mcp[1].name = 'fs')), expected: `${Y}: mcp[1].name: "fs" is already the name of mcp[0]` },
  { name: 'a relative workdir must be absolute', mutate: yaml((d) => (d.environment.workdir = 'app/repo')), expected: `${Y}: environment.workdir: must be an absolute path inside the workspace` },
  { name: 'an empty instruction is an error', mutate: yaml((d) => (d.instruction = '  ')), expected: `${Y}: instruction: must not be empty` },
  { name: 'an empty instruction file is an error', mutate: (dir) => writeText(dir, 'instruction.md', '\n  \n'), expected: `${Y}: instruction: file "instruction.md" is empty` },
  { name: 'a missing instruction file is named with where it was looked for', mutate: yaml((d) => (d.instruction = 'docs/brief.md')), expected: `${Y}: instruction: file "docs/brief.md" not found (looked for ${T}/docs/brief.md)` },
  { name: 'a test patch that is prose is not a diff', mutate: (dir) => writeText(dir, 'test.patch', 'add a test for the cap\n'), expected: `${T}/test.patch: patch: not a unified diff` },
  { name: 'an empty test patch is an error', mutate: (dir) => writeText(dir, 'test.patch', ''), expected: `${T}/test.patch: patch: is empty` },
  {
    name: 'a truncated hunk names the line of its header',
    mutate: (dir) => writeText(dir, 'test.patch', `${PATCH_HEAD}@@ -7,3 +7,7 @@ def test_first_delay_is_base():\n${GOOD_HUNK_TAIL}+\n`),
    expected: `${T}/test.patch: line 4: hunk "@@ -7,3 +7,7 @@ def test_first_delay_is_base():" is truncated or miscounted`
  },
  { name: 'a malformed hunk header names its line', mutate: (dir) => writeText(dir, 'golden.patch', `${PATCH_HEAD}@@ -3 +3 @\n-a\n+b\n`), expected: `${T}/golden.patch: line 4: malformed hunk header` },
  { name: 'a patch with headers but no hunks changes nothing', mutate: (dir) => writeText(dir, 'golden.patch', PATCH_HEAD), expected: `${T}/golden.patch: patch: has file headers but no` },
  { name: 'broken YAML names the line', mutate: (dir) => writeText(dir, 'task.yaml', 'id: x\nfamily: observability\ntests: [a, b\nsolution: {}\n'), expected: `${Y}: line 4: ` },
  { name: 'a duplicated YAML key names its line', mutate: (dir) => writeText(dir, 'task.yaml', 'id: x\nid: y\n'), expected: `${Y}: line 2: Map keys must be unique` },
  { name: 'an empty task.yaml says so', mutate: (dir) => writeText(dir, 'task.yaml', '# nothing yet\n'), expected: `${Y}: file: is empty` },
  { name: 'a task.yaml holding a list is not a mapping', mutate: (dir) => writeText(dir, 'task.yaml', '- id: x\n'), expected: `${Y}: (top level): expected a mapping, got a list` },
  { name: 'a path escaping the task dir is refused', mutate: yaml((d) => (d.tests.test_patch = '../outside.patch')), expected: `${Y}: tests.test_patch: "../outside.patch" points outside the task directory` },
  { name: 'an absolute path is refused', mutate: yaml((d) => (d.solution.patch = '/etc/hostname')), expected: `${Y}: solution.patch: must be a path relative to the task directory, got "/etc/hostname"` },
  {
    name: 'a symlink that leads out of the task dir is refused',
    mutate: async (dir) => {
      const outside = path.join(await tempRoot(), 'elsewhere.patch');
      await writeFile(outside, 'x');
      await rm(path.join(dir, 'golden.patch'));
      await symlink(outside, path.join(dir, 'golden.patch'));
    },
    expected: `${Y}: solution.patch: "golden.patch" is a symlink to outside the task directory`
  },
  { name: 'an observability task without a test patch is told it needs one', mutate: yaml((d) => delete d.tests.test_patch), expected: `${Y}: tests.test_patch: required for observability tasks` },
  { name: 'an observability task without its repo dir is named', mutate: (dir) => rm(path.join(dir, 'repo'), { recursive: true }), expected: `${Y}: environment.repo: directory "repo" not found` },
  { name: 'an observability task without a language is told it needs one', mutate: yaml((d) => delete d.language), expected: `${Y}: language: required for observability tasks` },
  {
    name: 'a compose file without the workspace service names the services it has',
    mutate: (dir) => writeText(dir, 'compose.yaml', 'services:\n  app:\n    image: x\n'),
    expected: `${Y}: environment.workspace: service "workspace" is not defined in compose.yaml (it defines: app)`
  },
  { name: 'a compose file that is not YAML names the line', mutate: (dir) => writeText(dir, 'compose.yaml', 'services:\n  workspace:\n    image: "x\n'), expected: `${T}/compose.yaml: line 3: Missing closing "quote` },
  { name: 'a compose file without services says so', mutate: (dir) => writeText(dir, 'compose.yaml', 'volumes:\n  data: {}\n'), expected: `${T}/compose.yaml: services: required: the compose file defines no services` },
  { name: 'a listed service missing from compose is named with its index', mutate: yaml((d) => (d.services = ['workspace', 's3'])), expected: `${Y}: services[1]: service "s3" is not defined in compose.yaml` },
  {
    name: 'services beyond the workspace need a compose file',
    mutate: yaml((d) => {
      delete d.environment.compose;
      d.services = ['workspace', 's3'];
    }),
    expected: `${Y}: services[1]: service "s3" needs a compose file that defines it: set environment.compose`
  },
  { name: 'services that leave out the workspace are told to add it', mutate: yaml((d) => (d.services = ['api'])), expected: `${Y}: services: must include the workspace service "workspace" (environment.workspace)` },
  { name: 'a compose include that does not exist is named', mutate: (dir) => writeText(dir, 'compose.yaml', 'include:\n  - ../../compose/s3.yaml\nservices:\n  workspace:\n    image: x\n'), expected: `${T}/compose.yaml: include[0]: included file "../../compose/s3.yaml" not found` },
  { name: 'chat JSON that does not parse names its line', mutate: (dir) => writeText(dir, 'data/chat.json', '{\n  "channels": [,]\n}\n'), expected: `${T}/data/chat.json: line 2: invalid JSON` },
  { name: 'a missing tracker file is named', mutate: (dir) => rm(path.join(dir, 'data/issues.json')), expected: `${Y}: context.tracker: file "data/issues.json" not found` },
  { name: 'a missing logs path is named', mutate: (dir) => rm(path.join(dir, 'data/logs'), { recursive: true }), expected: `${Y}: context.logs: file or directory "data/logs/" not found` },
  { name: 'a missing solution script is named', mutate: yaml((d) => (d.solution = { script: 'solve.sh' })), expected: `${Y}: solution.script: file "solve.sh" not found` },
  { name: 'a rubric that is not JSON is named', mutate: async (dir) => { await writeText(dir, 'rubric.json', 'functional: yes'); await editYaml(dir, 'task.yaml', (d) => (d.rubric = 'rubric.json')); }, expected: `${T}/rubric.json: line 1: invalid JSON` },
  { name: 'a tests.dir that is a file is the wrong kind', mutate: yaml((d) => (d.tests.dir = 'test.patch')), expected: `${Y}: tests.dir: "test.patch" is a file, expected a directory` },
  {
    name: 'a repo that holds the solution patch would hand it to the agent',
    mutate: async (dir) => {
      await writeText(dir, 'repo/golden.patch', await readFile(path.join(dir, 'golden.patch'), 'utf8'));
      await editYaml(dir, 'task.yaml', (d) => (d.solution.patch = 'repo/golden.patch'));
    },
    expected: `${Y}: environment.repo: contains hidden file repo/golden.patch; move the repository into its own directory`
  },
  {
    name: 'a repo that is the task directory itself holds every hidden file',
    mutate: yaml((d) => (d.environment.repo = '.')),
    expected: `${Y}: environment.repo: contains hidden files test.patch, golden.patch, task.yaml; move the repository into its own directory`
  },
  {
    name: 'a repo inside the tests directory lies inside a hidden directory',
    mutate: async (dir) => {
      await writeText(dir, 'tests/repo/app.py', 'x = 1\n');
      await editYaml(dir, 'task.yaml', (d) => {
        d.tests.dir = 'tests';
        d.environment.repo = 'tests/repo';
      });
    },
    expected: `${Y}: environment.repo: lies inside the hidden tests/; move the repository into its own directory`
  },
  {
    name: 'a repo that reaches a hidden file through a symlink to the task directory is caught',
    mutate: async (dir) => {
      await rm(path.join(dir, 'repo'), { recursive: true });
      await symlink('.', path.join(dir, 'repo'));
      await writeText(dir, 'rubric.json', '{"functional": []}');
      await editYaml(dir, 'task.yaml', (d) => (d.rubric = 'rubric.json'));
    },
    expected: `${Y}: environment.repo: contains hidden files test.patch, golden.patch, rubric.json, task.yaml; move the repository into its own directory`
  }
];

describe('loading an OpsBench task.yaml', () => {
  it('loads the valid fixture with every path resolved', async () => {
    const task = await loadTask(OBS);
    expect(task.id).toBe('obs-python-backoff-cap');
    expect(task.layout).toBe('opsbench');
    expect(task.instruction).toContain('sleeps for minutes between retries');
    expect(task.timeouts).toEqual({ agentSec: 600, testSec: 120, buildSec: 300 });
    expect(task.environment.compose).toBe(path.join(OBS, 'compose.yaml'));
    expect(task.environment.repo).toBe(path.join(OBS, 'repo'));
    expect(task.hidden.testPatch).toBe(path.join(OBS, 'test.patch'));
    expect(task.hidden.solution).toEqual({ patch: path.join(OBS, 'golden.patch') });
    expect(task.context.logs).toBe(path.join(OBS, 'data/logs'));
    expect(task.tests.failToPass).toEqual(['tests/test_delays.py::test_delays_never_exceed_cap']);
    expect(task.mcp).toEqual([
      { name: 'fs', command: 'mcp-server-filesystem', args: ['/app'] },
      { name: 'tracker', url: 'http://tracker:8080/mcp' }
    ]);
    expect(task.hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('has at least 35 malformed variants, each with a distinct expectation', () => {
    expect(variants.length).toBeGreaterThanOrEqual(35);
    expect(new Set(variants.map((v) => v.expected)).size).toBe(variants.length);
  });

  it.each(variants.map((v) => [v.name, v] as const))('%s', async (_name, variant) => {
    const dir = await copyTask(OBS);
    await variant.mutate(dir);
    const problems = await problemsOf(dir);
    expect(problems).toContainEqual(expect.stringContaining(variant.expected));
    for (const line of problems) expect(line).not.toMatch(/\n|^\s+at /);
  });

  it('reports every schema problem of a task in one go', async () => {
    const dir = await copyTask(OBS);
    await editYaml(dir, 'task.yaml', (d) => {
      d.tests.framework = 'nose';
      d.timeouts.agent_sec = 'ten';
      d.environment.wrokdir = '/x';
    });
    const problems = await problemsOf(dir);
    expect(problems).toHaveLength(3);
    expect(problems.map((p) => p.split(': ')[1])).toEqual(['timeouts.agent_sec', 'environment.wrokdir', 'tests.framework']);
  });

  it('takes inline instruction text as the instruction', async () => {
    const dir = await copyTask(OBS);
    await editYaml(dir, 'task.yaml', (d) => (d.instruction = 'Retries wait longer than the cap. Fix it.'));
    expect((await loadTask(dir)).instruction).toBe('Retries wait longer than the cap. Fix it.');
  });

  it('reads an instruction file without a .md suffix when it exists', async () => {
    const dir = await copyTask(OBS);
    await writeText(dir, 'BRIEF', 'Fix the retry cap.\n');
    await editYaml(dir, 'task.yaml', (d) => (d.instruction = 'BRIEF'));
    expect((await loadTask(dir)).instruction).toBe('Fix the retry cap.\n');
  });

  it('lets an integration task have no repo and defaults its tests dir to tests/', async () => {
    const dir = await copyTask(OBS, 'int-demo');
    await rm(path.join(dir, 'repo'), { recursive: true });
    await writeText(dir, 'tests/test_api.py', 'def test_ok():\n    assert True\n');
    await editYaml(dir, 'task.yaml', (d) => {
      d.id = 'int-demo';
      d.family = 'integration';
      delete d.environment.repo;
      delete d.tests.test_patch;
      delete d.context;
      d.solution = { script: 'solution.sh' };
    });
    await writeText(dir, 'solution.sh', '#!/bin/sh\ntrue\n');
    await chmod(path.join(dir, 'solution.sh'), 0o755);
    const task = await loadTask(dir);
    expect(task.environment.repo).toBeNull();
    expect(task.hidden.testsDir).toBe(path.join(dir, 'tests'));
    expect(task.hidden.solution).toEqual({ script: path.join(dir, 'solution.sh') });
  });

  it('requires the repo of an integration task that names one', async () => {
    const dir = await copyTask(OBS, 'int-demo');
    await editYaml(dir, 'task.yaml', (d) => {
      d.family = 'integration';
      d.environment.repo = 'src';
    });
    expect(await problemsOf(dir)).toContainEqual(expect.stringContaining('int-demo/task.yaml: environment.repo: directory "src" not found'));
  });

  it('accepts services that a compose include defines', async () => {
    const root = await tempRoot();
    const dir = await copyTask(OBS);
    await writeText(root, 'compose/s3.yaml', 'services:\n  s3:\n    image: minio/minio\n');
    const rel = path.relative(dir, path.join(root, 'compose/s3.yaml'));
    await writeText(dir, 'compose.yaml', `include:\n  - ${rel}\nservices:\n  workspace:\n    build: .\n`);
    await editYaml(dir, 'task.yaml', (d) => (d.services = ['workspace', 's3']));
    expect(await problemsOf(dir)).toEqual([]);
  });
});
