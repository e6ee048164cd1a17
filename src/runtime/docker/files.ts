import { spawn } from 'node:child_process';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { RuntimeUnavailableError } from '../../core/errors.js';
import type { DockerCli } from './cli.js';
import type { ContainerTarget } from './exec.js';
import { killGroup } from '../process-exec.js';
import { extractTar, type ExtractOptions, type ExtractStats } from '../tar-extract.js';
import { parseOwner, tarOf, tarOfContent } from '../tar-write.js';

// Files in and out of a container with `docker cp`: binary-safe, needs nothing in the image (no cat,
// base64 or tar), and works on volumes too; one engine call per copy. Paths inside the container are absolute (callers resolve them).

const CP_TIMEOUT_SEC = 600;

/** Thrown for a path that is not there, like fs's ENOENT, so callers can tell "missing" from "broken". */
export class ContainerPathError extends Error {
  readonly code = 'ENOENT';
}

/**
 * What a failed `docker cp` means: the daemon or container is gone, the path is missing, or something else.
 * Older CLIs (Debian's 20.10) say "No such container:path" for a missing path in a live container as well as
 * for a gone container, so that answer is settled by asking the engine whether the container still exists.
 */
async function cpFailure(cli: DockerCli, id: string, args: string[], output: string): Promise<Error> {
  const why = output.trim().slice(0, 500);
  if (/No such container:path/.test(why)) {
    const known = await cli.raw(['inspect', '--type', 'container', '--format', '{{.Id}}', id], { timeoutSec: 60 });
    return known.exitCode === 0 ? new ContainerPathError(`docker cp: ${why}`) : new RuntimeUnavailableError(`docker cp: ${why}`);
  }
  if (/No such container|Cannot connect to the Docker daemon|error during connect/.test(why)) return new RuntimeUnavailableError(`docker cp: ${why}`);
  if (/Could not find the file|No such file or directory|not a directory/i.test(why)) return new ContainerPathError(`docker cp: ${why}`);
  return new Error(`docker cp ${args.join(' ')}: ${why}`);
}

/** `docker cp` with `args` that name container `id` on one side. */
async function cp(cli: DockerCli, id: string, args: string[]): Promise<void> {
  const result = await cli.raw(['cp', ...args], { timeoutSec: CP_TIMEOUT_SEC });
  if (result.exitCode === 0) return;
  throw await cpFailure(cli, id, args, result.stderr || result.stdout);
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
    await cp(cli, id, ['-L', `${id}:${file}`, local]);
    return readFile(local);
  });
}

/** One file in the container, parents made as needed, owned by the container's user: one engine call. */
export async function writeContainerFile(cli: DockerCli, target: ContainerTarget, file: string, content: string | Buffer): Promise<void> {
  await copyTarIn(cli, target.id, tarOfContent(file, typeof content === 'string' ? Buffer.from(content) : content, parseOwner(target.user)));
}

/**
 * A host file to `dest`, or a host directory's contents into `dest` (created, merged when it exists), owned
 * by the container's user: one `docker cp -` of a tar whose entries carry their container paths.
 */
export async function copyIntoContainer(cli: DockerCli, target: ContainerTarget, hostPath: string, dest: string): Promise<void> {
  await copyTarIn(cli, target.id, tarOf(hostPath, dest, parseOwner(target.user)));
}

/**
 * Streams a tar into the container's root (`docker cp - <id>:/`): the engine extracts it (symlinks resolved
 * inside the container) keeping the entries' owners and modes, and creates missing parents as root.
 * @throws RuntimeUnavailableError when the container or the daemon is gone; ContainerPathError when a
 *   path cannot be made; Error otherwise
 */
export async function copyTarIn(cli: DockerCli, id: string, tar: AsyncIterable<Buffer> | Iterable<Buffer>, timeoutSec = CP_TIMEOUT_SEC): Promise<void> {
  const args = ['cp', '-', `${id}:/`];
  const child = spawn(cli.binary, args, { env: cli.env, stdio: ['pipe', 'pipe', 'pipe'], detached: true });
  const output: Buffer[] = [];
  const keep = (chunk: Buffer) => output.length < 64 && output.push(chunk);
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  const exited = new Promise<number>((resolve) => {
    child.on('error', () => resolve(127));
    child.on('close', (code) => resolve(code ?? 1));
  });
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    if (child.pid !== undefined) killGroup(child.pid, 'SIGKILL');
  }, timeoutSec * 1000);
  // A CLI that exits early (a gone container) closes its stdin: what it said explains that, not the EPIPE.
  await pipeline(Readable.from(tar), child.stdin).catch(() => {});
  const code = await exited;
  clearTimeout(timer);
  if (timedOut) throw new Error(`docker ${args.join(' ')}: did not finish within ${timeoutSec}s`);
  if (code !== 0) throw await cpFailure(cli, id, args, Buffer.concat(output).toString('utf8') || `exit ${code}`);
}

/** A container path (file or directory) to `hostDest`, which must not exist yet for a directory. */
export async function copyOutOfContainer(cli: DockerCli, id: string, src: string, hostDest: string): Promise<void> {
  await mkdir(path.dirname(hostDest), { recursive: true });
  await cp(cli, id, [`${id}:${src}`, hostDest]);
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
  if (code !== 0 && (!killed || said.trim() !== '')) throw await cpFailure(cli, id, args, said || `exit ${code}`);
  if (failure !== undefined || stats === undefined) throw failure;
  return stats;
}
