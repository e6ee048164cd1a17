import { buildsOf, checkNoHiddenMounts, ComposeModelSchema, generateCompose, profilesOf, type ComposeModel } from '../../src/runtime/docker/model.js';

/** What `docker compose config --format json` prints for a small two-service task (trimmed). */
function model(): ComposeModel {
  return ComposeModelSchema.parse({
    name: 'ob-run-trial',
    services: {
      workspace: {
        build: { context: '/tasks/t', dockerfile: 'Dockerfile', args: { BASE_IMAGE: 'debian:bookworm-slim', UNSET: null } },
        command: ['sleep', 'infinity'],
        container_name: 'fixed-name',
        ports: [{ target: 80, published: '8080' }],
        networks: { default: null }
      },
      db: {
        image: 'postgres:16',
        labels: { team: 'data' },
        volumes: [{ type: 'volume', source: 'pgdata', target: '/var/lib/postgresql/data' }],
        networks: { back: null },
        profiles: ['extra']
      }
    },
    networks: { default: { name: 'ob-run-trial_default' }, back: { name: 'ob-run-trial_back' }, outside: { external: true, name: 'shared' } },
    volumes: { pgdata: { name: 'ob-run-trial_pgdata' }, cache: { external: true } }
  });
}

const LABELS = { 'dev.opsbench.run': 'run', 'dev.opsbench.trial': 'ob-run-trial' };
const CEILING = { pids: 8192, memoryBytes: 16 * 1024 ** 3, cpus: 4 };
const LIMITS = { requested: {}, ceiling: CEILING };
const DEFAULTS = { pids_limit: 2048, mem_limit: String(4 * 1024 ** 3), cpus: 2 };

describe('the compose file a trial runs', () => {
  test('every service, network and volume gets the run and trial labels, external ones excepted', () => {
    const out = generateCompose(model(), { labels: LABELS, images: new Map(), workspace: 'workspace', limits: LIMITS });
    expect(out.services.workspace?.labels).toEqual(LABELS);
    expect(out.services.db?.labels).toEqual({ team: 'data', ...LABELS });
    expect(out.networks?.default?.labels).toEqual(LABELS);
    expect(out.networks?.back?.labels).toEqual(LABELS);
    expect(out.networks?.outside).toEqual({ external: true, name: 'shared' });
    expect(out.volumes?.pgdata?.labels).toEqual(LABELS);
    expect(out.volumes?.cache).toEqual({ external: true });
    expect(out.name).toBeUndefined();
  });

  test('built services run the prebuilt image; published ports and fixed container names are dropped; the workspace gets an init', () => {
    const out = generateCompose(model(), { labels: LABELS, images: new Map([['workspace', 'opsbench/t-workspace:abc']]), workspace: 'workspace', limits: LIMITS });
    expect(out.services.workspace).toMatchObject({ image: 'opsbench/t-workspace:abc', pull_policy: 'never', init: true });
    expect(out.services.workspace?.build).toBeUndefined();
    expect(out.services.workspace?.ports).toBeUndefined();
    expect(out.services.workspace?.container_name).toBeUndefined();
    expect(out.services.db?.image).toBe('postgres:16');
    expect(out.services.db?.init).toBeUndefined();
  });

  test('the added grader idles under the grader profile on every network of the stack but external ones', () => {
    const out = generateCompose(model(), { labels: LABELS, images: new Map(), workspace: 'workspace', addGrader: { image: 'opsbench/grader:h' }, limits: LIMITS });
    expect(out.services.grader).toEqual({
      image: 'opsbench/grader:h',
      pull_policy: 'never',
      command: ['sleep', 'infinity'],
      init: true,
      profiles: ['grader'],
      labels: LABELS,
      networks: { default: null, back: null },
      ...DEFAULTS
    });
    expect(profilesOf(out).sort()).toEqual(['extra', 'grader']);
  });

  test('every service gets pids, memory and cpu limits: the defaults, raised by the task up to the ceiling, a compose value no higher', () => {
    const out = generateCompose(model(), { labels: LABELS, images: new Map(), workspace: 'workspace', limits: LIMITS });
    expect(out.services.workspace).toMatchObject(DEFAULTS);
    const raised = generateCompose(model(), { labels: LABELS, images: new Map(), workspace: 'workspace', limits: { requested: { pids: 4096, memoryBytes: 64 * 1024 ** 3 }, ceiling: CEILING } });
    expect(raised.services.db).toMatchObject({ pids_limit: 4096, mem_limit: String(16 * 1024 ** 3), cpus: 2 });
    const unlimited = model();
    Object.assign(unlimited.services.db as object, { pids_limit: -1, deploy: { resources: { limits: { memory: '100g' } } } });
    const clamped = generateCompose(unlimited, { labels: LABELS, images: new Map(), workspace: 'workspace', limits: LIMITS });
    expect(clamped.services.db).toMatchObject({ pids_limit: 8192, mem_limit: String(16 * 1024 ** 3) });
    expect(clamped.services.db?.deploy).toEqual({ resources: { limits: {} } });
  });

  test('the input model is not changed', () => {
    const input = model();
    const copy = structuredClone(input);
    generateCompose(input, { labels: LABELS, images: new Map([['workspace', 'x:y']]), workspace: 'workspace', addGrader: { image: 'g' }, limits: LIMITS });
    expect(input).toEqual(copy);
  });

  test('builds are read with null build args left out', () => {
    expect([...buildsOf(model())]).toEqual([
      ['workspace', { context: '/tasks/t', dockerfile: 'Dockerfile', dockerfileInline: undefined, args: { BASE_IMAGE: 'debian:bookworm-slim' }, target: undefined }]
    ]);
  });

  test('a bind mount, secret or config that would show the agent a hidden file is refused, naming the mount and the fix', () => {
    const hidden = ['/tasks/t/test.patch', '/tasks/t/tests'];
    const withMount = (source: string) =>
      ComposeModelSchema.parse({ services: { workspace: { image: 'x', volumes: [{ type: 'bind', source, target: '/src' }] } } });
    expect(() => checkNoHiddenMounts(withMount('/tasks/t'), hidden, '/tasks/t/compose.yaml')).toThrow(
      '/tasks/t/compose.yaml: services.workspace.volumes[0]: /tasks/t would expose /tasks/t/test.patch (tests, patches, solution and rubric stay hidden until grading); mount a directory that does not contain them'
    );
    expect(() => checkNoHiddenMounts(withMount('/tasks/t/tests/unit'), hidden, 'c.yaml')).toThrow('/tasks/t/tests/unit would expose /tasks/t/tests');
    expect(() => checkNoHiddenMounts(withMount('/tasks/t/repo'), hidden, 'c.yaml')).not.toThrow();
    const secret = ComposeModelSchema.parse({ services: { workspace: { image: 'x' } }, secrets: { answers: { file: '/tasks/t/tests/answers.txt' } } });
    expect(() => checkNoHiddenMounts(secret, hidden, 'c.yaml')).toThrow('c.yaml: secrets.answers.file: /tasks/t/tests/answers.txt would expose /tasks/t/tests');
  });
});
