import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseJunit as parse } from '../../src/frameworks/junit.js';

// Written by Maven Surefire 3.5.2 + JUnit 5.11.4 from __tests__/fixtures/grade/junit/SampleTest.java.txt.
const DIR = path.resolve('__tests__/fixtures/grade/junit');
const read = (name: string) => readFileSync(path.join(DIR, name), 'utf8');
const C = 'com.example.sample.SampleTest';

describe('parse (Surefire JUnit XML)', () => {
  test('ids are Class#method with failures, errors, skips, parameters and unicode names', () => {
    // Surefire's quirk with @Nested: the outer class's cases land in the nested class's file, which is why
    // the grader reads every TEST-*.xml and merges them.
    expect(parse(read('TEST-com.example.sample.SampleTest$Inner.xml'))).toEqual([
      { id: `${C}#errors`, status: 'error' },
      { id: `${C}#passes`, status: 'passed' },
      { id: `${C}#fails`, status: 'failed' },
      // @DisplayName does not change Surefire's name: the method name stays the id.
      { id: `${C}#unicodeDisplay`, status: 'passed' },
      { id: `${C}#positive(int)[1]`, status: 'passed' },
      { id: `${C}#positive(int)[2]`, status: 'passed' },
      { id: `${C}#positive(int)[3]`, status: 'failed' },
      { id: `${C}#naïveCafé`, status: 'passed' },
      { id: `${C}#skipped`, status: 'skipped' },
      { id: `${C}$Inner#innerPasses`, status: 'passed' }
    ]);
  });

  test('a report with no testcases (the outer class of a @Nested one) parses to nothing', () => {
    expect(parse(read('TEST-com.example.sample.SampleTest.xml'))).toEqual([]);
  });

  test('nested <testsuites> (Gradle, aggregated reports) are walked, and a rerun that passed stays passed', () => {
    const xml = `<?xml version="1.0"?><testsuites><testsuite name="a"><testsuite name="b">
      <testcase classname="p.T" name="flaky"><flakyFailure message="first try"/></testcase>
      <testcase classname="p.T" name="broken"><failure/><rerunFailure/></testcase>
    </testsuite></testsuite></testsuites>`;
    expect(parse(xml)).toEqual([
      { id: 'p.T#flaky', status: 'passed' },
      { id: 'p.T#broken', status: 'failed' }
    ]);
  });

  test('malformed XML and a testcase without a name are grade errors', () => {
    expect(() => parse('<testsuite><testcase name="x"></testsuite>')).toThrow('Surefire/Gradle JUnit XML: not a JUnit XML report');
    expect(() => parse('<testsuite><testcase classname="x"/></testsuite>')).toThrow('a <testcase> has no name attribute');
  });
});
