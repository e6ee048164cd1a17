import { readIfThere, type ReportFile, type TestCaseResult, type TestFramework } from './framework.js';
import { readJUnitCases } from './junit-xml.js';

// Surefire writes where the pom says (its reportsDirectory has no command-line property), so its reports
// are read from the workspace: deleted before the run, so only this run's files count.
const SUREFIRE_REPORTS = String.raw`\( -path '*/target/surefire-reports/TEST-*.xml' -o -path '*/build/test-results/*.xml' \)`;

/** JUnit under Maven Surefire or Gradle: the runner's own `TEST-*.xml` reports, read from the workspace. */
export const junit: TestFramework = {
  rewrite: (command) => command,
  cleanup: String.raw`find . \( -path '*/target/surefire-reports' -o -path '*/build/test-results' \) -type d -prune -exec rm -rf {} +`,
  async collect(env) {
    const listed = await env.exec(`find . ${SUREFIRE_REPORTS} -type f -print0 | sort -z`, { cwd: env.workdir });
    const files = listed.stdout.split('\0').filter((f) => f !== '');
    const reports: ReportFile[] = [];
    for (const f of files) reports.push(...(await readIfThere(env, `${env.workdir}/${f.replace(/^\.\//, '')}`)));
    return reports;
  },
  parse: (text) => parseJunit(text),
  harnessFiles: [],
  toolchain: { host: ['java', 'mvn'], apt: ['default-jdk-headless', 'maven'], npm: [] },
  apexAliases: ['junit4', 'junit5', 'maven', 'gradle']
};

/**
 * One Maven Surefire / Gradle JUnit XML report (`TEST-*.xml`) to ids `com.pkg.ClassTest#method`
 * (parameterized runs keep Surefire's `method(int)[1]`; nested classes keep `Outer$Inner`).
 * @throws GradeError when the text is not a JUnit XML report
 */
export function parseJunit(reportText: string): TestCaseResult[] {
  return readJUnitCases(reportText, 'Surefire/Gradle JUnit XML').map((c) => ({
    id: c.classname === '' ? c.name : `${c.classname}#${c.name}`,
    status: c.status
  }));
}
