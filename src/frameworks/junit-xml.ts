import { XMLParser } from 'fast-xml-parser';
import { z } from 'zod';
import type { TestStatus } from '../core/trial-result.js';
import { GradeError } from '../core/errors.js';

/**
 * The JUnit XML dialect that pytest, Maven Surefire, Gradle and ctest all write, read only as far as
 * grading needs: each testcase's names and whether it failed, errored or was skipped.
 */
export interface JUnitCase {
  name: string;
  classname: string;
  /** pytest (xunit1) writes the test's file; others leave it out. */
  file: string | null;
  status: TestStatus;
}

// Partial, tolerant shapes: only what grading reads; everything else in a report may change freely.
const Attr = z.string().nullish();
const TestCaseSchema = z.object({
  '@_name': z.string(),
  '@_classname': Attr,
  '@_file': Attr,
  /** ctest: run | fail | notrun | disabled */
  '@_status': Attr,
  failure: z.unknown().optional(),
  error: z.unknown().optional(),
  skipped: z.unknown().optional()
});
type TestCaseNode = z.infer<typeof TestCaseSchema>;

interface SuiteNode {
  testsuite?: SuiteNode[];
  testcase?: unknown[];
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  // Names like "1" or "true" must stay strings, and whitespace inside a name is part of it.
  parseAttributeValue: false,
  parseTagValue: false,
  trimValues: false,
  htmlEntities: false,
  isArray: (name) => name === 'testsuites' || name === 'testsuite' || name === 'testcase'
});

function statusOf(node: TestCaseNode): TestStatus {
  if (node.failure !== undefined) return 'failed';
  if (node.error !== undefined) return 'error';
  if (node.skipped !== undefined) return 'skipped';
  if (node['@_status'] === 'fail') return 'failed';
  if (node['@_status'] === 'notrun' || node['@_status'] === 'disabled') return 'skipped';
  return 'passed';
}

/**
 * Every testcase of a JUnit XML document, in document order, nested suites included.
 * @throws GradeError when the text is not XML or a testcase has no name
 */
export function readJUnitCases(reportText: string, label: string): JUnitCase[] {
  let doc: { testsuites?: SuiteNode[]; testsuite?: SuiteNode[] };
  try {
    doc = parser.parse(reportText, true) as typeof doc;
  } catch (error) {
    throw new GradeError(`${label}: not a JUnit XML report: ${(error as Error).message}`, error);
  }
  const cases: JUnitCase[] = [];
  const visit = (suite: SuiteNode) => {
    for (const raw of suite.testcase ?? []) {
      const parsed = TestCaseSchema.safeParse(raw);
      if (!parsed.success) throw new GradeError(`${label}: a <testcase> has no name attribute`);
      const node = parsed.data;
      cases.push({
        name: node['@_name'],
        classname: node['@_classname'] ?? '',
        file: node['@_file'] ?? null,
        status: statusOf(node)
      });
    }
    for (const child of suite.testsuite ?? []) visit(child);
  };
  for (const root of doc.testsuites ?? []) visit(root);
  for (const suite of doc.testsuite ?? []) visit(suite);
  return cases;
}
