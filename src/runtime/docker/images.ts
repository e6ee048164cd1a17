import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { EnvironmentStartError, OpsBenchError } from '../../core/errors.js';
import { classifyDockerFailure, plainText, tail, type DockerCli } from './cli.js';
import { buildContextDir, dockerfilePath, hashBuildContext, type BuildSpec } from './context.js';
import { RUN_ENV } from './labels.js';
import { SharedWork } from './shared.js';

/** Every image the runtime builds carries its content hash, so an identical build under another name is a tag away. */
export const HASH_LABEL = 'dev.opsbench.context';

/**
 * Where built images can be kept between runs (the Action: @actions/cache with docker save/load, keyed by
 * the hash). Failures are logged and ignored: the cache only ever saves a build.
 */
export interface ImageCacheHooks {
  /** Loads the image saved for `hash` as `tag`. @returns true when the image is now present */
  restore(tag: string, hash: string): Promise<boolean>;
  /** Keeps a freshly built image for later runs. */
  save(tag: string, hash: string): Promise<void>;
}

export type ImageStatus = 'built' | 'reused' | 'none';

export interface ImageRequest {
  /** The repository part of the tag, e.g. `opsbench/obs-go-ratelimit-workspace`. */
  name: string;
  build: BuildSpec;
  /** Files that must never enter the build context (the task's hidden files). */
  hidden: string[];
  /** The task's build_sec: the whole build, retries included, must fit in it. */
  timeoutSec: number;
  signal?: AbortSignal;
  /**
   * The run asking: its build context goes under the run's scratch dir and its `docker build` carries the
   * run marker (labels.ts RUN_ENV), so `cleanup RUN_ID` finds both after a kill -9.
   */
  run?: { id: string; scratchDir: string };
}

export interface ImageResult {
  tag: string;
  /** `built` by this request; `reused` when it existed, came from the cache, or another trial built it. */
  status: 'built' | 'reused';
  /** The build's output when this request built it. */
  log?: string;
}

export interface ImageStoreOptions {
  /** Temp space for filtered build contexts and inline Dockerfiles. */
  scratchDir: string;
  cache?: ImageCacheHooks;
  /** Build every image with --no-cache, ignoring existing tags (the bench's cold phase). */
  noCache?: boolean;
  log?: (line: string) => void;
}

/**
 * Images tagged `<name>:<content hash>`, built at most once per run: parallel trials of a task wait for
 * the one build (SharedWork), later ones find the tag. A failed build is remembered for the run too (the
 * other trials of the task fail at once with the same error) unless it looked transient.
 */
export class ImageStore {
  private readonly builds = new SharedWork<ImageResult>();
  private readonly hashes = new Map<string, Promise<string>>();

  constructor(
    private readonly cli: DockerCli,
    private readonly opts: ImageStoreOptions
  ) {}

  /**
   * The image for `req`, built when neither the tag, an identical build under another name, nor the cache has it.
   * @throws EnvironmentStartError(build) naming the Dockerfile and the build's last output lines
   */
  async ensure(req: ImageRequest): Promise<ImageResult> {
    const hash = await this.hashOf(req);
    const tag = `${req.name}:${hash.slice(0, 24)}`;
    let mine = false;
    const result = await this.builds.run(
      tag,
      (signal) => {
        mine = true;
        return this.obtain(req, tag, hash, signal);
      },
      req.signal,
      (error) => !(OpsBenchError.isInstance(error) && !error.retryable)
    );
    return mine ? result : { tag, status: 'reused' };
  }

  private hashOf(req: ImageRequest): Promise<string> {
    const key = JSON.stringify([req.build, req.hidden]);
    let hit = this.hashes.get(key);
    if (!hit) {
      hit = hashBuildContext(req.build, req.hidden).catch((error: unknown) => {
        this.hashes.delete(key);
        throw new EnvironmentStartError(`cannot read the build of ${req.name} (${req.build.context}): ${(error as Error).message}`, 'build', false, error);
      });
      this.hashes.set(key, hit);
    }
    return hit;
  }

