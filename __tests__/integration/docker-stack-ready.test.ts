import { mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { DockerCli } from '../../src/runtime/docker/cli.js';
import { dockerCliEnv } from '../../src/runtime/docker/isolation.js';
import { oneShotServices, waitForStack } from '../../src/runtime/docker/stack-ready.js';
import { parseComposeModel } from '../../src/runtime/docker/model.js';
import { cleanupScratch, docker, requireDocker, scratch } from './docker-support.js';

// stack-ready.ts against real compose stacks: `up -d`, then the wait that replaces compose's own --wait.
// Each stack's state is read back from the engine when the wait returns or fails.

const cli = new DockerCli({ env: dockerCliEnv(process.env), cwd: os.tmpdir() });
const projects: string[] = [];

async function up(name: string, services: Record<string, string[]>): Promise<{ project: string; file: string }> {
  const dir = path.join(await scratch(), name);
  await mkdir(dir, { recursive: true });
  const file = path.join(dir, 'compose.yaml');
  await writeFile(file, ['services:', ...Object.entries(services).flatMap(([svc, lines]) => [`  ${svc}:`, '    image: debian:bookworm-slim', '    init: true', ...lines.map((l) => `    ${l}`)]), ''].join('\n'));
  const project = `obready${process.pid}${name}`;
  projects.push(project);
  await cli.compose(project, [file], ['up', '-d', '--no-build'], { timeoutSec: 120 });
  return { project, file };
}

async function model(project: string, file: string) {
  return parseComposeModel(file, (await cli.compose(project, [file], ['config', '--format', 'json'], { timeoutSec: 60 })).stdout);
}

const health = async (project: string, service: string) => (await docker('inspect', '--format', '{{.State.Health.Status}}', `${project}-${service}-1`)).trim();

describe('waiting for a stack as compose up --wait does (real Docker)', () => {
  beforeAll(requireDocker);

  afterAll(async () => {
    for (const p of projects) await cli.composeRaw(p, [], ['down', '-v', '-t', '0'], { timeoutSec: 120 });
    await cleanupScratch();
  });

  it('returns only once a service whose healthcheck passes after 2 s is healthy', async () => {
    const { project } = await up('slow', {
      slow: ['command: ["sh", "-c", "sleep 2; touch /tmp/ready; exec sleep infinity"]', 'healthcheck: { test: ["CMD", "test", "-f", "/tmp/ready"], interval: 1s, retries: 30 }'],
      plain: ['command: ["sleep", "infinity"]']
    });
    expect(await health(project, 'slow')).toBe('starting');
    await waitForStack(cli, project, { oneShot: new Set(), timeoutSec: 60 });
    expect(await health(project, 'slow')).toBe('healthy');
  }, 120_000);

  it('fails for a service that exits while another is still starting, naming the container and its exit code', async () => {
    const { project } = await up('exits', {
      app: ['command: ["sh", "-c", "sleep 1; exit 3"]'],
      slow: ['command: ["sh", "-c", "sleep 5; touch /tmp/ready; exec sleep infinity"]', 'healthcheck: { test: ["CMD", "test", "-f", "/tmp/ready"], interval: 1s, retries: 30 }']
    });
    await expect(waitForStack(cli, project, { oneShot: new Set(), timeoutSec: 60 })).rejects.toThrow(`container ${project}-app-1 exited (3)`);
  }, 120_000);

  it('fails for a service that turns unhealthy', async () => {
    const { project } = await up('sick', { sick: ['command: ["sleep", "infinity"]', 'healthcheck: { test: ["CMD", "false"], interval: 1s, retries: 2 }'] });
    await expect(waitForStack(cli, project, { oneShot: new Set(), timeoutSec: 60 })).rejects.toThrow(`container ${project}-sick-1 is unhealthy`);
  }, 120_000);

  it('waits for a one-shot service another depends on to exit 0', async () => {
    const { project, file } = await up('oneshot', {
      init: ['command: ["sh", "-c", "sleep 1; touch /dev/null"]'],
      app: ['command: ["sleep", "infinity"]', 'depends_on: { init: { condition: service_completed_successfully } }']
    });
    await waitForStack(cli, project, { oneShot: oneShotServices(await model(project, file)), timeoutSec: 60 });
    expect((await docker('inspect', '--format', '{{.State.Status}} {{.State.ExitCode}}', `${project}-init-1`)).trim()).toBe('exited 0');
  }, 120_000);

  it("gives up at the timeout with compose's words", async () => {
    const { project } = await up('never', { never: ['command: ["sleep", "infinity"]', 'healthcheck: { test: ["CMD", "false"], interval: 1s, retries: 1000 }'] });
    await expect(waitForStack(cli, project, { oneShot: new Set(), timeoutSec: 3 })).rejects.toThrow('application not healthy after 3s');
    expect(await health(project, 'never')).toBe('starting');
  }, 120_000);

  it('waits for the named services only', async () => {
    const { project } = await up('only', { done: ['command: ["true"]'], grader: ['command: ["sleep", "infinity"]'] });
    // Until the engine says `done` has exited: the wait for the whole stack must then fail on it.
    for (let i = 0; i < 100 && (await docker('inspect', '--format', '{{.State.Status}}', `${project}-done-1`)).trim() !== 'exited'; i++) {
      await new Promise((r) => setTimeout(r, 100));
    }
    await waitForStack(cli, project, { services: ['grader'], oneShot: new Set(), timeoutSec: 60 });
    await expect(waitForStack(cli, project, { oneShot: new Set(), timeoutSec: 60 })).rejects.toThrow('exited (0)');
  }, 120_000);
});
