import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ActionsArtifactsView } from './github-api-double.js';

const ARTIFACTS = '/twirp/github.actions.results.api.v1.ArtifactService/';
const CACHE = '/twirp/github.actions.results.api.v1.CacheService/';

interface StoredArtifact {
  id: number;
  runId: string;
  jobId: string;
  name: string;
  blob: string;
  size: number;
  finalized: boolean;
  createdAt: string;
}

interface CacheEntry {
  key: string;
  version: string;
  blob: string;
  finalized: boolean;
  createdAt: number;
}

/**
 * A stand-in for the Actions results service (the twirp API @actions/artifact 6 and @actions/cache 6 call at
 * ACTIONS_RESULTS_URL) and for the blob storage behind its signed URLs, on 127.0.0.1: artifacts are created,
 * uploaded in blocks, finalized, listed, signed and downloaded; cache entries are created, uploaded, finalized
 * and matched by key then by restore-key prefix (newest first), as the service does. As the real service, it
 * refuses a second artifact of the same name in one workflow run (409 already_exists). State lives as long as
 * the double, so one test can play several jobs and workflow runs.
 */
export async function startResultsServiceDouble() {
  const blobs = new Map<string, Buffer>();
  const blocks = new Map<string, Map<string, Buffer>>();
  const artifacts: StoredArtifact[] = [];
  const cache: CacheEntry[] = [];
  const calls: string[] = [];
  let nextId = 1;
  let clock = Date.parse('2026-12-01T00:00:00Z');

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      const url = new URL(req.url!, 'http://x');
      const json = (status: number, value: unknown) => {
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(JSON.stringify(value));
      };
      const twirpError = (status: number, code: string, msg: string) => json(status, { code, msg });
      if (url.pathname.startsWith('/twirp/')) {
        calls.push(url.pathname.split('/').pop()!);
        if (!/^Bearer .+/.test(req.headers.authorization ?? '')) return twirpError(401, 'unauthenticated', 'no runtime token');
        const q = JSON.parse(body.toString('utf8') || '{}') as Record<string, unknown>;
        const runId = String(q.workflow_run_backend_id ?? '');
        const jobId = String(q.workflow_job_run_backend_id ?? '');
        switch (url.pathname) {
          case `${ARTIFACTS}CreateArtifact`: {
            const name = String(q.name);
            if (artifacts.some((a) => a.runId === runId && a.name === name && a.finalized)) {
              return twirpError(409, 'already_exists', `an artifact with this name already exists on the workflow run`);
            }
            const blob = `artifacts/${runId}/${nextId}/${encodeURIComponent(name)}.zip`;
            artifacts.push({ id: nextId++, runId, jobId, name, blob, size: 0, finalized: false, createdAt: new Date((clock += 1000)).toISOString() });
            return json(200, { ok: true, signedUploadUrl: signed(blob) });
          }
          case `${ARTIFACTS}FinalizeArtifact`: {
            const a = artifacts.find((x) => x.runId === runId && x.name === q.name && !x.finalized);
            if (!a || !blobs.has(a.blob)) return twirpError(404, 'not_found', 'no upload to finalize');
            a.finalized = true;
            a.size = Number(q.size);
            return json(200, { ok: true, artifactId: String(a.id) });
          }
          case `${ARTIFACTS}ListArtifacts`: {
            const idFilter = q.id_filter !== undefined ? Number(q.id_filter) : undefined;
            const list = artifacts.filter((a) => a.runId === runId && a.finalized && (idFilter === undefined || a.id === idFilter) && (q.name_filter === undefined || a.name === q.name_filter));
            return json(200, {
              artifacts: list.map((a) => ({ workflowRunBackendId: a.runId, workflowJobRunBackendId: a.jobId, databaseId: String(a.id), name: a.name, size: String(a.size), createdAt: a.createdAt }))
            });
          }
          case `${ARTIFACTS}GetSignedArtifactURL`: {
            const a = artifacts.find((x) => x.runId === runId && x.name === q.name && x.finalized);
            if (!a) return twirpError(404, 'not_found', 'artifact not found');
            return json(200, { signedUrl: signed(a.blob) });
          }
          case `${CACHE}CreateCacheEntry`: {
            const key = String(q.key);
            if (cache.some((e) => e.key === key && e.version === q.version)) return json(200, { ok: false, message: 'cache entry already exists' });
            const blob = `cache/${nextId++}`;
            cache.push({ key, version: String(q.version), blob, finalized: false, createdAt: (clock += 1000) });
            return json(200, { ok: true, signedUploadUrl: signed(blob) });
          }
          case `${CACHE}FinalizeCacheEntryUpload`: {
            const e = cache.find((x) => x.key === q.key && x.version === q.version && !x.finalized);
            if (!e || !blobs.has(e.blob)) return json(200, { ok: false, message: 'no upload to finalize' });
            e.finalized = true;
            return json(200, { ok: true, entryId: String(nextId++) });
          }
          case `${CACHE}GetCacheEntryDownloadURL`: {
            const ready = cache.filter((e) => e.finalized && e.version === q.version).sort((a, b) => b.createdAt - a.createdAt);
            const restoreKeys = (q.restore_keys as string[] | undefined) ?? [];
            const hit = ready.find((e) => e.key === q.key) ?? restoreKeys.map((p) => ready.find((e) => e.key.startsWith(p))).find(Boolean);
            if (!hit) return json(200, { ok: false });
            return json(200, { ok: true, signedDownloadUrl: signed(hit.blob), matchedKey: hit.key });
          }
          default:
            return twirpError(404, 'bad_route', `no such method ${url.pathname}`);
        }
      }
      // Blob storage under the signed URLs (Azure's REST shapes, as the storage SDK and http-client use them).
      const blob = decodeURIComponent(url.pathname.replace(/^\/devstoreaccount1\//, ''));
      if (url.searchParams.get('sig') !== 'double') return res.writeHead(403).end();
      if (req.method === 'PUT' && url.searchParams.get('comp') === 'block') {
        const staged = blocks.get(blob) ?? new Map<string, Buffer>();
        staged.set(url.searchParams.get('blockid')!, body);
        blocks.set(blob, staged);
        return res.writeHead(201, { 'x-ms-request-id': 'r', 'x-ms-version': '2024-08-04', 'x-ms-request-server-encrypted': 'true' }).end();
      }
      if (req.method === 'PUT' && url.searchParams.get('comp') === 'blocklist') {
        const ids = [...body.toString('utf8').matchAll(/<(?:Latest|Uncommitted|Committed)>([^<]+)</g)].map((m) => m[1]!);
        const staged = blocks.get(blob) ?? new Map();
        blobs.set(blob, Buffer.concat(ids.map((id) => staged.get(id) ?? Buffer.alloc(0))));
        blocks.delete(blob);
        return res.writeHead(201, { etag: '"0x1"', 'last-modified': new Date(clock).toUTCString(), 'x-ms-request-id': 'r', 'x-ms-version': '2024-08-04' }).end();
      }
      if (req.method === 'PUT') {
        blobs.set(blob, body);
        return res.writeHead(201, { etag: '"0x1"', 'last-modified': new Date(clock).toUTCString(), 'x-ms-request-id': 'r', 'x-ms-version': '2024-08-04' }).end();
      }
      if (req.method === 'GET' && blobs.has(blob)) {
        const data = blobs.get(blob)!;
        res.writeHead(200, { 'content-type': blob.endsWith('.zip') ? 'application/zip' : 'application/octet-stream', 'content-length': String(data.length) });
        return res.end(data);
      }
      res.writeHead(404).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const base = `http://127.0.0.1:${port}`;
  // Azurite-style path (account first), which the storage SDK recognises for IP hosts.
  const signed = (blob: string) => `${base}/devstoreaccount1/${blob.split('/').map(encodeURIComponent).join('/')}?sig=double`;

  return {
    url: base,
    artifacts,
    cache,
    /** The uploaded zip of the newest finalized artifact named `name` (a zip names its files in plain text). */
    zipOf: (name: string) => {
      const a = artifacts.filter((x) => x.name === name && x.finalized).at(-1);
      return a && blobs.get(a.blob);
    },
    calls,
    /**
     * The REST API's view of these artifacts (GitHub double option `actions`): `runs` maps a workflow run's
     * REST id (GITHUB_RUN_ID) to the backend run id its jobs' tokens carry (jobEnv's `run`).
     */
    restView(runs: Record<number, string>): ActionsArtifactsView {
      return {
        runArtifacts: (runId) => {
          const backend = runs[runId];
          if (backend === undefined) return null;
          return artifacts
            .filter((a) => a.runId === backend && a.finalized)
            .map((a) => ({ id: a.id, name: a.name, size_in_bytes: a.size, created_at: a.createdAt, workflow_run: { id: runId, head_sha: 'f'.repeat(40) } }));
        },
        zipUrl: (id) => {
          const a = artifacts.find((x) => x.id === id && x.finalized);
          return a && signed(a.blob);
        }
      };
    },
    /** The env the runner gives a job of workflow run `run`: a runtime token scoped to that run and job. */
    jobEnv(run: string, job: string): Record<string, string> {
      const part = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
      const token = `${part({ alg: 'none', typ: 'JWT' })}.${part({ scp: `Actions.GenericRead Actions.Results:${run}:${job}` })}.sig`;
      return { ACTIONS_RUNTIME_TOKEN: token, ACTIONS_RESULTS_URL: `${base}/`, ACTIONS_CACHE_SERVICE_V2: 'true', GITHUB_SERVER_URL: 'https://github.com' };
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve()))
  };
}
