import path from 'node:path';
import type { Problems } from './problems.js';
import { readJsonFile } from './read-structured.js';
import { TaskPaths } from './task-paths.js';

/**
 * APEX-SWE's `test_layers.json` (common/layers.py, LayerEvaluator.load_layers, and the task-authoring notes
 * of github.com/Mercor-Intelligence/apex-swe): named layers of test ids, each with one threshold.
 *
 *   { "version": 1, "layers": [ { "name": "Gate", "description": "...",
 *       "tests": ["tests/verifiers/script_exists.sh", "tests/test_x.py::test_a", "@F2P", "@P2P"],
 *       "threshold": { "pass^k": 1.0 } } ] }
 *
 * A test entry is one of three kinds: `@F2P` / `@P2P` (the task's FAIL_TO_PASS / PASS_TO_PASS lists), a
 * `.sh` verifier (run at grading time; its last non-empty stdout line, PASSED or FAILED, is its result), or
 * a test id of the suite. A threshold is `pass@k` (the share of trials passing the layer must reach it) or
 * `pass^k` (the all-trials-passed indicator must reach it): common/trials.py, _verdict.
 */

export type LayerThresholdKind = 'pass@k' | 'pass^k';
export const LAYER_THRESHOLD_KINDS: readonly LayerThresholdKind[] = ['pass@k', 'pass^k'];
export const LAYER_TOKENS = { f2p: '@F2P', p2p: '@P2P' } as const;

export interface ApexLayer {
  name: string;
  description: string;
  /** As written: tokens are expanded at grading time, when the task's lists are final (compute-f2p.ts). */
  tests: string[];
  threshold: { kind: LayerThresholdKind; value: number };
}

/** Whether a test entry is a verifier script (APEX: "tests/.../*.sh, executed directly"). */
export const isVerifier = (id: string): boolean => id.endsWith('.sh');

/** The task's test lists a layer may name, or null when they are not known at load time (computed later). */
export interface KnownLists {
  failToPass: string[];
  passToPass: string[];
  /** False for layouts with no FAIL_TO_PASS / PASS_TO_PASS at all (APEX integration): @F2P/@P2P are problems. */
  hasLists: boolean;
}

/**
 * Reads and checks test_layers.json when the task has one. Problems (one `path: field: problem` line each):
 * unreadable JSON, no `layers` list, a layer without a name (or a repeated one), without tests, an unknown
 * token, a verifier that is not a file under tests/ (anywhere else the agent could read it), a test id the
 * task's lists do not have (when they are known), a threshold of an unknown kind or outside 0..1.
 * @returns the layers, [] when the file is absent (a task without layers behaves as before), or undefined
 *   when there were problems
 */
export async function readTestLayers(dir: string, problems: Problems, lists: KnownLists): Promise<ApexLayer[] | undefined> {
  const file = path.join(dir, 'test_layers.json');
  const paths = new TaskPaths(dir, file, problems);
  if ((await paths.optional('test_layers.json', 'file')) === null) return [];
  const before = problems.count;
  const parsed = await readJsonFile(file, problems);
  if (!parsed) return undefined;
  const doc = parsed.value;
  const raw = isRecord(doc) ? doc.layers : undefined;
  if (!Array.isArray(raw)) {
    problems.add(file, 'layers', 'missing: a list of layers ({"name", "tests": [...], "threshold": {"pass^k": 1.0}})');
    return undefined;
  }
  const layers: ApexLayer[] = [];
  const names = new Set<string>();
  for (const [i, entry] of raw.entries()) {
    const at = `layers[${i}]`;
    if (!isRecord(entry)) {
      problems.add(file, at, 'must be an object with name, tests and threshold');
      continue;
    }
    const name = typeof entry.name === 'string' ? entry.name.trim() : '';
    if (name === '') problems.add(file, `${at}.name`, 'missing: every layer has a name');
    else if (names.has(name)) problems.add(file, `${at}.name`, `"${name}" is used by an earlier layer: layer names must be unique`);
    names.add(name);
    const tests = await checkTests(entry.tests, `${at}.tests`, paths, lists);
    const threshold = checkThreshold(entry.threshold, `${at}.threshold`, file, problems);
    if (name && tests && threshold) {
      layers.push({ name, description: typeof entry.description === 'string' ? entry.description : '', tests, threshold });
    }
  }
  return problems.count === before ? layers : undefined;
}

async function checkTests(value: unknown, at: string, paths: TaskPaths, lists: KnownLists): Promise<string[] | null> {
  const { problems, source: file } = paths;
  if (!Array.isArray(value) || value.length === 0) {
    problems.add(file, at, 'missing: a layer lists at least one test (a test id, a tests/...sh verifier, @F2P or @P2P)');
    return null;
  }
  const before = problems.count;
  const known = new Set([...lists.failToPass, ...lists.passToPass]);
  for (const [j, id] of value.entries()) {
    const where = `${at}[${j}]`;
    if (typeof id !== 'string' || id.trim() === '') {
      problems.add(file, where, 'must be a non-empty string');
    } else if (id.startsWith('@')) {
      if (id !== LAYER_TOKENS.f2p && id !== LAYER_TOKENS.p2p) problems.add(file, where, `unknown token "${id}" (APEX-SWE knows @F2P and @P2P)`);
      else if (!lists.hasLists) problems.add(file, where, `${id} names nothing here: this layout has no FAIL_TO_PASS / PASS_TO_PASS lists (name the tests instead)`);
    } else if (isVerifier(id)) {
      if (id.split('/')[0] !== 'tests') problems.add(file, where, `the verifier "${id}" must be under tests/ (hidden until grading; anywhere else the agent could read it)`);
      else await paths.resolve(id, where, 'file');
    } else if (known.size > 0 && !known.has(id) && ![...known].some((k) => sameTest(k, id))) {
      problems.add(file, where, `"${id}" is in neither FAIL_TO_PASS nor PASS_TO_PASS of test_metadata.json`);
    }
  }
  return problems.count === before ? (value as string[]) : null;
}

function checkThreshold(value: unknown, at: string, file: string, problems: Problems): ApexLayer['threshold'] | null {
  if (!isRecord(value) || Object.keys(value).length !== 1) {
    problems.add(file, at, 'must be one of {"pass@k": x} or {"pass^k": x}, x between 0 and 1');
    return null;
  }
  const [kind, x] = Object.entries(value)[0]!;
  if (!LAYER_THRESHOLD_KINDS.includes(kind as LayerThresholdKind)) {
    problems.add(file, at, `unknown threshold kind "${kind}" (APEX-SWE knows ${LAYER_THRESHOLD_KINDS.join(', ')})`);
    return null;
  }
  if (typeof x !== 'number' || !(x >= 0 && x <= 1)) {
    problems.add(file, `${at}.${kind}`, 'must be a number between 0 and 1');
    return null;
  }
  return { kind: kind as LayerThresholdKind, value: x };
}

/**
 * Whether two ids name the same test: equal, or equal once one loses a leading directory part (APEX writes
 * `tests/test_x.py::test_a`; pytest run from tests/ reports `test_x.py::test_a`).
 */
export function sameTest(a: string, b: string): boolean {
  if (a === b) return true;
  const [long, short] = a.length > b.length ? [a, b] : [b, a];
  return long.endsWith(`/${short}`);
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
