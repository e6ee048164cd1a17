import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parsePytest as parse } from '../../src/frameworks/pytest.js';

// Reports written by pytest 9.2.0 itself from __tests__/fixtures/grade/pytest/suite (see the files there).
const DIR = path.resolve('__tests__/fixtures/grade/pytest');
const read = (name: string) => readFileSync(path.join(DIR, name), 'utf8');

describe('parse (pytest JUnit XML)', () => {
  test('rebuilds node ids for functions, classes, nested classes, parameters and unicode names', () => {
    expect(parse(read('report-xunit1.xml'))).toEqual([
      { id: 'tests/test_broken_import.py', status: 'error' },
      { id: 'tests/sub/test_other.py::test_in_subdir', status: 'passed' },
      { id: 'tests/test_sample.py::test_passes', status: 'passed' },
      { id: 'tests/test_sample.py::test_fails', status: 'failed' },
      { id: 'tests/test_sample.py::test_positive[1]', status: 'passed' },
      { id: 'tests/test_sample.py::test_positive[2]', status: 'passed' },
      { id: 'tests/test_sample.py::test_positive[-3]', status: 'failed' },
      // pytest escapes non-ASCII parameter ids in the node id itself; the report keeps them as it wrote them.
      { id: 'tests/test_sample.py::test_unicode_param[caf\\xe9]', status: 'passed' },
      { id: 'tests/test_sample.py::test_unicode_param[na\\xefve \\xfcn\\xefcode]', status: 'passed' },
      { id: 'tests/test_sample.py::test_ünïcode_name', status: 'passed' },
      { id: 'tests/test_sample.py::test_skipped', status: 'skipped' },
      { id: 'tests/test_sample.py::test_xfail', status: 'skipped' },
      { id: 'tests/test_sample.py::test_setup_error', status: 'error' },
      { id: 'tests/test_sample.py::TestGroup::test_in_class', status: 'passed' },
      { id: 'tests/test_sample.py::TestGroup::TestNested::test_deep', status: 'passed' },
      { id: 'tests/test_sample.py::TestGroup::test_pairs[1-1]', status: 'passed' },
      { id: 'tests/test_sample.py::TestGroup::test_pairs[2-3]', status: 'failed' }
    ]);
  });

  test('without the file attribute (xunit2) the module and classes are split at the first CamelCase part', () => {
    expect(parse(read('report-xunit2.xml'))).toEqual([
      { id: 'tests/sub/test_other.py::test_in_subdir', status: 'passed' },
      { id: 'tests/test_sample.py::TestGroup::test_pairs[1-1]', status: 'passed' },
      { id: 'tests/test_sample.py::TestGroup::test_pairs[2-3]', status: 'failed' }
    ]);
  });

  test('a test run twice (--keep-duplicates) is reported twice; merging is the grader\'s job', () => {
    expect(parse(read('report-duplicates.xml'))).toEqual([
      { id: 'tests/sub/test_other.py::test_in_subdir', status: 'passed' },
      { id: 'tests/sub/test_other.py::test_in_subdir', status: 'passed' }
    ]);
  });

  test('text that is not XML is a grade error naming the format', () => {
    expect(() => parse('tests/test_sample.py::test_passes PASSED')).toThrow('pytest JUnit XML: not a JUnit XML report');
  });
});
