import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

/**
 * A local stand-in for the Hugging Face Hub's dataset API, answering with its real request and response
 * shapes (what huggingface_hub's HfApi sends and parses): the revision endpoint's `sha`, the tree
 * endpoint's entries (`type`, `oid`, `size`, `path`, `lfs: {oid, size, pointerSize}`) paginated with an
 * RFC 8288 `Link: <...>; rel="next"` header, `resolve/` answering small files itself and redirecting LFS
 * files (302) to a storage URL, 401 for a gated dataset without a valid Bearer token, 404 with
 * `X-Error-Code: RepoNotFound` / `RevisionNotFound`. `interruptOnce` cuts the first download of a file
 * in the middle, as a dropped connection does.
 */
export interface HubDataset {
  repo: string;
  /** Repository path -> content. */
  files: Map<string, Buffer>;
  /** Paths stored in LFS. */
  lfs?: Set<string>;
  /** Requires `Authorization: Bearer <token>`. */
  token?: string;
}

export interface HubDouble {
  url: string;
  /** Every request's method and path (with query), in order. */
  requests: string[];
  interruptOnce: Set<string>;
  close(): Promise<void>;
}

const SHA = 'a'.repeat(8) + createHash('sha1').update('opsbench-hub-double').digest('hex').slice(8);
const PAGE = 3;

export async function filesOf(dir: string, prefix: string): Promise<Map<string, Buffer>> {
  const out = new Map<string, Buffer>();
  for (const e of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!e.isFile()) continue;
    const abs = path.join(e.parentPath, e.name);
    out.set(`${prefix}/${path.relative(dir, abs).split(path.sep).join('/')}`, await readFile(abs));
  }
  return out;
}

export async function startHubDouble(datasets: HubDataset[]): Promise<HubDouble> {
  const requests: string[] = [];
  const interruptOnce = new Set<string>();
  const byRepo = new Map(datasets.map((d) => [d.repo, d]));
  let base = '';
  const server: Server = createServer((req: IncomingMessage, res: ServerResponse) => {
    requests.push(`${req.method} ${req.url}`);
    const url = new URL(req.url ?? '/', base);
    const fail = (status: number, code: string, message: string) => {
      res.writeHead(status, { 'content-type': 'application/json', 'x-error-code': code, 'x-error-message': message });
      res.end(JSON.stringify({ error: message }));
    };
    const storage = /^\/lfs-storage\/([0-9a-f]{64})$/.exec(url.pathname);
    if (storage) {
      for (const d of datasets) for (const [p, body] of d.files) if (sha256(body) === storage[1] && d.lfs?.has(p)) return void res.end(body);
      return fail(404, 'EntryNotFound', 'no such object');
    }
    const m = /^\/(api\/datasets|datasets)\/([^/]+\/[^/]+)\/(revision|tree|resolve)\/([^/]+)(?:\/(.*))?$/.exec(url.pathname);
    if (!m) return fail(404, 'EntryNotFound', 'not an endpoint of this double');
    const [, , repo, verb, rev, rest] = m;
    const ds = byRepo.get(repo ?? '');
    if (!ds) return fail(404, 'RepoNotFound', `Repository ${repo} not found`);
    if (ds.token && req.headers.authorization !== `Bearer ${ds.token}`) {
      return fail(401, 'GatedRepo', `Access to dataset ${repo} is restricted. You must be authenticated to access it.`);
    }
    const revision = decodeURIComponent(rev ?? '');
    if (revision !== 'main' && revision !== SHA) return fail(404, 'RevisionNotFound', `Invalid rev id: ${revision}`);
    const sub = decodeURIComponent(rest ?? '');
    if (verb === 'revision') {
      res.writeHead(200, { 'content-type': 'application/json' });
      return void res.end(JSON.stringify({ id: repo, sha: SHA, lastModified: '2026-01-12T00:00:00.000Z', private: false, siblings: [] }));
    }
    if (verb === 'tree') {
      const under = [...ds.files.keys()].filter((p) => sub === '' || p.startsWith(`${sub}/`)).sort();
      if (under.length === 0) return fail(404, 'EntryNotFound', `${sub} does not exist on "${revision}"`);
      const dirs = new Set(under.flatMap((p) => p.split('/').slice(0, -1).map((_, i, parts) => parts.slice(0, i + 1).join('/'))).filter((d) => sub === '' || d.startsWith(`${sub}/`)));
      const entries = [
        ...[...dirs].map((d) => ({ type: 'directory', oid: sha1(d), size: 0, path: d })),
        ...under.map((p) => {
          const body = ds.files.get(p)!;
          return ds.lfs?.has(p)
            ? { type: 'file', oid: sha1(p), size: 134, path: p, lfs: { oid: sha256(body), size: body.length, pointerSize: 134 } }
            : { type: 'file', oid: sha1(p), size: body.length, path: p };
        })
      ];
      const cursor = Number(url.searchParams.get('cursor') ?? 0);
      const page = entries.slice(cursor, cursor + PAGE);
      const headers: Record<string, string> = { 'content-type': 'application/json' };
      if (cursor + PAGE < entries.length) {
        const next = new URL(url.href);
        next.searchParams.set('cursor', String(cursor + PAGE));
        headers.link = `<${next.href}>; rel="next"`;
      }
      res.writeHead(200, headers);
      return void res.end(JSON.stringify(page));
    }
    const body = ds.files.get(sub);
    if (!body) return fail(404, 'EntryNotFound', `${sub} does not exist`);
    if (ds.lfs?.has(sub)) {
      res.writeHead(302, { location: `${base}/lfs-storage/${sha256(body)}`, 'x-repo-commit': SHA });
      return void res.end();
    }
    res.writeHead(200, { 'content-length': String(body.length), 'x-repo-commit': SHA, etag: `"${sha1(sub)}"` });
    if (interruptOnce.delete(sub)) {
      res.write(body.subarray(0, Math.floor(body.length / 2)));
      return void setTimeout(() => res.socket?.destroy(), 20);
    }
    res.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { url: base, requests, interruptOnce, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

export const HUB_SHA = SHA;

function sha1(s: string): string {
  return createHash('sha1').update(s).digest('hex');
}

function sha256(b: Buffer): string {
  return createHash('sha256').update(b).digest('hex');
}
