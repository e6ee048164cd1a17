import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { RuntimeUnavailableError } from '../../core/errors.js';
import type { DockerCli } from './cli.js';
import { execInContainer, type ContainerTarget } from './exec.js';
import { killGroup } from '../process-exec.js';
import { extractTar, type ExtractOptions, type ExtractStats } from '../tar-extract.js';

// Files in and out of a container with `docker cp`: binary-safe, needs nothing in the image (no cat,
// base64 or tar), and works on volumes too. Paths inside the container are absolute (callers resolve them).

const CP_TIMEOUT_SEC = 600;

/** Thrown for a path that is not there, like fs's ENOENT, so callers can tell "missing" from "broken". */
export class ContainerPathError extends Error {
  readonly code = 'ENOENT';
}

/** What a failed `docker cp` means: the daemon or container is gone, the path is missing, or something else. */
function cpFailure(args: string[], output: string): Error {
  const why = output.trim().slice(0, 500);
  if (/No such container|Cannot connect to the Docker daemon|error during connect/.test(why)) return new RuntimeUnavailableError(`docker cp: ${why}`);
  if (/Could not find the file|No such file or directory|not a directory/i.test(why)) return new ContainerPathError(`docker cp: ${why}`);
  return new Error(`docker cp ${args.join(' ')}: ${why}`);
}

async function cp(cli: DockerCli, args: string[]): Promise<void> {
  const result = await cli.raw(['cp', ...args], { timeoutSec: CP_TIMEOUT_SEC });
  if (result.exitCode === 0) return;
  throw cpFailure(args, result.stderr || result.stdout);
}

/** `mkdir -p` in the container, as root, then handed to the container's user. */
async function makeDir(cli: DockerCli, target: ContainerTarget, dir: string): Promise<void> {
  const made = await execInContainer(cli, target, ['mkdir', '-p', dir], { cwd: '/', user: '0', timeoutSec: 60 });
  if (made.exitCode !== 0) throw new Error(`mkdir -p ${dir} in the container: ${made.stderr.trim()}`);
}

/** docker cp creates files as root; a container running as another user must be able to change them. */
async function handOver(cli: DockerCli, target: ContainerTarget, p: string): Promise<void> {
  if (target.user === '0:0') return;
  await execInContainer(cli, target, ['chown', '-R', target.user, p], { cwd: '/', user: '0', timeoutSec: 300 });
}

async function withTemp<T>(scratch: string, fn: (dir: string) => Promise<T>): Promise<T> {
  await mkdir(scratch, { recursive: true });
  const dir = await mkdtemp(path.join(scratch, 'cp-'));
  try {
    return await fn(dir);
  } finally {
    await rm(dir, { recursive: true, force: true }).catch(() => {});
  }
}

/** @throws ContainerPathError when the file does not exist */
export function readContainerFile(cli: DockerCli, id: string, file: string, scratch: string): Promise<Buffer> {
  return withTemp(scratch, async (dir) => {
    const local = path.join(dir, 'file');
    await cp(cli, ['-L', `${id}:${file}`, local]);
    return readFile(local);
  });
}

export function writeContainerFile(cli: DockerCli, target: ContainerTarget, file: string, content: string | Buffer, scratch: string): Promise<void> {
  return withTemp(scratch, async (dir) => {
    const local = path.join(dir, path.posix.basename(file) || 'file');
    await writeFile(local, content);
    await makeDir(cli, target, path.posix.dirname(file));
    await cp(cli, [local, `${target.id}:${file}`]);
    await handOver(cli, target, file);
  });
}

/** A host file to `dest`, or a host directory's contents into `dest` (created, merged when it exists). */
export async function copyIntoContainer(cli: DockerCli, target: ContainerTarget, hostPath: string, dest: string): Promise<void> {
  const isDir = (await stat(hostPath)).isDirectory();
  await makeDir(cli, target, isDir ? dest : path.posix.dirname(dest));
  await cp(cli, [isDir ? `${hostPath}/.` : hostPath, `${target.id}:${dest}`]);
  await handOver(cli, target, dest);
}

/** A container path (file or directory) to `hostDest`, which must not exist yet for a directory. */
export async function copyOutOfContainer(cli: DockerCli, id: string, src: string, hostDest: string): Promise<void> {
  await mkdir(path.dirname(hostDest), { recursive: true });
  await cp(cli, [`${id}:${src}`, hostDest]);
}

/**
 * A container directory's contents into `hostDest` (created) without the docker CLI unpacking anything:
 * `docker cp <id>:<src>/. -` streams the tar, {@link extractTar} writes only files, directories and
 * symlinks, and leaves out `opts.skipTop` / `opts.skipAnywhere`, which therefore never reach the host.
 * Past a cap the copy stops there (`stats.cut`) and the stream is ended unread.
 * @throws ContainerPathError when `src` is not a directory in the container; RuntimeUnavailableError when
 *   the container or the daemon is gone; TarExtractError for a malformed stream; Error when the copy fails
 *   or outlasts `timeoutSec`
 */
export async function copyTreeOut(cli: DockerCli, id: string, src: string, hostDest: string, opts: ExtractOptions & { timeoutSec?: number }): Promise<ExtractStats> {
  const args = ['cp', `${id}:${src.replace(/\/+$/, '')}/.`, '-'];
  await mkdir(path.dirname(hostDest), { recursive: true });
  const child = spawn(cli.binary, args, { env: cli.env, cwd: path.dirname(hostDest), stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  const stderr: Buffer[] = [];
  child.stderr.on('data', (chunk: Buffer) => stderr.length < 64 && stderr.push(chunk));
  const exited = new Promise<number>((resolve) => {
    child.on('error', () => resolve(127));
    child.on('close', (code) => resolve(code ?? 1));
  });
  let killed = false;
  const kill = () => {
    killed = true;
    if (child.pid !== undefined) killGroup(child.pid, 'SIGKILL');
    child.stdout.destroy();
  };
  const sec = opts.timeoutSec ?? CP_TIMEOUT_SEC;
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    kill();
  }, sec * 1000);
  let stats: ExtractStats | undefined;
  let failure: unknown;
  try {
    stats = await extractTar(child.stdout, hostDest, opts);
    // A cap stopped the copy: the rest of the stream (a sparse terabyte's zeros) is never read.
    if (stats.cut !== undefined) kill();
  } catch (error) {
    failure = error;
    kill();
  }
  const code = await exited;
  clearTimeout(timer);
  if (timedOut) throw new Error(`docker cp ${args.join(' ')}: did not finish within ${sec}s`);
  // docker's own reason (a missing path, a gone container) explains a short stream better than the reader can.
  const said = Buffer.concat(stderr).toString('utf8');
  if (code !== 0 && (!killed || said.trim() !== '')) throw cpFailure(args, said || `exit ${code}`);
  if (failure !== undefined || stats === undefined) throw failure;
  return stats;
}
