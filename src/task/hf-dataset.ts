import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { UserInputError } from '../core/errors.js';
import { isInside } from './task-paths.js';

/**
 * Task sets by reference: `hf://datasets/<owner>/<name>[@revision][/subdir]`, downloaded through the
 * Hugging Face Hub's public HTTP API (the one huggingface_hub calls): the revision resolved to its commit
 * sha (`GET /api/datasets/<repo>/revision/<rev>`), the tree listed (`GET /api/datasets/<repo>/tree/<sha>/<dir>
 * ?recursive=true`, paginated by `Link: <...>; rel="next"`), then each file (`GET /datasets/<repo>/resolve/
 * <sha>/<path>`, which redirects LFS files to their storage; followed). The copy is cached by commit sha, so
 * a revision is fetched once and `main` is re-resolved on every run.
 */

export interface HfRef {
  /** owner/name */
  repo: string;
  revision: string;
  /** Path inside the repository ('' for the whole of it). */
  subdir: string;
}

export interface HfFetchOptions {
  /** Cached copies live under `<cacheDir>/hf/datasets/<owner>--<name>/<sha>/`. */
  cacheDir: string;
  /** Sent as `Authorization: Bearer` when set (gated and private datasets). */
  token?: string;
  /** The Hub's address. Default https://huggingface.co (HF_ENDPOINT, as huggingface_hub reads it). */
  endpoint?: string;
  fetch?: typeof fetch;
  log?: (line: string) => void;
}

const REF = /^hf:\/\/datasets\/([A-Za-z0-9][\w.-]*\/[A-Za-z0-9][\w.-]*)(?:@([^/]+))?(?:\/(.*))?$/;

export function isHfRef(text: string): boolean {
  return text.startsWith('hf://');
}

/** @throws UserInputError naming the accepted form */
export function parseHfRef(text: string): HfRef {
  const m = REF.exec(text.trim());
  if (!m?.[1]) {
    throw new UserInputError(`${text}: a dataset reference looks like hf://datasets/<owner>/<name>[@revision][/subdir], e.g. hf://datasets/mercor/apex-swe@main/Integration`);
  }
  const subdir = (m[3] ?? '').replace(/\/+$/, '');
  if (subdir.split('/').includes('..')) throw new UserInputError(`${text}: the subdirectory may not contain ..`);
  return { repo: m[1], revision: m[2] ?? 'main', subdir };
}

interface TreeEntry {
  type: 'file' | 'directory';
  path: string;
  size?: number;
  lfs?: { oid: string; size: number };
}

/**
 * Downloads (or finds in the cache) the dataset's files under `ref.subdir` and returns that directory on disk.
 * A download cut short is retried once; files are written under a temporary name and renamed when whole, and
 * the copy counts as complete only once every file is there, so a rerun picks up where a failure stopped.
 * @throws UserInputError naming the dataset and the Hub's answer (401: set HF_TOKEN; 404: no such dataset,
 *   revision or folder) or the file that could not be downloaded
 */
export async function fetchHfDataset(ref: HfRef, opts: HfFetchOptions): Promise<string> {
  const hub = new HubClient(opts);
  const sha = await hub.revisionSha(ref);
  const root = path.join(opts.cacheDir, 'hf', 'datasets', ref.repo.replace('/', '--'), sha);
  const done = path.join(root, `.opsbench-complete${ref.subdir ? `-${createHash('sha256').update(ref.subdir).digest('hex').slice(0, 16)}` : ''}`);
  const target = path.join(root, ...ref.subdir.split('/').filter(Boolean));
  if (await exists(done)) {
    opts.log?.(`hf: ${ref.repo}@${sha.slice(0, 12)} from the cache (${root})`);
    return target;
  }
  const files = (await hub.tree(ref, sha)).filter((e) => e.type === 'file');
  if (files.length === 0) throw new UserInputError(`hf://datasets/${ref.repo}@${ref.revision}: no files under "${ref.subdir || '/'}"`);
  opts.log?.(`hf: downloading ${files.length} file(s) of ${ref.repo}@${sha.slice(0, 12)}`);
  for (const file of files) {
    const dest = path.resolve(root, file.path);
    if (!isInside(root, dest)) throw new UserInputError(`hf://datasets/${ref.repo}: the Hub listed a path outside the dataset: ${file.path}`);
    const size = file.lfs?.size ?? file.size;
    if (size !== undefined && (await stat(dest).then((s) => s.size === size, () => false))) continue;
    await hub.download(ref, sha, file, dest);
  }
  await writeFile(done, `${new Date().toISOString()}\n`);
  return target;
}

class HubClient {
  private readonly endpoint: string;
  private readonly fetch: typeof fetch;

