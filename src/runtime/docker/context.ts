import { createHash } from 'node:crypto';
import { cp, readFile } from 'node:fs/promises';
import path from 'node:path';
import { hashTaskDir } from '../../task/hash.js';
import { exposedHidden, isHidden } from './isolation.js';

/** How one image is built: compose's `build:` of a service, paths resolved. */
export interface BuildSpec {
  /** Absolute path of the build context directory. */
  context: string;
  /** The Dockerfile: absolute, or relative to the context. Default `Dockerfile`. */
  dockerfile?: string;
  /** compose's `dockerfile_inline`: the Dockerfile's text instead of a file. */
  dockerfileInline?: string;
  args?: Record<string, string>;
  target?: string;
}

/** The Dockerfile's absolute path (meaningless with dockerfileInline). */
export function dockerfilePath(spec: BuildSpec): string {
  return path.resolve(spec.context, spec.dockerfile ?? 'Dockerfile');
}

/**
 * A content hash of everything that goes into the image: the context's files (minus .git and the task's
 * hidden files, which never enter it), the Dockerfile, the build args and the target. Two builds with the
 * same hash make the same image, so the hash is the image's tag. The base image's own digest is not in it:
 * a moved `debian:bookworm-slim` does not invalidate cached images (remove them to rebuild).
 * @throws Error when the context or the Dockerfile cannot be read (the caller names the service)
 */
export async function hashBuildContext(spec: BuildSpec, hidden: string[]): Promise<string> {
  const files = await hashTaskDir(spec.context, (p) => isHidden(p, hidden));
  const dockerfile = spec.dockerfileInline ?? (await readFile(dockerfilePath(spec), 'utf8'));
  const args = Object.entries(spec.args ?? {}).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const hash = createHash('sha256');
  hash.update(JSON.stringify({ files, dockerfile, dockerfileName: spec.dockerfile ?? 'Dockerfile', args, target: spec.target ?? null }));
  return hash.digest('hex');
}

/**
 * The context to hand `docker build`: the original directory when no hidden file lies in it, otherwise a
 * copy without them (and without .git) under `scratch`. A task that builds from its own directory
 * (`context: .`) would otherwise send test.patch and golden.patch to the daemon, where one `COPY . /src`
 * puts them in an image layer the agent can read.
 */
export async function buildContextDir(spec: BuildSpec, hidden: string[], scratch: string): Promise<string> {
  if (exposedHidden(spec.context, hidden) === null) return spec.context;
  await cp(spec.context, scratch, {
    recursive: true,
    verbatimSymlinks: true,
    filter: (src) => path.basename(src) !== '.git' && !isHidden(src, hidden)
  });
  return scratch;
}
