import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseJest as parse } from '../../src/frameworks/jest.js';

// Written by jest 30.5.2 (--json) and vitest 3.2.7 (--reporter=json) from the same test file, in
// __tests__/fixtures/grade/{jest,vitest}/suite; the runs were in /tmp/fx/tsrep and /tmp/fx/vt.
const FIXTURES = path.resolve('__tests__/fixtures/grade');
const read = (name: string) => readFileSync(path.join(FIXTURES, name), 'utf8');

const expected = (file: string, skippedStatus = 'skipped') => [
  { id: `${file} > outer > passes`, status: 'passed' },
  { id: `${file} > outer > fails`, status: 'failed' },
  { id: `${file} > outer > inner > deep passes`, status: 'passed' },
  { id: `${file} > outer > positive 1`, status: 'passed' },
  { id: `${file} > outer > positive 2`, status: 'passed' },
  { id: `${file} > outer > positive -3`, status: 'failed' },
  { id: `${file} > outer > größer ✓ naïve`, status: 'passed' },
  { id: `${file} > outer > skipped`, status: skippedStatus },
  { id: `${file} > outer > todo later`, status: 'skipped' },
  // Two tests with the same title: both kept here, merged (worst status) by the grader.
  { id: `${file} > outer > same name`, status: 'passed' },
  { id: `${file} > outer > same name`, status: 'failed' },
  { id: `${file} > top level`, status: 'passed' }
];

describe('parse (jest / vitest JSON)', () => {
  test('jest: ids are the file relative to the root, the describe blocks and the title', () => {
    expect(parse(read('jest/report.json'), '/tmp/fx/tsrep')).toEqual([
      ...expected('__tests__/sample.test.ts'),
      // The suite failed to run (a missing import): one error entry for the file.
      { id: '__tests__/nested/broken.test.ts', status: 'error' }
    ]);
  });

  test('vitest: the same shape gives the same ids', () => {
    expect(parse(read('vitest/report.json'), '/tmp/fx/vt')).toEqual([
      ...expected('test/sample.test.ts'),
      { id: 'test/nested/broken.test.ts', status: 'error' }
    ]);
  });

  test('a test file outside the root keeps its absolute path', () => {
    const ids = parse(read('jest/report.json'), '/somewhere/else').map((t) => t.id);
    expect(ids[0]).toBe('/tmp/fx/tsrep/__tests__/sample.test.ts > outer > passes');
  });

  test('a suite whose tests passed but which failed anyway (an afterAll hook) adds an error entry', () => {
    const report = JSON.stringify({
      testResults: [{ name: '/r/a.test.ts', status: 'failed', assertionResults: [{ ancestorTitles: [], title: 'ok', status: 'passed' }] }]
    });
    expect(parse(report, '/r')).toEqual([
      { id: 'a.test.ts > ok', status: 'passed' },
      { id: 'a.test.ts', status: 'error' }
    ]);
  });

  test('text that is not a jest report is a grade error', () => {
    expect(() => parse('PASS __tests__/sample.test.ts', '/r')).toThrow('jest/vitest JSON report: not JSON');
    expect(() => parse('{"numTotalTests": 3}', '/r')).toThrow('no testResults[]');
  });
});
