import { imageName, projectName } from '../../src/runtime/docker/labels.js';

describe('compose project and image names', () => {
  test("a trial's project is ob-<trial id>, lowercased to compose's alphabet", () => {
    expect(projectName('20260101t000000-abc123', '20260101t000000-abc123-Obs.Go-oracle-1')).toBe('ob-20260101t000000-abc123-obs-go-oracle-1');
  });

  test('a trial id without the run id gets it, so two runs never share a project', () => {
    expect(projectName('run-a', 'f2p-task-before')).toBe('ob-run-a-f2p-task-before');
    expect(projectName('run-b', 'f2p-task-before')).not.toBe(projectName('run-a', 'f2p-task-before'));
  });

  test('long ids are cut to 63 characters with a hash of the whole, so they stay unique', () => {
    const run = '20260101t000000-abc123';
    const a = projectName(run, `${run}-${'very-long-task-name-'.repeat(5)}oracle-1`);
    const b = projectName(run, `${run}-${'very-long-task-name-'.repeat(5)}oracle-2`);
    expect(a.length).toBeLessThanOrEqual(63);
    expect(b.length).toBeLessThanOrEqual(63);
    expect(a).not.toBe(b);
    expect(a).toMatch(/^ob-20260101t000000-abc123-very-long-task-name-.*-[0-9a-f]{10}$/);
  });

  test("image names are opsbench/<parts> in docker's repository alphabet", () => {
    expect(imageName('obs-go-ratelimit', 'workspace')).toBe('opsbench/obs-go-ratelimit-workspace');
    expect(imageName('Task_1', 'My Service!')).toBe('opsbench/task_1-my-service');
    expect(imageName('grader')).toBe('opsbench/grader');
  });
});
