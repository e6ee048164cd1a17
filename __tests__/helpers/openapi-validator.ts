import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Ajv, type ValidateFunction } from 'ajv';

interface Parameter {
  name: string;
  in: string;
  required?: boolean;
}
interface Operation {
  requestBody?: { content?: Record<string, unknown> };
  parameters?: (Parameter | { $ref: string })[];
  responses?: Record<string, { content?: Record<string, unknown> }>;
}
type Spec = {
  paths: Record<string, Record<string, Operation>>;
  components: { parameters: Record<string, Parameter>; examples: Record<string, { value: unknown }> };
};

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
export function validateGitHubRequest(method: string, pathname: string, body: unknown, query?: URLSearchParams): string[] {
  const { spec } = load();
  const m = method.toLowerCase();
  const route = findRoute(m, pathname);
  if (!route) return [`${method} ${pathname}: no such operation in GitHub's REST API description`];
  const op = spec.paths[route]![m]!;
  const declared = new Set((op.parameters ?? []).map((p) => ('$ref' in p ? spec.components.parameters[p.$ref.split('/').pop()!]! : p)).filter((p) => p.in === 'query').map((p) => p.name));
  const problems = [...(query?.keys() ?? [])].filter((k) => !declared.has(k)).map((k) => `${method} ${route}: query parameter ${k} is not one the operation takes`);
  if (body === null || body === undefined || !op.requestBody) return problems;
  return [...problems, ...check(`${method} ${route}: body`, ['paths', route, m, 'requestBody', 'content', 'application/json', 'schema'], body)];
}

/**
 * Checks a response the double sends against the operation's response for that status: a documented status,
 * and a JSON body of the documented shape. @returns the problems ([] when GitHub could have sent it).
 */
export function validateGitHubResponse(method: string, pathname: string, status: number, body: unknown): string[] {
  const { spec } = load();
  const m = method.toLowerCase();
  const route = findRoute(m, pathname);
  if (!route) return [`${method} ${pathname}: no such operation in GitHub's REST API description`];
  const response = spec.paths[route]![m]!.responses?.[String(status)];
  if (!response) return [`${method} ${route}: ${status} is not a documented response`];
  if (!response.content?.['application/json']) return body === undefined ? [] : [`${method} ${route}: ${status} has no body`];
  return check(`${method} ${route}: ${status} response`, ['paths', route, m, 'responses', String(status), 'content', 'application/json', 'schema'], body);
}

/** A deep copy of one of the description's examples (`components.examples`): a response GitHub really sends. */
export function githubExample<T>(name: string): T {
  const example = load().spec.components.examples[name];
  if (!example) throw new Error(`no example ${name} in GitHub's REST API description`);
  return structuredClone(example.value) as T;
}

function findRoute(m: string, pathname: string): string | undefined {
  const { spec, routes } = load();
  // A literal segment beats a template one (/check-runs/{id} vs /check-runs/{check_run_id}/annotations).
  return routes.filter((r) => r.re.test(pathname) && spec.paths[r.template]![m]).sort((a, b) => a.template.split('{').length - b.template.split('{').length)[0]?.template;
}

function check(what: string, segments: string[], value: unknown): string[] {
  const { ajv } = load();
  const ref = `gh#/${pointer(...segments)}`;
  let validate = compiled.get(ref);
  if (!validate) {
    validate = ajv.compile({ $ref: ref });
    compiled.set(ref, validate);
  }
  if (validate(value)) return [];
  return (validate.errors ?? []).map((e) => `${what}${e.instancePath} ${e.message ?? ''} ${JSON.stringify(e.params)}`);
}