  private async obtain(req: ImageRequest, tag: string, hash: string, signal: AbortSignal): Promise<ImageResult> {
    const call = { timeoutSec: 60, signal };
    if (!this.opts.noCache) {
      if (await this.exists(tag, signal)) return { tag, status: 'reused' };
      const same = await this.cli.run(['images', '-q', '--filter', `label=${HASH_LABEL}=${hash}`], call);
      const id = same.stdout.split('\n')[0]?.trim();
      if (id) {
        await this.cli.run(['tag', id, tag], call);
        return { tag, status: 'reused' };
      }
      if (this.opts.cache && (await this.restore(tag, hash)) && (await this.exists(tag, signal))) return { tag, status: 'reused' };
    }
    const log = await this.build(req, tag, hash, signal);
    if (this.opts.cache) {
      await this.opts.cache.save(tag, hash).catch((error: unknown) => this.opts.log?.(`image cache: could not save ${tag}: ${(error as Error).message}`));
    }
    return { tag, status: 'built', log };
  }

  private async exists(tag: string, signal: AbortSignal): Promise<boolean> {
    const inspect = await this.cli.raw(['image', 'inspect', '--format', '{{.Id}}', tag], { timeoutSec: 60, signal });
    return inspect.exitCode === 0;
  }

  private async restore(tag: string, hash: string): Promise<boolean> {
    try {
      return await this.opts.cache!.restore(tag, hash);
    } catch (error) {
      this.opts.log?.(`image cache: could not restore ${tag}: ${(error as Error).message}`);
      return false;
    }
  }

  /** `docker build` from a context without the hidden files; transient failures (apt mirror, registry) retried. */
  private async build(req: ImageRequest, tag: string, hash: string, signal: AbortSignal): Promise<string> {
    const scratchDir = req.run?.scratchDir ?? this.opts.scratchDir;
    await mkdir(scratchDir, { recursive: true });
    const scratch = await mkdtemp(path.join(scratchDir, 'build-'));
    try {
      const context = await buildContextDir(req.build, req.hidden, path.join(scratch, 'context'));
      const dockerfile = await this.dockerfileFor(req.build, context, scratch);
      const args = [
        'build',
        '-t', tag,
        '--label', `${HASH_LABEL}=${hash}`,
        // The legacy builder keeps the container of a failed step unless told not to.
        '--force-rm',
        '-f', dockerfile,
        ...Object.entries(req.build.args ?? {}).flatMap(([k, v]) => ['--build-arg', `${k}=${v}`]),
        ...(req.build.target ? ['--target', req.build.target] : []),
        ...(this.opts.noCache ? ['--no-cache'] : []),
        context
      ];
      const deadline = Date.now() + req.timeoutSec * 1000;
      for (let attempt = 0; ; attempt++) {
        const left = Math.max(1, Math.round((deadline - Date.now()) / 1000));
        this.opts.log?.(`docker build ${tag}${attempt > 0 ? ` (retry ${attempt})` : ''}`);
        const result = await this.cli.raw(args, { timeoutSec: left, signal, ...(req.run && { env: { [RUN_ENV]: req.run.id } }) });
        if (signal.aborted) throw signal.reason ?? new Error('aborted');
        const output = `${result.stdout}${result.stderr ? `\n${result.stderr}` : ''}`;
        if (result.exitCode === 0 && !result.timedOut) return plainText(output);
        const kind = classifyDockerFailure(output);
        const what = req.build.dockerfileInline ? `the inline Dockerfile of ${req.name}` : dockerfilePath(req.build);
        if (result.timedOut) throw new EnvironmentStartError(`building ${what} did not finish within build_sec (${req.timeoutSec}s)`, 'build', true);
        if (kind !== null && attempt < 2 && Date.now() < deadline) {
          await new Promise((resolve) => setTimeout(resolve, 2000 * 2 ** attempt));
          continue;
        }
        const message = `building ${what} failed (exit ${result.exitCode}):\n${tail(output, 25)}`;
        throw new EnvironmentStartError(message, kind === 'daemon' ? 'daemon' : 'build', kind !== null);
      }
    } finally {
      await rm(scratch, { recursive: true, force: true }).catch(() => {});
    }
  }

  /** The -f argument: an inline Dockerfile written out, or the file re-rooted into a filtered context copy. */
  private async dockerfileFor(spec: BuildSpec, context: string, scratch: string): Promise<string> {
    if (spec.dockerfileInline !== undefined) {
      const file = path.join(scratch, 'Dockerfile.inline');
      await writeFile(file, spec.dockerfileInline);
      return file;
    }
    const original = dockerfilePath(spec);
    const rel = path.relative(spec.context, original);
    return context !== spec.context && !rel.startsWith('..') && !path.isAbsolute(rel) ? path.join(context, rel) : original;
  }
}
