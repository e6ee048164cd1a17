import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { EnvironmentStartError } from '../../src/core/errors.js';
import { readCalls, writeDockerWrapper } from '../../src/bench/docker-call-log.js';
import { DockerCli } from '../../src/runtime/docker/cli.js';
import { dockerCliEnv } from '../../src/runtime/docker/isolation.js';
import { RUN_ENV } from '../../src/runtime/docker/labels.js';
import { ComposeModels } from '../../src/runtime/docker/model-memo.js';
import { loadComposeModel } from '../../src/runtime/docker/model.js';
import { which } from '../../src/runtime/toolchain.js';
import { cleanupScratch, requireDocker, scratch } from './docker-support.js';

// One `compose config` per task and runtime (model-memo.ts): each trial must still get, byte for byte, the
// model its own call would have printed, although its project name and run id reach that model.

/** A stack whose model carries the project name (networks, volumes, an interpolated label) and the run id. */
const STACK = [
  'services:',
  '  workspace:',
  '    image: debian:bookworm-slim',
  '    command: ["sleep", "infinity"]',
  '    environment:',
  '      RUN: "run ${OPSBENCH_RUN_ID:-none}"',
  '      WHERE: "${COMPOSE_PROJECT_NAME:-unset}"',
  '      FROM_DOTENV: "${FROM_DOTENV}"',
  '    labels:',
  '      made-for: "${OPSBENCH_RUN_ID}"',
  '    volumes: [data:/data]',
  '    networks: [back]',
  'volumes:',
  '  data: {}',
  'networks:',
  '  back: {}',
  ''
].join('\n');

describe('compose config, once per task and runtime', () => {
  let dir: string;
  let cli: DockerCli;
  let calls: Awaited<ReturnType<typeof writeDockerWrapper>>;

  beforeAll(async () => {
    await requireDocker();
    dir = path.join(await scratch(), 'memo-task');
    await mkdir(dir, { recursive: true });
    await writeFile(path.join(dir, 'compose.yaml'), STACK);
    await writeFile(path.join(dir, '.env'), 'FROM_DOTENV=dotenv value\n');
    const docker = await which('docker', process.env.PATH ?? '/usr/bin:/bin');
    calls = await writeDockerWrapper(path.join(await scratch(), 'memo-wrapper'), docker!);
    cli = new DockerCli({ env: dockerCliEnv(process.env), cwd: dir, docker: calls.binary });
  });

  afterAll(cleanupScratch);

  const trial = (n: number) => ({ project: `ob-memo-trial-${n}`, runId: `20261205t000000-memo0${n}` });
  const configCalls = async () => (await readCalls(calls)).filter((c) => c.argv.includes('config')).length;

  it("gives every trial exactly what its own call prints, from one call", async () => {
    const memo = new ComposeModels();
    const file = path.join(dir, 'compose.yaml');
    const before = await configCalls();
    for (const n of [1, 2, 3]) {
      const { project, runId } = trial(n);
      const own = cli.withEnv({ [RUN_ENV]: runId });
      const shared = await memo.load(own, { project, runId, file, taskHash: 'h1' });
      const direct = await loadComposeModel(own, project, file);
      expect(shared).toEqual(direct);
      expect(JSON.stringify(shared)).toContain(runId);
      expect(JSON.stringify(shared)).toContain(project);
      expect(shared.services.workspace?.labels?.['made-for']).toBe(runId);
    }
    // Three memo loads and three direct calls for comparison: one config call was the memo's.
    expect((await configCalls()) - before).toBe(4);
  });

  it('calls again when the file, the task or a variable compose reads changes', async () => {
    const memo = new ComposeModels();
    const file = path.join(dir, 'compose.yaml');
    const { project, runId } = trial(4);
    const own = cli.withEnv({ [RUN_ENV]: runId });
    const before = await configCalls();
    await memo.load(own, { project, runId, file, taskHash: 'h1' });
    await memo.load(own, { project, runId, file, taskHash: 'h2' });
    const changed = await memo.load(own, { project, runId, file, taskHash: 'h2', env: { FROM_DOTENV: 'from the caller' } });
    expect(changed.services.workspace?.environment).toMatchObject({ FROM_DOTENV: 'from the caller' });
    await writeFile(file, STACK.replace('sleep', 'sleep ').replace('"infinity"', '"3600"'));
    const edited = await memo.load(own, { project, runId, file, taskHash: 'h2', env: { FROM_DOTENV: 'from the caller' } });
    expect(edited.services.workspace?.command).toEqual(['sleep ', '3600']);
    expect((await configCalls()) - before).toBe(4);
    await writeFile(file, STACK);
  });

  it("says compose's complaint about a broken file with the trial's own project name, and reads the mended file", async () => {
    const memo = new ComposeModels();
    const file = path.join(dir, 'broken.yaml');
    await writeFile(file, 'services:\n  workspace:\n    image: debian:bookworm-slim\n    depends_on: [nowhere]\n');
    const { project, runId } = trial(5);
    const own = cli.withEnv({ [RUN_ENV]: runId });
    const failure = await memo.load(own, { project, runId, file, taskHash: 'h3' }).then(
      () => null,
      (error: unknown) => error
    );
    expect(failure).toBeInstanceOf(EnvironmentStartError);
    expect((failure as Error).message).toMatch(/nowhere/);
    expect((failure as Error).message).not.toMatch(/ob-[0-9a-f]{32}/);
    await writeFile(file, 'services:\n  workspace:\n    image: debian:bookworm-slim\n');
    const fixed = await memo.load(own, { project, runId, file, taskHash: 'h3' });
    expect(Object.keys(fixed.services)).toEqual(['workspace']);
  });
});
