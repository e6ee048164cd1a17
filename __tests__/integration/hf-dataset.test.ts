import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { writeBenchTask } from '../../src/bench/bench-task.js';
import { runCli } from '../../src/cli/main.js';
import { captureIO } from '../helpers/cli-capture.js';
import { filesOf, HUB_SHA, startHubDouble, type HubDouble } from '../helpers/hf-hub-double.js';

// `--tasks hf://datasets/...` and `opsbench fetch` against a local double of the Hub's HTTP API
// (helpers/hf-hub-double.ts): the production client runs unchanged, only HF_ENDPOINT points at the double.
const APEX = path.resolve('__tests__/fixtures/apex-swe/integration');

describe('task sets by reference on the Hugging Face Hub', () => {
  let hub: HubDouble;
  let root: string;
  const saved = { endpoint: process.env.HF_ENDPOINT, cache: process.env.OPSBENCH_CACHE_DIR, token: process.env.HF_TOKEN };

  beforeAll(async () => {
    root = await mkdtemp(path.join(os.tmpdir(), 'opsbench-hf-'));
    const bench = path.join(root, 'bench');
    await writeBenchTask(bench, 'calc-hub');
    const apex = await filesOf(APEX, 'Integration');
    hub = await startHubDouble([
      { repo: 'mercor/apex-swe-dev', files: apex, lfs: new Set(['Integration/apex-client-postgres/data/users.csv']) },
      { repo: 'acme/gated-tasks', files: await filesOf(bench, 'tasks'), token: 'hf_right' }
    ]);
    process.env.HF_ENDPOINT = hub.url;
    process.env.OPSBENCH_CACHE_DIR = path.join(root, 'cache');
    delete process.env.HF_TOKEN;
  });

  afterAll(async () => {
    await hub.close();
    for (const [k, v] of [['HF_ENDPOINT', saved.endpoint], ['OPSBENCH_CACHE_DIR', saved.cache], ['HF_TOKEN', saved.token]] as const) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
    await rm(root, { recursive: true, force: true });
  });

  const fetchRef = async (ref: string) => {
    const cli = captureIO();
    const code = await runCli(['fetch', ref], cli.io);
    return { code, dir: cli.stdout().trim(), stderr: cli.stderr() };
  };

  test('fetch lists the tree page by page, downloads each file (LFS through its redirect) and caches by commit sha', async () => {
    hub.interruptOnce.add('Integration/apex-stdout-block/run-tests.sh');
    const first = await fetchRef('hf://datasets/mercor/apex-swe-dev/Integration');
    expect(first.code).toBe(0);
    expect(first.dir).toBe(path.join(root, 'cache', 'hf', 'datasets', 'mercor--apex-swe-dev', HUB_SHA, 'Integration'));
    for (const [rel, body] of await filesOf(APEX, 'Integration')) expect(await readFile(path.join(path.dirname(first.dir), rel))).toEqual(body);
    expect(hub.requests.filter((r) => r.includes('/tree/')).length).toBeGreaterThan(3);
    expect(hub.requests.some((r) => r.startsWith('GET /lfs-storage/'))).toBe(true);
    // The interrupted download was retried and the copy is whole (compared above).
    expect(first.stderr).toMatch(/apex-stdout-block\/run-tests\.sh: .*retrying/);

    const before = hub.requests.length;
    const again = await fetchRef('hf://datasets/mercor/apex-swe-dev@main/Integration');
    expect(again.dir).toBe(first.dir);
    expect(hub.requests.slice(before).filter((r) => r.includes('/resolve/'))).toEqual([]);
    expect(again.stderr).toMatch(/from the cache/);
  });

  test('the fetched APEX set validates in place, once the registry variables its Plane image needs are set', async () => {
    const { dir } = await fetchRef('hf://datasets/mercor/apex-swe-dev/Integration');
    const registry = { ECR_REGISTRY: 'mirror.example', ECR_REPOSITORY: 'apex-code', PLANE_IMAGE_TAG: 'plane-api' };
    const saved = Object.fromEntries(Object.keys(registry).map((k) => [k, process.env[k]]));
    for (const k of Object.keys(registry)) delete process.env[k];
    const unset = captureIO();
    expect(await runCli(['validate', dir], unset.io)).toBe(1);
    expect(unset.stderr()).toMatch(/apex-mcp-ready\/docker-compose\.yaml: line \d+: \$\{ECR_REGISTRY\} is not set: export ECR_REGISTRY/);
    Object.assign(process.env, registry);
    try {
      const cli = captureIO();
      expect(await runCli(['validate', dir], cli.io)).toBe(0);
      expect(cli.stdout()).toBe('6 tasks valid\n');
    } finally {
      for (const [k, v] of Object.entries(saved)) {
        if (v === undefined) delete process.env[k];
        else process.env[k] = v;
      }
    }
  });

  test('a gated dataset without HF_TOKEN is a 401 that says to set it; with the token, run --tasks hf://... runs the tasks', async () => {
    const refused = captureIO();
    expect(await runCli(['run', '--tasks', 'hf://datasets/acme/gated-tasks/tasks', '--runtime', 'local', '--out', path.join(root, 'out-refused')], refused.io)).toBe(1);
    expect(refused.stderr()).toMatch(/hf:\/\/datasets\/acme\/gated-tasks@main\/tasks: the Hub refused access \(401.*set HF_TOKEN/);

    process.env.HF_TOKEN = 'hf_right';
    try {
      const cli = captureIO();
      const code = await runCli(['run', '--tasks', 'hf://datasets/acme/gated-tasks/tasks', '--agent', 'oracle', '--runtime', 'local', '--out', path.join(root, 'out')], cli.io);
      expect(cli.stderr()).not.toMatch(/error/i);
      expect(code).toBe(0);
      expect(cli.stdout()).toMatch(/PASS calc-hub #1/);
    } finally {
      delete process.env.HF_TOKEN;
    }
  });

  test('an unknown dataset, revision or folder is a 404 naming which', async () => {
    const repo = await fetchRef('hf://datasets/nobody/nothing');
    expect(repo.code).toBe(1);
    expect(repo.stderr).toMatch(/hf:\/\/datasets\/nobody\/nothing@main: no such dataset on the Hub \(404/);
    expect((await fetchRef('hf://datasets/mercor/apex-swe-dev@v9')).stderr).toMatch(/no such revision "v9"/);
    expect((await fetchRef('hf://datasets/mercor/apex-swe-dev/Nope')).stderr).toMatch(/no such "Nope"/);
    expect((await fetchRef('hf://models/x/y')).stderr).toMatch(/looks like hf:\/\/datasets\/<owner>\/<name>/);
  });
});
