import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { githubExample, validateGitHubRequest, validateGitHubResponse } from './openapi-validator.js';

export interface RecordedRequest {
  method: string;
  url: string;
  authorization: string | undefined;
  body: unknown;
}

export interface GitHubDoubleOptions {
  initialComments?: { id: number; body: string }[];
  /** A fork's pull_request token: every write answers 403 "Resource not accessible by integration". */
  readOnly?: boolean;
  /** The artifacts of other workflow runs (the results service double's restView), for the workflow_run split. */
  actions?: ActionsArtifactsView;
  /** Open pull requests, as GET /repos/{owner}/{repo}/pulls lists them (filtered by `head`). */
  pulls?: PullFixture[];
}

/** What the REST API knows of the artifacts the results service holds. */
export interface ActionsArtifactsView {
  /** Finalized artifacts of workflow run `runId`, as the REST API's artifact objects; null: no such run. */
  runArtifacts(runId: number): RestArtifact[] | null;
  /** The signed blob URL GET …/artifacts/{id}/zip redirects to. */
  zipUrl(artifactId: number): string | undefined;
}

export interface RestArtifact {
  id: number;
  name: string;
  size_in_bytes: number;
  created_at: string;
  workflow_run: { id: number; head_sha: string };
}

export interface PullFixture {
  number: number;
  head: { sha: string; ref: string; owner: string; repo: string };
  base: { sha: string; ref: string };
}

/** GitHub's limits the double enforces as GitHub does (422 Validation Failed). */
const COMMENT_MAX = 65_536;
const ANNOTATIONS_MAX = 50;

/**
 * A stand-in for the GitHub REST API on 127.0.0.1 that answers the calls the report step makes with the real
 * response shapes (issue comments, check runs), so Octokit's real request path runs unchanged. Every request
 * is checked against GitHub's published OpenAPI description; `violations` lists what did not conform.
 */