  constructor(private readonly opts: HfFetchOptions) {
    this.endpoint = (opts.endpoint ?? 'https://huggingface.co').replace(/\/+$/, '');
    this.fetch = opts.fetch ?? fetch;
  }

  async revisionSha(ref: HfRef): Promise<string> {
    const res = await this.get(`${this.endpoint}/api/datasets/${ref.repo}/revision/${encodeURIComponent(ref.revision)}`, ref);
    const body = (await res.json()) as { sha?: unknown };
    if (typeof body.sha !== 'string' || !/^[0-9a-f]{40}$/.test(body.sha)) throw new UserInputError(`hf://datasets/${ref.repo}@${ref.revision}: the Hub answered without a commit sha`);
    return body.sha;
  }

  /** Every entry under the subdir, following the `Link: rel="next"` pages. */
  async tree(ref: HfRef, sha: string): Promise<TreeEntry[]> {
    const dir = ref.subdir ? `/${ref.subdir.split('/').map(encodeURIComponent).join('/')}` : '';
    let url: string | null = `${this.endpoint}/api/datasets/${ref.repo}/tree/${sha}${dir}?recursive=true&expand=false`;
    const out: TreeEntry[] = [];
    while (url) {
      const res = await this.get(url, ref);
      out.push(...((await res.json()) as TreeEntry[]));
      url = nextLink(res.headers.get('link'));
    }
    return out;
  }

  async download(ref: HfRef, sha: string, file: TreeEntry, dest: string): Promise<void> {
    const url = `${this.endpoint}/datasets/${ref.repo}/resolve/${sha}/${file.path.split('/').map(encodeURIComponent).join('/')}`;
    const expected = file.lfs?.size ?? file.size;
    await mkdir(path.dirname(dest), { recursive: true });
    const part = `${dest}.part`;
    for (let attempt = 1; ; attempt++) {
      try {
        const res = await this.get(url, ref);
        if (!res.body) throw new Error('empty body');
        const hash = createHash('sha256');
        let size = 0;
        const counted = Readable.fromWeb(res.body as import('node:stream/web').ReadableStream<Uint8Array>).on('data', (chunk: Buffer) => {
          size += chunk.length;
          hash.update(chunk);
        });
        await pipeline(counted, createWriteStream(part));
        if (expected !== undefined && size !== expected) throw new Error(`got ${size} of ${expected} bytes`);
        if (file.lfs && hash.digest('hex') !== file.lfs.oid) throw new Error(`its sha256 is not the LFS oid ${file.lfs.oid}`);
        await rename(part, dest);
        return;
      } catch (error) {
        await rm(part, { force: true });
        if (error instanceof UserInputError) throw error;
        if (attempt >= 2) throw new UserInputError(`hf://datasets/${ref.repo}: downloading ${file.path} failed twice (${(error as Error).message}); rerun to resume`, error);
        this.opts.log?.(`hf: ${file.path}: ${(error as Error).message}; retrying`);
      }
    }
  }

  private async get(url: string, ref: HfRef): Promise<Response> {
    const headers: Record<string, string> = { 'user-agent': 'opsbench' };
    if (this.opts.token) headers.authorization = `Bearer ${this.opts.token}`;
    const res = await this.fetch(url, { headers, redirect: 'follow' });
    if (res.ok) return res;
    const what = `hf://datasets/${ref.repo}@${ref.revision}${ref.subdir ? `/${ref.subdir}` : ''}`;
    const code = res.headers.get('x-error-code') ?? '';
    const hubSays = (res.headers.get('x-error-message') ?? (await res.text().catch(() => ''))).slice(0, 200);
    if (res.status === 401 || res.status === 403) {
      throw new UserInputError(`${what}: the Hub refused access (${res.status}${hubSays ? `: ${hubSays}` : ''}); ${this.opts.token ? 'HF_TOKEN has no access to it (accept its terms on the Hub?)' : 'set HF_TOKEN to a token with read access'}`);
    }
    if (res.status === 404) {
      const which = code === 'RevisionNotFound' ? `revision "${ref.revision}"` : code === 'EntryNotFound' ? `"${ref.subdir}"` : 'dataset';
      throw new UserInputError(`${what}: no such ${which} on the Hub (404${hubSays ? `: ${hubSays}` : ''})`);
    }
    throw new Error(`${url}: HTTP ${res.status}`);
  }
}

/** The `rel="next"` URL of an RFC 8288 Link header, or null. */
function nextLink(header: string | null): string | null {
  if (!header) return null;
  for (const part of header.split(',')) {
    const m = /<([^>]+)>\s*;\s*rel="?next"?/.exec(part.trim());
    if (m?.[1]) return m[1];
  }
  return null;
}

async function exists(p: string): Promise<boolean> {
  return stat(p).then(
    () => true,
    () => false
  );
}
