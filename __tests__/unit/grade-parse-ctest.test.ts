import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseCtest as parse } from '../../src/frameworks/ctest.js';

// Written by ctest 3.25 (--output-junit) for GoogleTest cases found by gtest_discover_tests plus plain
// add_test() checks: __tests__/fixtures/grade/ctest/src.
const report = readFileSync(path.resolve('__tests__/fixtures/grade/ctest/report.xml'), 'utf8');

describe('parse (ctest JUnit XML)', () => {
  test('ids are the ctest names; GTEST_SKIP and DISABLED_ tests are skipped', () => {
    expect(parse(report)).toEqual([
      { id: 'Sample.Passes', status: 'passed' },
      { id: 'Sample.Fails', status: 'failed' },
      { id: 'Sample.Skipped', status: 'skipped' },
      { id: 'Sample.Disabled', status: 'skipped' },
      { id: 'Values/Positive.IsPositive/1', status: 'passed' },
      { id: 'Values/Positive.IsPositive/2', status: 'passed' },
      { id: 'Values/Positive.IsPositive/-3', status: 'failed' },
      { id: 'plain_script_check', status: 'passed' },
      { id: 'plain_failing_check', status: 'failed' },
      { id: 'naïve_café_check', status: 'passed' }
    ]);
  });
});