export async function startGitHubApiDouble(opts: GitHubDoubleOptions | { id: number; body: string }[] = {}) {
  const options: GitHubDoubleOptions = Array.isArray(opts) ? { initialComments: opts } : opts;
  const requests: RecordedRequest[] = [];
  const violations: string[] = [];
  const comments = [...(options.initialComments ?? [])];
  const checkRuns = new Map<number, { name: string; conclusion: string; output: { title: string; summary: string; annotations: unknown[] } }>();
  let nextId = 1000;
  const server = http.createServer((req, res) => {
    let raw = '';
    req.on('data', (c) => (raw += c));
    req.on('end', () => {
      const body = raw ? JSON.parse(raw) : null;
      requests.push({ method: req.method!, url: req.url!, authorization: req.headers.authorization, body });
      const url = new URL(req.url!, 'http://x');
      violations.push(...validateGitHubRequest(req.method!, url.pathname, body, url.searchParams));
      const send = (status: number, json: unknown) => {
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(JSON.stringify(json));
      };
      /** For the routes whose responses are built from the description's own examples: checked against it too. */
      const sendChecked = (status: number, json: unknown) => {
        violations.push(...validateGitHubResponse(req.method!, url.pathname, status, json));
        send(status, json);
      };
      const invalid = (resource: string, field: string, message: string) =>
        send(422, { message: 'Validation Failed', errors: [{ resource, code: 'custom', field, message }], documentation_url: 'https://docs.github.com/rest', status: '422' });
      if (options.readOnly && req.method !== 'GET') {
        return send(403, { message: 'Resource not accessible by integration', documentation_url: 'https://docs.github.com/rest', status: '403' });
      }
      const runArtifacts = url.pathname.match(/^\/repos\/([^/]+)\/([^/]+)\/actions\/runs\/(\d+)\/artifacts$/);
      if (req.method === 'GET' && runArtifacts && options.actions) {
        const all = options.actions.runArtifacts(Number(runArtifacts[3]));
        if (!all) return send(404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest', status: '404' });
        const perPage = Number(url.searchParams.get('per_page') ?? 30);
        const page = Number(url.searchParams.get('page') ?? 1);
        const [owner, repo] = [runArtifacts[1]!, runArtifacts[2]!];
        const artifacts = all.slice((page - 1) * perPage, page * perPage).map((a) => restArtifact(owner, repo, a));
        return sendChecked(200, { total_count: all.length, artifacts });
      }
      const zip = url.pathname.match(/^\/repos\/[^/]+\/[^/]+\/actions\/artifacts\/(\d+)\/zip$/);
      if (req.method === 'GET' && zip && options.actions) {
        const location = options.actions.zipUrl(Number(zip[1]));
        if (!location) return send(404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest', status: '404' });
        violations.push(...validateGitHubResponse(req.method, url.pathname, 302, undefined));
        return res.writeHead(302, { location }).end();
      }
      const pulls = url.pathname.match(/^\/repos\/([^/]+)\/([^/]+)\/pulls$/);
      if (req.method === 'GET' && pulls) {
        const head = url.searchParams.get('head');
        const list = (options.pulls ?? []).filter((p) => !head || `${p.head.owner}:${p.head.ref}` === head);
        return sendChecked(200, list.map((p) => pullRequest(pulls[1]!, pulls[2]!, p)));
      }
      if (req.method === 'GET' && /\/repos\/[^/]+\/[^/]+\/issues\/\d+\/comments$/.test(url.pathname)) {
        return send(200, comments.map((c) => ({ id: c.id, body: c.body, user: { login: 'github-actions[bot]' } })));
      }
      if (req.method === 'POST' && /\/issues\/\d+\/comments$/.test(url.pathname)) {
        const text = (body as { body: string }).body;
        if (text.length > COMMENT_MAX) return invalid('IssueComment', 'data', `Body is too long (maximum is ${COMMENT_MAX} characters)`);
        const c = { id: nextId++, body: text };
        comments.push(c);
        return send(201, { ...c, html_url: `https://github.test/c/${c.id}` });
      }
      const patch = url.pathname.match(/\/issues\/comments\/(\d+)$/);
      if (req.method === 'PATCH' && patch) {
        const c = comments.find((x) => x.id === Number(patch[1]));
        if (!c) return send(404, { message: 'Not Found' });
        const text = (body as { body: string }).body;
        if (text.length > COMMENT_MAX) return invalid('IssueComment', 'data', `Body is too long (maximum is ${COMMENT_MAX} characters)`);
        c.body = text;
        return send(200, c);
      }
      if (req.method === 'POST' && /\/check-runs$/.test(url.pathname)) {
        const b = body as { name: string; conclusion: string; output?: { title: string; summary: string; annotations?: unknown[] } };
        if ((b.output?.annotations?.length ?? 0) > ANNOTATIONS_MAX) return invalid('CheckRun', 'annotations', `maximum is ${ANNOTATIONS_MAX}`);
        const id = nextId++;
        checkRuns.set(id, { name: b.name, conclusion: b.conclusion, output: { title: b.output?.title ?? '', summary: b.output?.summary ?? '', annotations: [...(b.output?.annotations ?? [])] } });
        return send(201, { id, ...b });
      }
      const update = url.pathname.match(/\/check-runs\/(\d+)$/);
      if (req.method === 'PATCH' && update) {
        const run = checkRuns.get(Number(update[1]));
        if (!run) return send(404, { message: 'Not Found' });
        const annotations = (body as { output?: { annotations?: unknown[] } }).output?.annotations ?? [];
        if (annotations.length > ANNOTATIONS_MAX) return invalid('CheckRun', 'annotations', `maximum is ${ANNOTATIONS_MAX}`);
        run.output.annotations.push(...annotations);
        return send(200, { id: Number(update[1]), ...run });
      }
      send(404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    violations,
    comments,
    checkRuns,
    close: () => new Promise<void>((resolve) => server.close(() => resolve()))
  };
}

/** GitHub's own example artifact, made this one. */
function restArtifact(owner: string, repo: string, a: RestArtifact): object {
  const base = `https://api.github.com/repos/${owner}/${repo}/actions/artifacts/${a.id}`;
  const { digest: _digest, ...example } = githubExample<{ digest?: string }>('artifact');
  return {
    ...example,
    id: a.id,
    node_id: `MDg6QXJ0aWZhY3Q${a.id}`,
    name: a.name,
    size_in_bytes: a.size_in_bytes,
    url: base,
    archive_download_url: `${base}/zip`,
    expired: false,
    created_at: a.created_at,
    updated_at: a.created_at,
    expires_at: new Date(Date.parse(a.created_at) + 30 * 86_400_000).toISOString(),
    workflow_run: { id: a.workflow_run.id, repository_id: 1, head_repository_id: 2, head_branch: 'main', head_sha: a.workflow_run.head_sha }
  };
}

/** GitHub's own example pull request (pull-request-simple), made this one: head on the fork, base here. */
function pullRequest(owner: string, repo: string, p: PullFixture): object {
  const example = githubExample<{ head: { repo: object; user: object }; base: { repo: object } } & Record<string, unknown>>('pull-request-simple');
  return {
    ...example,
    number: p.number,
    state: 'open',
    // The example's requested team lacks `type`, which its own schema requires: no review requests here.
    requested_reviewers: [],
    requested_teams: [],
    url: `https://api.github.com/repos/${owner}/${repo}/pulls/${p.number}`,
    head: { ...example.head, sha: p.head.sha, ref: p.head.ref, label: `${p.head.owner}:${p.head.ref}`, repo: { ...example.head.repo, full_name: `${p.head.owner}/${p.head.repo}`, fork: true } },
    base: { ...example.base, sha: p.base.sha, ref: p.base.ref, label: `${owner}:${p.base.ref}`, repo: { ...example.base.repo, full_name: `${owner}/${repo}` } }
  };
}
