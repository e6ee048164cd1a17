import { appendFile, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { actionInput } from '../../src/action/inputs.js';
import { openResultsStore, resultKey } from '../../src/report/results-store.js';
import { UserInputError } from '../../src/core/errors.js';
import { trialResult } from '../helpers/trial-results.js';

const tmpFile = async () => path.join(await mkdtemp(path.join(os.tmpdir(), 'opsbench-store-')), 'out', 'results.jsonl');
const lines = async (file: string) => (await readFile(file, 'utf8')).split('\n');

describe('openResultsStore', () => {
  test('creates the file and its directory, and appends one complete line per result', async () => {
    const file = await tmpFile();
    const store = await openResultsStore(file);
    expect(store.existing).toEqual([]);
    await store.append(trialResult({ task_id: 'a' }));
    await store.append(trialResult({ task_id: 'b', status: 'failed' }));
    await store.close();
    const text = await readFile(file, 'utf8');
    expect(text.endsWith('\n')).toBe(true);
    expect(text.trimEnd().split('\n').map((l) => JSON.parse(l).task_id)).toEqual(['a', 'b']);
  });

  test('reopening returns what earlier runs appended', async () => {
    const file = await tmpFile();
    const first = await openResultsStore(file);
    await first.append(trialResult({ task_id: 'a', attempt: 2 }));
    await first.close();
    const second = await openResultsStore(file);
    expect(second.existing.map((r) => [r.task_id, r.attempt])).toEqual([['a', 2]]);
    await second.close();
  });

  test('after a resume reruns an errored trial, the file holds one line per trial key: the newest', async () => {
    const file = await tmpFile();
    const first = await openResultsStore(file);
    await first.append(trialResult({ task_id: 'a', status: 'error', error_class: 'daemon', finished_at: '2026-01-01T00:00:00.000Z' }));
    await first.append(trialResult({ task_id: 'b', finished_at: '2026-01-01T00:00:01.000Z' }));
    await first.close();
    const second = await openResultsStore(file);
    await second.append(trialResult({ task_id: 'a', status: 'failed', finished_at: '2026-01-01T00:01:00.000Z' }));
    expect((await lines(file)).filter((l) => l !== '')).toHaveLength(3);
    await second.close();
    const kept = (await lines(file)).filter((l) => l !== '').map((l) => JSON.parse(l) as { task_id: string; status: string });
    expect(kept.map((r) => [r.task_id, r.status])).toEqual([['b', 'passed'], ['a', 'failed']]);
  });

  test('a partial last line left by a kill is reported and truncated away, and the next append starts a fresh line', async () => {
    const file = await tmpFile();
    const store = await openResultsStore(file);
    await store.append(trialResult({ task_id: 'kept' }));
    await store.close();
    const half = JSON.stringify(trialResult({ task_id: 'cut' })).slice(0, 40);
    await appendFile(file, half);

    const warnings: string[] = [];
    const reopened = await openResultsStore(file, (w) => warnings.push(w));
    expect(reopened.existing.map((r) => r.task_id)).toEqual(['kept']);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/line 2: partial last line removed/);
    await reopened.append(trialResult({ task_id: 'next' }));
    await reopened.close();
    expect((await lines(file)).filter(Boolean).map((l) => JSON.parse(l).task_id)).toEqual(['kept', 'next']);
  });

  test('a complete last line that only lost its newline is kept', async () => {
    const file = await tmpFile();
    const store = await openResultsStore(file);
    await store.close();
    await writeFile(file, JSON.stringify(trialResult({ task_id: 'whole' })));
    const warnings: string[] = [];
    const reopened = await openResultsStore(file, (w) => warnings.push(w));
    await reopened.append(trialResult({ task_id: 'after' }));
    await reopened.close();
    expect(warnings).toEqual([]);
    expect(reopened.existing.map((r) => r.task_id)).toEqual(['whole']);
    expect((await lines(file)).filter(Boolean).map((l) => JSON.parse(l).task_id)).toEqual(['whole', 'after']);
  });

  test('concurrent appends never interleave: every line parses', async () => {
    const file = await tmpFile();
    const store = await openResultsStore(file);
    const big = 'x'.repeat(20_000);
    await Promise.all(
      Array.from({ length: 40 }, (_, i) => store.append(trialResult({ task_id: `t${i}`, error_message: big })))
    );
    await store.close();
    const parsed = (await lines(file)).filter(Boolean).map((l) => JSON.parse(l).task_id);
    expect(parsed.sort()).toEqual(Array.from({ length: 40 }, (_, i) => `t${i}`).sort());
  });

  test('a corrupt line in the middle is an error naming the file and the line', async () => {
    const file = await tmpFile();
    const store = await openResultsStore(file);
    await store.close();
    await writeFile(file, `${JSON.stringify(trialResult())}\n{not json\n${JSON.stringify(trialResult())}\n`);
    await expect(openResultsStore(file)).rejects.toThrow(`${file}: line 2: not JSON`);
  });

  test('append refuses a result that does not match the schema instead of writing a line readers reject', async () => {
    const file = await tmpFile();
    const store = await openResultsStore(file);
    await expect(store.append({ ...trialResult(), correctness: 2 })).rejects.toThrow();
    await store.close();
    expect(await readFile(file, 'utf8')).toBe('');
  });

  test('an out dir below a file is a one-line user error naming the dir and the reason, not a stack trace', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'opsbench-store-'));
    const blocker = path.join(dir, 'passwd');
    await writeFile(blocker, 'root:x:0:0\n');
    const file = path.join(blocker, 'x', 'results.jsonl');
    const opened = openResultsStore(file);
    await expect(opened).rejects.toBeInstanceOf(UserInputError);
    await expect(opened).rejects.toThrow(`out ${path.join(blocker, 'x')}: cannot create results.jsonl there (ENOTDIR); choose a directory you can write to`);
    // The Action has no "out" input: it names the directory it chose and the input that places it.
    const error = (await opened.then(() => null, (e: unknown) => e)) as UserInputError;
    expect(error.describe(actionInput)).toBe(
      `the results directory (.opsbench/out under input "working-directory") ${path.join(blocker, 'x')}: cannot create results.jsonl there (ENOTDIR); choose a directory you can write to`
    );
  });

  test('the resume key is task, attempt, agent and model', () => {
    const a = trialResult({ task_id: 't', attempt: 1, agent: 'model', model: 'x:y' });
    expect(resultKey(a)).toBe(resultKey(trialResult({ task_id: 't', attempt: 1, agent: 'model', model: 'x:y', status: 'failed', run_id: 'other' })));
    expect(resultKey(a)).not.toBe(resultKey({ ...a, model: 'x:z' }));
    expect(resultKey(a)).not.toBe(resultKey({ ...a, attempt: 2 }));
  });
});
