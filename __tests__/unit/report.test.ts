import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { buildReport } from '../../src/report/build-report.js';
import { compareReports, countRegressions, hasRealRegression } from '../../src/report/compare.js';
import { dedupeResults, readResults } from '../../src/report/read-results.js';
import { renderJunit } from '../../src/report/render-junit.js';
import { COMMENT_MARKER, renderMarkdown } from '../../src/report/render-markdown.js';
import { summarize } from '../../src/report/summarize.js';
import { toReportRow } from '../../src/report/report-row.js';
import { attempts, trialResult } from '../helpers/trial-results.js';

const jsonl = (rs: object[]) => rs.map((r) => JSON.stringify(r)).join('\n') + '\n';
const tmp = () => mkdtemp(path.join(os.tmpdir(), 'opsbench-report-'));

describe('summarize', () => {
  test('Pass@1 is the mean over tasks of passed attempts / attempts, skips left out', () => {
    const results = [
      ...attempts('a', 4, 3),
      ...attempts('b', 4, 1),
      trialResult({ task_id: 'c', status: 'error', error_class: 'skipped', error_message: 'needs Docker' })
    ];
    const report = summarize(results);
    const run = report.runs[0]!;
    expect(run.tasks).toBe(2);
    expect(run.pass_at_1).toBeCloseTo((3 / 4 + 1 / 4) / 2, 12);
    expect(run.skipped).toBe(1);
    expect(run.pass_at_k['2']).toBeCloseTo((1 + (1 - 3 / 6)) / 2, 12); // a: 3 of 4 pass, b: 1 of 4
    expect(run.pass_hat_k['2']).toBeCloseTo((3 / 6 + 0) / 2, 12);
    expect(run.ci95[0]).toBeLessThanOrEqual(run.pass_at_1);
    expect(run.ci95[1]).toBeGreaterThanOrEqual(run.pass_at_1);
  });

  test('an invalid task is left out of Pass@1 like a skip and shows as invalid in the per-task table', () => {
    const report = summarize([trialResult({ task_id: 'a' }), trialResult({ task_id: 'broken', status: 'error', error_class: 'invalid', error_message: 'broken/task.yaml: id: bad' })]);
    expect(report.runs[0]!.pass_at_1).toBe(1);
    expect(report.tasks.find((t) => t.task_id === 'broken')!.runs['model:openai:gpt-test']).toMatchObject({ n: 0, invalid: 1 });
    expect(renderMarkdown(report)).toMatch(/\| `broken` \| observability \| invalid \|/);
  });

  test('an infrastructure error counts as an attempt that did not pass and is shown by class', () => {
    const report = summarize([trialResult({ task_id: 'a' }), trialResult({ task_id: 'b', status: 'error', error_class: 'build' })]);
    expect(report.runs[0]!.pass_at_1).toBeCloseTo(0.5, 12);
    expect(report.runs[0]!.error_classes).toEqual({ build: 1 });
  });

  test('each agent/model is its own run', () => {
    const report = summarize([trialResult({ model: 'x:a' }), trialResult({ model: 'x:b', status: 'failed' })]);
    expect(report.runs.map((r) => [r.key, r.pass_at_1])).toEqual([
      ['model:x:a', 1],
      ['model:x:b', 0]
    ]);
  });
});

describe('compare', () => {
  const tasks = ['t1', 't2', 't3', 't4', 't5', 't6'];
  const baseline = summarize(tasks.flatMap((t) => attempts(t, 3, 3)));

  test('a consistent drop on every task is a real regression', () => {
    const current = summarize(tasks.flatMap((t) => attempts(t, 3, 0)));
    const compared = compareReports(current, baseline, { minDelta: 0.05 });
    expect(hasRealRegression(compared)).toBe(true);
    expect(compared.comparison!.runs[0]!.p_value).toBeCloseTo(1 / 64, 12);
    expect(countRegressions(compared)).toBe(6);
  });

  test('one task flipping among six is not significant and does not gate', () => {
    const current = summarize([...attempts('t1', 3, 2), ...tasks.slice(1).flatMap((t) => attempts(t, 3, 3))]);
    const compared = compareReports(current, baseline, { minDelta: 0.05 });
    expect(hasRealRegression(compared)).toBe(false);
    expect(compared.comparison!.runs[0]!.regressed_tasks.map((t) => t.task_id)).toEqual(['t1']);
    expect(countRegressions(compared)).toBe(0);
  });

  test('a significant but tiny drop stays under min-delta', () => {
    const current = summarize(tasks.flatMap((t) => attempts(t, 3, 0)));
    expect(hasRealRegression(compareReports(current, baseline, { minDelta: 1.01 }))).toBe(false);
  });
  test('a sampled p-value carries its Monte Carlo error in report.json and the markdown', () => {
    // 400 tasks with several attempts and many distinct differences: past what enumeration does cheaply.
    const many = Array.from({ length: 400 }, (_, i) => `m${i}`);
    const base = summarize(many.flatMap((t, i) => attempts(t, 7, i % 8)));
    const current = summarize(many.flatMap((t, i) => attempts(t, 5, (i * 3) % 6)));
    const run = compareReports(current, base, { minDelta: 0.05 }).comparison!.runs[0]!;
    expect(run.p_value_error).toBeGreaterThan(0);
    expect(run.p_value_error).toBeLessThan(0.004);
    expect(renderMarkdown(compareReports(current, base, { minDelta: 0.05 }))).toContain(`± ${run.p_value_error!.toFixed(3)} (Monte Carlo)`);
    // exact comparisons carry no error field at all
    expect(compareReports(base, base, { minDelta: 0.05 }).comparison!.runs[0]).not.toHaveProperty('p_value_error');
  });
});


