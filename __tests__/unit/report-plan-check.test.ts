import { gatePower } from '../../src/metrics/power.js';
import { checkAgainstPlan, undeliveredLegs } from '../../src/report/plan-check.js';
import { fitMarkdown, renderMarkdown } from '../../src/report/render-markdown.js';
import { compareReports } from '../../src/report/compare.js';
import { summarize } from '../../src/report/summarize.js';
import { planRun } from '../../src/trial/plan.js';
import { attempts } from '../helpers/trial-results.js';

const ids = ['a', 'b', 'c', 'd'];
const { plan } = planRun({ tasks: ids.map((id) => ({ id, hash: id })), agent: 'model', models: ['openai:gpt-test'], shards: 2, attempts: 2 });

describe('checkAgainstPlan', () => {
  test('a leg with no results is missing, one with some is partial, a skipped one keeps its reason', () => {
    const [leg1, leg2] = plan.legs;
    const results = [...attempts(leg1!.tasks[0]!, 2, 2), ...attempts(leg1!.tasks[1]!, 1, 1)];
    const check = checkAgainstPlan(plan, results);
    expect(check.legs.map((l) => [l.id, l.status, l.delivered, l.planned])).toEqual([
      [leg1!.id, 'partial', 3, 4],
      [leg2!.id, 'missing', 0, 4]
    ]);
    expect(check.missing).toContainEqual({ leg: leg1!.id, key: 'model:openai:gpt-test', task_id: leg1!.tasks[1], attempts: [2] });
    expect(undeliveredLegs(check)).toHaveLength(2);
    const skipped = checkAgainstPlan(plan, results, new Map([[leg2!.id, 'no key']]));
    expect(skipped.legs[1]).toMatchObject({ status: 'skipped', reason: 'no key' });
    expect(undeliveredLegs(skipped)).toHaveLength(1);
  });

  test('the rendered report lists missing legs and trials and never counts them as passed', () => {
    const results = plan.legs[0]!.tasks.flatMap((t) => attempts(t, 2, 2));
    const report = { ...summarize(results), plan_check: checkAgainstPlan(plan, results) };
    const md = renderMarkdown(report);
    expect(md).toContain('Missing results');
    expect(md).toContain(`leg \`${plan.legs[1]!.id}\``);
    expect(report.runs[0]!.tasks).toBe(2);
  });
});

describe('fitMarkdown', () => {
  test('keeps the full report when it fits and cuts to the compact one with the note when it does not', () => {
    const many = Array.from({ length: 400 }, (_, i) => `task-${i}`);
    const base = summarize(many.flatMap((t) => attempts(t, 1, 1)));
    const report = compareReports(summarize(many.flatMap((t) => attempts(t, 1, 0))), base, { minDelta: 0.05 });
    const full = renderMarkdown(report);
    expect(fitMarkdown(report, full.length, 'NOTE').markdown).toBe(full);
    const cut = fitMarkdown(report, 8000, 'NOTE: see the artifact');
    expect(cut.cut).toBe(true);
    expect(cut.markdown.length).toBeLessThanOrEqual(8000);
    expect(cut.markdown).toContain('NOTE: see the artifact');
    expect(cut.markdown).toContain('**regression**');
    expect(cut.markdown).toMatch(/… and \d+ more regressed task/);
  });
});

describe('gatePower', () => {
  test('says plainly when the suite is too small for any drop to be significant', () => {
    const p = gatePower({ tasks: 4, attempts: 1, alpha: 0.05 });
    expect(p.minDetectableDrop).toBeNull();
    expect(p.text).toContain('With 4 tasks x 1 attempt no drop is significant at alpha 0.05');
    expect(p.text).toContain('Add tasks (at least 5) or attempts');
    expect(gatePower({ tasks: 5, attempts: 1, alpha: 0.05 }).minDetectableDrop).not.toBeNull();
  });

  test('more tasks and attempts detect smaller drops', () => {
    const at = (tasks: number, attempts: number) => gatePower({ tasks, attempts, alpha: 0.05 }).minDetectableDrop!;
    expect(at(200, 3)).toBeLessThan(at(50, 3));
    expect(at(50, 3)).toBeLessThan(at(50, 1));
    expect(at(50, 3)).toBeGreaterThan(0.05);
  });

  test('a small suite whose tasks all passed or all failed is not said to catch any drop', () => {
    // Six tasks, one attempt, each 0% or 100%: the sign-flip test needs 5 tasks to drop (2^-5 < 0.05).
    const p = gatePower({ tasks: 6, attempts: 1, alpha: 0.05, passRates: [1, 1, 1, 0, 0, 0] });
    expect(p.minDetectableDrop).toBeCloseTo(5 / 6, 5);
    expect(p.text).toContain('a Pass@1 drop of about 83 points or more');
    const large = gatePower({ tasks: 400, attempts: 3, alpha: 0.05, passRates: Array.from({ length: 400 }, (_, i) => i % 2) });
    expect(large.minDetectableDrop).toBeGreaterThan(0.03);
  });

  test('the report carries the power note', () => {
    expect(renderMarkdown(summarize(['a', 'b'].flatMap((t) => attempts(t, 1, 1))))).toContain('no drop is significant');
  });
});
