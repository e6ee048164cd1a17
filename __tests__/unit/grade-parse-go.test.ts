import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseGo as parse } from '../../src/frameworks/go.js';

// Event streams written by `go test -json` (go 1.26) from __tests__/fixtures/grade/go/src.
const DIR = path.resolve('__tests__/fixtures/grade/go');
const read = (name: string) => readFileSync(path.join(DIR, name), 'utf8');
const OK = 'example.com/sample/ok';

describe('parse (go test -json)', () => {
  test('takes each test\'s final action, subtests included, and marks a package that did not build', () => {
    expect(parse(read('report.jsonl'))).toEqual([
      { id: `${OK}/TestPasses`, status: 'passed' },
      { id: `${OK}/TestFails`, status: 'failed' },
      { id: `${OK}/TestSkipped`, status: 'skipped' },
      { id: `${OK}/TestÜnicode`, status: 'passed' },
      { id: `${OK}/TestSubtests/one`, status: 'passed' },
      { id: `${OK}/TestSubtests/naïve_café`, status: 'passed' },
      { id: `${OK}/TestSubtests/dup`, status: 'passed' },
      { id: `${OK}/TestSubtests/dup#01`, status: 'passed' },
      { id: `${OK}/TestSubtests/fails`, status: 'failed' },
      { id: `${OK}/TestSubtests/nested/deep`, status: 'passed' },
      { id: `${OK}/TestSubtests/nested`, status: 'passed' },
      { id: `${OK}/TestSubtests`, status: 'failed' },
      // It printed "--- PASS: TestFails" to stdout and to t.Log: test2json keeps that as output, not as a result.
      { id: `${OK}/TestPrintsFakePass`, status: 'failed' },
      { id: 'example.com/sample/broken [build failed]', status: 'error' }
    ]);
  });

  test('-count=2 reports every run, so a test appears once per run', () => {
    expect(parse(read('report-count2.jsonl'))).toEqual([
      { id: `${OK}/TestPasses`, status: 'passed' },
      { id: `${OK}/TestSkipped`, status: 'skipped' },
      { id: `${OK}/TestPasses`, status: 'passed' },
      { id: `${OK}/TestSkipped`, status: 'skipped' }
    ]);
  });

  test('a test that started but never finished (killed at the timeout) is failed', () => {
    const lines = read('report.jsonl').split('\n');
    const cut = lines.findIndex((l) => l.includes('"Action":"run"') && l.includes('TestSubtests/fails'));
    const results = parse(lines.slice(0, cut + 1).join('\n'));
    expect(results).toContainEqual({ id: `${OK}/TestSubtests/fails`, status: 'failed' });
    expect(results).toContainEqual({ id: `${OK}/TestSubtests`, status: 'failed' });
  });

  test('a build failure shown only as output (go < 1.24) is still a build failure, and stray lines are ignored', () => {
    const old = [
      'some other command printed this',
      '{"Action":"output","Package":"x/y","Output":"FAIL\\tx/y [build failed]\\n"}',
      '{"Action":"fail","Package":"x/y","Elapsed":0}',
      '{"Action":"fail","Package":"x/z","Elapsed":0}'
    ].join('\n');
    expect(parse(old)).toEqual([
      { id: 'x/y [build failed]', status: 'error' },
      { id: 'x/z [package failed]', status: 'error' }
    ]);
  });
});
