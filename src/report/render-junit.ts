import type { ReportRow } from './report-row.js';
import { groupBy, runKey } from './summarize.js';

const esc = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** JUnit XML, one testsuite per agent/model and one testcase per trial, for CI systems that read JUnit. */
export function renderJunit(results: ReportRow[]): string {
  const suites = groupBy(results, runKey);
  const lines = ['<?xml version="1.0" encoding="UTF-8"?>', '<testsuites name="opsbench">'];
  for (const [key, rs] of [...suites].sort(([a], [b]) => a.localeCompare(b))) {
    const failures = rs.filter((r) => r.status === 'failed').length;
    const errors = rs.filter((r) => r.status === 'error' && r.error_class !== 'skipped').length;
    const skipped = rs.filter((r) => r.error_class === 'skipped').length;
    // An invalid task is an error of the task set, not of the agent: JUnit readers see it as an error.
    lines.push(`  <testsuite name="${esc(key)}" tests="${rs.length}" failures="${failures}" errors="${errors}" skipped="${skipped}">`);
    for (const r of [...rs].sort((a, b) => a.task_id.localeCompare(b.task_id) || a.attempt - b.attempt)) {
      const time = (Object.values(r.durations_ms).reduce((a, b) => a + b, 0) / 1000).toFixed(3);
      lines.push(`    <testcase classname="${esc(r.family)}" name="${esc(`${r.task_id} #${r.attempt}`)}" time="${time}">`);
      if (r.flags?.length) lines.push(`      <properties><property name="opsbench.flags" value="${esc(r.flags.join(','))}"/></properties>`);
      if (r.error_class === 'skipped') lines.push(`      <skipped message="${esc(r.error_message ?? 'skipped')}"/>`);
      else if (r.status === 'error') lines.push(`      <error type="${esc(r.error_class ?? 'error')}" message="${esc(r.error_message ?? '')}"/>`);
      else if (r.status === 'failed') lines.push(`      <failure message="${esc(`fail_to_pass ${r.fail_to_pass.passed}/${r.fail_to_pass.total}, pass_to_pass ${r.pass_to_pass.passed}/${r.pass_to_pass.total}, stop ${r.stop_reason ?? '-'}`)}"/>`);
      lines.push('    </testcase>');
    }
    lines.push('  </testsuite>');
  }
  lines.push('</testsuites>');
  return lines.join('\n') + '\n';
}
