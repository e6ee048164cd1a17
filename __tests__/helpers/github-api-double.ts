import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { validateGitHubRequest } from './openapi-validator.js';

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
      violations.push(...validateGitHubRequest(req.method!, url.pathname, body));
      const send = (status: number, json: unknown) => {
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(JSON.stringify(json));
      };
      const invalid = (resource: string, field: string, message: string) =>
        send(422, { message: 'Validation Failed', errors: [{ resource, code: 'custom', field, message }], documentation_url: 'https://docs.github.com/rest', status: '422' });
      if (options.readOnly && req.method !== 'GET') {
        return send(403, { message: 'Resource not accessible by integration', documentation_url: 'https://docs.github.com/rest', status: '403' });
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
