import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { buildReport } from '../../src/report/build-report.js';
import { renderJunit } from '../../src/report/render-junit.js';
import { renderMarkdown } from '../../src/report/render-markdown.js';

/**
 * The report's output on a recorded results set (240 trials, two models, errors; the baseline as results.jsonl
 * and as report.json), recorded from the quadratic implementation before it was made linear: any change in
 * what a user reads shows here byte for byte.
 */
const DIR = path.resolve('__tests__/fixtures/report/pinned');
const NOW = new Date('2026-11-22T00:00:00Z');
const expected = (name: string) => readFile(path.join(DIR, 'expected', name), 'utf8');

describe('report output on the recorded results set', () => {
  test.each([
    ['none', undefined],
    ['jsonl', 'baseline.jsonl'],
    ['json', 'baseline-report.json']
  ])('baseline %s: markdown and json are byte-identical to the recording', async (name, baseline) => {
    const { report } = await buildReport({ inputs: [path.join(DIR, 'current.jsonl')], baseline: baseline && path.join(DIR, baseline), minDelta: 0.05, now: NOW });
    report.harness_version = 'recorded';
    expect(renderMarkdown(report)).toBe(await expected(`report-${name}.md`));
    expect(JSON.stringify(report, null, 2) + '\n').toBe(await expected(`report-${name}.json`));
  });

  test('junit is byte-identical to the recording', async () => {
    const { results } = await buildReport({ inputs: [path.join(DIR, 'current.jsonl')], minDelta: 0.05, now: NOW });
    expect(renderJunit(results)).toBe(await expected('report.junit.xml'));
  });
});
