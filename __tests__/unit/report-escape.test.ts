import { compareReports } from '../../src/report/compare.js';
import { code, text } from '../../src/report/markdown-escape.js';
import { checkAgainstPlan } from '../../src/report/plan-check.js';
import { renderMarkdown } from '../../src/report/render-markdown.js';
import { summarize } from '../../src/report/summarize.js';
import { planRun } from '../../src/trial/plan.js';
import { attempts } from '../helpers/trial-results.js';

/** The cells of a table row, split as GitHub splits them: on every `|` not escaped by a backslash. */
const cells = (row: string) => row.replace(/\\\|/g, '').split('|').length - 2;

describe('what a fork writes into the comment stays text', () => {
  // In the workflow_run split the fork's run wrote the results and the plan: ids, names and reasons are its own.
  const hostile = 'x` <img src=x onerror=alert(1)> | @acme/owners [ok](https://evil.test)\n## No regression';
  const model = 'openai:gpt` | **pwned**';
  const otherTasks = ['t1', 't2', 't3', 't4', 't5'];

  test('task ids and agent/model names are closed code spans on one line; tables keep their cells', () => {
    const ids = [hostile, ...otherTasks];
    const baseline = summarize(ids.flatMap((t) => attempts(t, 3, 3, { model })));
    const current = summarize(ids.slice(0, -1).flatMap((t) => attempts(t, 3, 0, { model })));
    const report = compareReports(current, baseline, { minDelta: 0.05, alpha: 0.05 });
    expect(report.comparison!.runs[0]!.regressed_tasks.map((t) => t.task_id)).toContain(hostile);
    const md = renderMarkdown(report);
    expect(md).not.toMatch(/^## No regression/m);
    const withImg = md.split('\n').filter((l) => l.includes('<img'));
    expect(withImg.length).toBeGreaterThan(0);
    expect(withImg.every((l) => l.includes(code(hostile)))).toBe(true); // only ever inside the id's code span
    expect(md).toContain(code(hostile));
    expect(md).toContain(code(`model:${model}`));
    const header = md.split('\n').find((l) => l.startsWith('| task | family |'))!;
    const row = md.split('\n').find((l) => l.startsWith(`| ${code(hostile)}`))!;
    expect(cells(row)).toBe(cells(header));
    const summaryHeader = md.split('\n').find((l) => l.startsWith('| agent |'))!;
    const summaryRow = md.split('\n').find((l) => l.startsWith(`| ${code(`model:${model}`)}`))!;
    expect(cells(summaryRow)).toBe(cells(summaryHeader));
  });

  test('a skipped leg\'s reason is plain text: no link, image, HTML, mention or new line', () => {
    const { plan } = planRun({ tasks: otherTasks.map((id) => ({ id, hash: id })), agent: 'model', models: [model], shards: 2, attempts: 1 });
    const results = plan.legs[0]!.tasks.flatMap((t) => attempts(t, 1, 1, { model }));
    const reason = 'no key ![x](https://evil.test/p.png) <b>hi</b> cc @acme/owners www.evil.test\n### Approved';
    const report = { ...summarize(results), plan_check: checkAgainstPlan(plan, results, new Map([[plan.legs[1]!.id, reason]])) };
    const md = renderMarkdown(report);
    const line = md.split('\n').find((l) => l.includes('skipped: no key'))!;
    expect(line).toContain(text(reason));
    expect(line).not.toMatch(/[^\\][[<]/);
    expect(line).not.toContain('@acme');
    expect(line).not.toContain('https://');
    expect(line).not.toContain('www.evil');
    expect(md).not.toMatch(/^### Approved/m);
  });

  test('code() picks a fence longer than any backtick run; text() leaves ordinary words alone', () => {
    expect(code('plain-id')).toBe('`plain-id`');
    expect(code('a`b')).toBe('``a`b``');
    expect(code('``x')).toBe('``` ``x ```');
    expect(code('a|b')).toBe('`a\\|b`');
    expect(text('no ANTHROPIC_API_KEY: secrets are withheld')).toBe('no ANTHROPIC_API_KEY: secrets are withheld');
    expect(text('_em_ *strong*')).toBe('\\_em\\_ \\*strong\\*');
  });
});
