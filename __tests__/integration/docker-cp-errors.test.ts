import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { RuntimeUnavailableError } from '../../src/core/errors.js';
import { DockerCli } from '../../src/runtime/docker/cli.js';
import { execInContainer } from '../../src/runtime/docker/exec.js';
import { ContainerPathError, copyTreeOut, readContainerFile } from '../../src/runtime/docker/files.js';
import { dockerCliEnv } from '../../src/runtime/docker/isolation.js';

// docker's own words differ by CLI version, and the runtime decides from them (checked against the engine).
// A workdir the agent removed must read as "missing" (an empty tree, graded), a gone container as the
// runtime's failure. Debian's docker CLI (20.10) says "No such container:path" for both; a newer CLI says
// "Could not find the file" for the first. Both CLIs this machine has are tried.
const clients = [...new Set(['/usr/bin/docker', '/usr/local/bin/docker'].filter((file) => existsSync(file)))];
const CAPS = { capBytes: 1 << 20 };
let dir: string;
let id: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'opsbench-cp-errors-'));
  id = execFileSync('docker', ['run', '-d', '--label', 'opsbench.test=cp-errors', 'debian:bookworm-slim', 'sleep', '300'], { encoding: 'utf8' }).trim();
}, 120_000);

afterAll(async () => {
  execFileSync('docker', ['rm', '-f', id], { stdio: 'ignore' });
  await rm(dir, { recursive: true, force: true });
});

test('this machine has a docker CLI to try', () => {
  expect(clients.length).toBeGreaterThan(0);
});

describe.each(clients)('docker cp failures through %s', (docker) => {
  const cli = () => new DockerCli({ env: dockerCliEnv(process.env), cwd: dir, docker, backoffMs: 10 });

  test('a missing directory in a live container is a missing path', async () => {
    await expect(copyTreeOut(cli(), id, '/app/repo', path.join(dir, `tree-${path.basename(path.dirname(docker))}`), CAPS)).rejects.toBeInstanceOf(ContainerPathError);
  });

  test('a missing file in a live container is a missing path', async () => {
    await expect(readContainerFile(cli(), id, '/no/such/file', dir)).rejects.toBeInstanceOf(ContainerPathError);
  });

  test('a container the engine does not know is the runtime gone', async () => {
    await expect(copyTreeOut(cli(), 'opsbench-no-such-container', '/app', path.join(dir, 'gone'), CAPS)).rejects.toBeInstanceOf(RuntimeUnavailableError);
    await expect(readContainerFile(cli(), 'opsbench-no-such-container', '/etc/hostname', dir)).rejects.toBeInstanceOf(RuntimeUnavailableError);
  });

  test('an exec in a container the engine does not know is the runtime gone, not the command failing', async () => {
    const target = { id: 'opsbench-no-such-container', shell: 'sh' as const, hasTimeout: true, user: '0:0', home: '' };
    await expect(execInContainer(cli(), target, ['true'], { cwd: '/', timeoutSec: 30 })).rejects.toBeInstanceOf(RuntimeUnavailableError);
  });
});
