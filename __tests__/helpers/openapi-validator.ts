import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Ajv, type ValidateFunction } from 'ajv';

interface Operation {
  requestBody?: { content?: Record<string, unknown> };
  parameters?: { name: string; in: string; required?: boolean }[];
}
type Spec = { paths: Record<string, Record<string, Operation>> };

let loaded: { spec: Spec; ajv: Ajv; routes: { template: string; re: RegExp }[] } | null = null;

/** GitHub's published OpenAPI description of api.github.com (@octokit/openapi), loaded once per process. */
function load() {
  if (loaded) return loaded;
  const file = createRequire(import.meta.url).resolve('@octokit/openapi/generated/api.github.com.json');
  const spec = JSON.parse(readFileSync(file, 'utf8')) as Spec;
  // OpenAPI 3.0 schemas: `nullable` is understood by Ajv; descriptive keywords (example, x-github) are not
  // JSON Schema, hence strict: false. Formats are not what is being checked.
  const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false });
  ajv.addSchema(spec as object, 'gh');
  const routes = Object.keys(spec.paths).map((template) => ({
    template,
    re: new RegExp(`^${template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\\\{[^}]+\\\}|\{[^}]+\}/g, '[^/]+')}$`)
  }));
  loaded = { spec, ajv, routes };
  return loaded;
}

const compiled = new Map<string, ValidateFunction>();
const pointer = (...segments: string[]) => segments.map((s) => encodeURIComponent(s.replace(/~/g, '~0').replace(/\//g, '~1'))).join('/');

/**
 * Checks one request against the description: the route and method exist, the JSON body matches the
 * operation's request schema. @returns the problems ([] when the request is one GitHub would accept as shaped).
 */
export function validateGitHubRequest(method: string, pathname: string, body: unknown): string[] {
  const { spec, ajv, routes } = load();
  const m = method.toLowerCase();
  // A literal segment beats a template one (/check-runs/{id} vs /check-runs/{check_run_id}/annotations).
  const route = routes.filter((r) => r.re.test(pathname) && spec.paths[r.template]![m]).sort((a, b) => a.template.split('{').length - b.template.split('{').length)[0];
  if (!route) return [`${method} ${pathname}: no such operation in GitHub's REST API description`];
  const op = spec.paths[route.template]![m]!;
  if (body === null || body === undefined || !op.requestBody) return [];
  const ref = `gh#/${pointer('paths', route.template, m, 'requestBody', 'content', 'application/json', 'schema')}`;
  let validate = compiled.get(ref);
  if (!validate) {
    validate = ajv.compile({ $ref: ref });
    compiled.set(ref, validate);
  }
  if (validate(body)) return [];
  return (validate.errors ?? []).map((e) => `${method} ${route.template}: body${e.instancePath} ${e.message ?? ''} ${JSON.stringify(e.params)}`);
}
