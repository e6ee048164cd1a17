import path from 'node:path';
import { loadTask } from '../../src/task/load.js';
import { APEX_INT, APEX_OBS, cleanup, copyTask, problemsOf, writeText } from './task-helpers.js';

afterEach(cleanup);

// The shapes of APEX-SWE's own fixtures (common/tests/fixtures/test_layers_basic.json, ..._with_tokens.json),
// with this task's test ids.
const LAYERS = {
  version: 1,
  layers: [
    { name: 'Gate', description: 'Basic setup invariants', tests: ['tests/verifiers/script_exists.sh'], threshold: { 'pass^k': 1.0 } },
    { name: 'Functional', tests: ['@F2P', 'tests/test_delays.py::test_first_delay_is_base'], threshold: { 'pass@k': 0.8 } },
    { name: 'Regression', tests: ['@P2P'], threshold: { 'pass^k': 1.0 } }
  ]
};
const O = 'demo-backoff-17-observability';

async function withLayers(fixture: string, layers: unknown, verifier = true): Promise<string> {
  const dir = await copyTask(fixture);
  await writeText(dir, 'test_layers.json', JSON.stringify(layers));
  if (verifier) await writeText(dir, 'tests/verifiers/script_exists.sh', 'test -f /app/repo/backoff.py && echo PASSED || echo FAILED\n');
  return dir;
}

describe("APEX-SWE's test_layers.json", () => {
  it('loads the layers as written: names, thresholds, tokens kept for grading time', async () => {
    const dir = await withLayers(APEX_OBS, LAYERS);
    const task = await loadTask(dir);
    expect(task.apex?.layers).toEqual([
      { name: 'Gate', description: 'Basic setup invariants', tests: ['tests/verifiers/script_exists.sh'], threshold: { kind: 'pass^k', value: 1 } },
      { name: 'Functional', description: '', tests: ['@F2P', 'tests/test_delays.py::test_first_delay_is_base'], threshold: { kind: 'pass@k', value: 0.8 } },
      { name: 'Regression', description: '', tests: ['@P2P'], threshold: { kind: 'pass^k', value: 1 } }
    ]);
  });

  it('a task without test_layers.json has no layers', async () => {
    expect((await loadTask(APEX_OBS)).apex?.layers).toEqual([]);
    expect((await loadTask(APEX_INT)).apex?.layers).toEqual([]);
  });

  it('names each problem: unknown threshold kind and token, missing verifier, a test id the lists lack, a verifier outside tests/', async () => {
    const dir = await withLayers(APEX_OBS, {
      layers: [
        { name: 'A', tests: ['@F2P'], threshold: { 'pass@3': 1 } },
        { name: 'B', tests: ['@ALL', 'tests/verifiers/nope.sh', 'tests/test_delays.py::test_missing'], threshold: { 'pass^k': 1 } },
        { name: 'C', tests: ['check.sh'], threshold: { 'pass@k': 1.5 } },
        { name: 'A', tests: [], threshold: { 'pass^k': 1, 'pass@k': 1 } }
      ]
    });
    const lines = await problemsOf(dir);
    const file = `${O}/test_layers.json`;
    expect(lines).toEqual(
      expect.arrayContaining([
        `${file}: layers[0].threshold: unknown threshold kind "pass@3" (APEX-SWE knows pass@k, pass^k)`,
        `${file}: layers[1].tests[0]: unknown token "@ALL" (APEX-SWE knows @F2P and @P2P)`,
        expect.stringMatching(new RegExp(`^${file}: layers\\[1\\]\\.tests\\[1\\]: file "tests/verifiers/nope.sh" not found`)),
        `${file}: layers[1].tests[2]: "tests/test_delays.py::test_missing" is in neither FAIL_TO_PASS nor PASS_TO_PASS of test_metadata.json`,
        `${file}: layers[2].tests[0]: the verifier "check.sh" must be under tests/ (hidden until grading; anywhere else the agent could read it)`,
        `${file}: layers[2].threshold.pass@k: must be a number between 0 and 1`,
        `${file}: layers[3].name: "A" is used by an earlier layer: layer names must be unique`,
        expect.stringMatching(new RegExp(`^${file}: layers\\[3\\]\\.tests: missing: a layer lists at least one test`)),
        `${file}: layers[3].threshold: must be one of {"pass@k": x} or {"pass^k": x}, x between 0 and 1`
      ])
    );
    expect(lines).toHaveLength(9);
  });

  it('a file without a layers list, or not JSON, is a problem', async () => {
    expect(await problemsOf(await withLayers(APEX_OBS, { version: 1 }, false))).toEqual([
      `${O}/test_layers.json: layers: missing: a list of layers ({"name", "tests": [...], "threshold": {"pass^k": 1.0}})`
    ]);
    const dir = await copyTask(APEX_OBS);
    await writeText(dir, 'test_layers.json', 'not json {');
    expect((await problemsOf(dir))[0]).toMatch(new RegExp(`^${O}/test_layers.json: `));
  });

  it('@F2P names nothing in the integration layout, which has no lists', async () => {
    const dir = await withLayers(APEX_INT, { layers: [{ name: 'F', tests: ['@F2P'], threshold: { 'pass^k': 1 } }] }, false);
    expect(await problemsOf(dir)).toEqual([
      `${path.basename(APEX_INT)}/test_layers.json: layers[0].tests[0]: @F2P names nothing here: this layout has no FAIL_TO_PASS / PASS_TO_PASS lists (name the tests instead)`
    ]);
  });
});
