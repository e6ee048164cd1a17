import { chmod, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { classifyDockerFailure, DockerCli, plainText, tail } from '../../src/runtime/docker/cli.js';
import { parsePs } from '../../src/runtime/docker/health.js';
import { OpsBenchError } from '../../src/core/errors.js';

/** A stand-in `docker` that fails with `message` until its `n`-th call, logging each call's arguments. */
async function standIn(dir: string, failures: number, message: string, code = 1): Promise<string> {
  const file = path.join(dir, 'docker');
  await writeFile(
    file,
    `#!/bin/sh\necho "$*" >> "${dir}/calls"\nn=$(wc -l < "${dir}/calls")\nif [ "$n" -le ${failures} ]; then echo '${message}' >&2; exit ${code}; fi\necho "ok $*"\n`
  );
  await chmod(file, 0o755);
  return file;
}

describe('the docker CLI wrapper', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'opsbench-docker-cli-'));
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  const cli = (docker: string) => new DockerCli({ env: { PATH: '/usr/bin:/bin' }, cwd: dir, docker, backoffMs: 10 });

  test('a transient failure is retried with backoff and the call then succeeds', async () => {
    const docker = await standIn(dir, 2, 'Error response from daemon: toomanyrequests: rate limit');
    const result = await cli(docker).compose('ob-p', ['/x/compose.json'], ['up', '-d'], { timeoutSec: 10 });
    expect(result.stdout).toBe('ok compose --ansi never -p ob-p -f /x/compose.json up -d\n');
    expect((await readFile(path.join(dir, 'calls'), 'utf8')).trim().split('\n')).toHaveLength(3);
  });

  test('a daemon that stays away is RuntimeUnavailableError (daemon, retryable) after the retries', async () => {
    const docker = await standIn(dir, 9, 'Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?');
    const error = await cli(docker).run(['ps'], { timeoutSec: 10 }).catch((e: unknown) => e);
    expect(OpsBenchError.isInstance(error) && [error.name, error.errorClass, error.retryable]).toEqual(['RuntimeUnavailableError', 'daemon', true]);
    expect((error as Error).message).toMatch(/^docker ps failed \(exit 1\): Cannot connect to the Docker daemon/);
    expect((await readFile(path.join(dir, 'calls'), 'utf8')).trim().split('\n')).toHaveLength(3);
  });

  test('a plain failure is not retried and keeps its class, not retryable', async () => {
    const docker = await standIn(dir, 9, 'service "web" refers to undefined volume data');
    const error = await cli(docker).compose('ob-p', ['c.json'], ['config'], { timeoutSec: 10, errorClass: 'build' }).catch((e: unknown) => e);
    expect(OpsBenchError.isInstance(error) && [error.errorClass, error.retryable, error.message]).toEqual([
      'build',
      false,
      'docker compose config failed (exit 1): service "web" refers to undefined volume data'
    ]);
    expect((await readFile(path.join(dir, 'calls'), 'utf8')).trim().split('\n')).toHaveLength(1);
  });

  test('a missing docker CLI is the daemon class', async () => {
    const error = await cli(path.join(dir, 'no-docker')).run(['info'], { timeoutSec: 5, retries: 0 }).catch((e: unknown) => e);
    expect(OpsBenchError.isInstance(error) && error.errorClass).toBe('daemon');
  });

  test('failures are classified from their output', () => {
    expect(classifyDockerFailure('error during connect: Get "http://%2Fvar%2Frun%2Fdocker.sock/v1.24/info"')).toBe('daemon');
    expect(classifyDockerFailure('E: Failed to fetch http://deb.debian.org/debian/pool/main/p/python3.11  Temporary failure resolving')).toBe('transient');
    expect(classifyDockerFailure('net/http: TLS handshake timeout')).toBe('transient');
    expect(classifyDockerFailure("The command '/bin/sh -c exit 3' returned a non-zero code: 3")).toBeNull();
  });

  test("output for people loses terminal control sequences and the legacy builder's notice", () => {
    expect(plainText('\x1b[2Kflaky: starting\r\n\x1b[1Aline')).toBe('flaky: starting\nline');
    const build = 'Step 3/4 : RUN exit 3\nDEPRECATED: The legacy builder is deprecated\n            Install the buildx component\n\nreturned a non-zero code: 3';
    expect(tail(build)).toBe('Step 3/4 : RUN exit 3\n\nreturned a non-zero code: 3');
    expect(tail('a\nb\nc', 2)).toBe('b\nc');
  });

  test('compose ps is read as one object per line or as one array', () => {
    const entry = { Service: 'api', State: 'running', Health: 'unhealthy' };
    expect(parsePs(`${JSON.stringify(entry)}\n${JSON.stringify({ ...entry, Service: 'db' })}\n`).map((e) => e.Service)).toEqual(['api', 'db']);
    expect(parsePs(JSON.stringify([entry]))).toEqual([entry]);
    expect(parsePs('')).toEqual([]);
  });
});