describe('reading results', () => {
  test('a trailing partial line is skipped with a warning, a bad middle line names file and line', async () => {
    const dir = await tmp();
    const file = path.join(dir, 'results.jsonl');
    await writeFile(file, jsonl([trialResult()]) + '{"schema":1,"run_');
    const warnings: string[] = [];
    expect(await readResults([dir], (w) => warnings.push(w))).toHaveLength(1);
    expect(warnings[0]).toContain('line 2: partial last line');

    await writeFile(file, '{"schema":1}\n' + jsonl([trialResult()]));
    await expect(readResults([file])).rejects.toThrow(/results\.jsonl: line 1: /);
  });

  test('a rerun of the same trial replaces the earlier result', () => {
    const first = trialResult({ status: 'error', error_class: 'daemon', finished_at: '2026-11-21T00:00:00Z' });
    const rerun = trialResult({ status: 'passed', finished_at: '2026-11-21T01:00:00Z' });
    expect(dedupeResults([first, rerun])).toEqual([rerun]);
  });

  test('buildReport merges shard directories and compares with a results.jsonl baseline', async () => {
    const dir = await tmp();
    await writeFile(path.join(dir, 'base.jsonl'), jsonl(['a', 'b', 'c', 'd', 'e'].flatMap((t) => attempts(t, 2, 2))));
    for (const [i, ts] of [['a', 'b'], ['c', 'd', 'e']].entries()) {
      const shard = path.join(dir, `shard-${i}`);
      await import('node:fs/promises').then((fs) => fs.mkdir(shard));
      await writeFile(path.join(shard, 'results.jsonl'), jsonl(ts.flatMap((t) => attempts(t, 2, 0))));
    }
    const { report } = await buildReport({ inputs: [path.join(dir, 'shard-0'), path.join(dir, 'shard-1')], baseline: path.join(dir, 'base.jsonl'), minDelta: 0.05 });
    expect(report.runs[0]!.tasks).toBe(5);
    expect(report.comparison!.runs[0]!.regression).toBe(true);
  });

  test('a baseline that is not a report names the file and the field', async () => {
    const dir = await tmp();
    await writeFile(path.join(dir, 'report.json'), '{"schema":1}');
    await writeFile(path.join(dir, 'results.jsonl'), jsonl([trialResult()]));
    await expect(buildReport({ inputs: [path.join(dir, 'results.jsonl')], baseline: path.join(dir, 'report.json'), minDelta: 0 })).rejects.toThrow(
      /report\.json: not an OpsBench report\.json: generated_at/
    );
  });
});

describe('rendering', () => {
  test('markdown carries the sticky marker, the rates, the interval and the regressions', () => {
    const base = summarize(['t1', 't2', 't3', 't4', 't5'].flatMap((t) => attempts(t, 2, 2)));
    const cur = compareReports(summarize(['t1', 't2', 't3', 't4', 't5'].flatMap((t) => attempts(t, 2, 0))), base, { minDelta: 0.05 });
    const md = renderMarkdown(cur);
    expect(md.startsWith(COMMENT_MARKER)).toBe(true);
    expect(md).toContain('**0.0%**');
    expect(md).toContain('100.0% → 0.0% (-100.0 pp)');
    expect(md).toContain('**regression**');
    expect(md).toContain('`t1` 2/2 → 0/2');
    expect(md).toContain('| pass@2 | pass^2 |');
  });

  test('flags: a column of their own (markdown, also in the compact PR comment), the task row in report.json, a junit property; none without flags', () => {
    const rows = [
      ...attempts('t1', 2, 0, { flags: ['pytest-internals'] }),
      ...attempts('t2', 1, 1),
      ...attempts('t1', 1, 0, { attempt: 2, flags: ['report-file', 'pytest-internals'] })
    ].map(toReportRow);
    const report = summarize(rows);
    expect(report.tasks.find((t) => t.task_id === 't1')?.runs).toMatchObject({ [Object.keys(report.tasks[0]!.runs)[0]!]: { flags: ['pytest-internals', 'report-file'] } });
    expect(report.tasks.find((t) => t.task_id === 't2')?.runs[Object.keys(report.tasks[0]!.runs)[0]!]?.flags).toBeUndefined();
    for (const md of [renderMarkdown(report), renderMarkdown(report, { compact: true })]) {
      expect(md).toContain('### Flagged for review');
      expect(md).toContain('| `t1` | observability | `pytest-internals`, `report-file` |');
      expect(md).not.toContain('| `t2` | observability | `');
    }
    expect(renderMarkdown(report)).toMatch(/\| task \| family \| `[^`]+` \| flags \|/);
    expect(renderJunit(rows)).toContain('<property name="opsbench.flags" value="pytest-internals"/>');
    const clean = summarize(attempts('t2', 1, 1).map(toReportRow));
    expect(renderMarkdown(clean)).not.toMatch(/Flagged|flags/);
  });

  test('junit has one testcase per trial with failures, errors and skips typed', () => {
    const xml = renderJunit([
      trialResult({ task_id: 'a' }),
      trialResult({ task_id: 'b', status: 'failed' }),
      trialResult({ task_id: 'c', status: 'error', error_class: 'build', error_message: 'docker build <failed>' }),
      trialResult({ task_id: 'd', status: 'error', error_class: 'skipped', error_message: 'needs Docker' })
    ]);
    expect(xml).toContain('tests="4" failures="1" errors="1" skipped="1"');
    expect(xml).toContain('<error type="build" message="docker build &lt;failed&gt;"/>');
    expect(xml).toContain('<skipped message="needs Docker"/>');
  });
});
