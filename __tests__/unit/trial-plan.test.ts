import { balanceShards, makespan } from '../../src/trial/balance-shards.js';
import { MAX_MATRIX_JOBS, planRun, suiteHash } from '../../src/trial/plan.js';
import { shardTasks } from '../../src/trial/shard.js';

const tasks = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `t${String(i).padStart(4, '0')}`, hash: `h${i}` }));

describe('planRun', () => {
  test('records every leg with the tasks it owes, the attempts and the suite hash', () => {
    const { plan, matrix } = planRun({ tasks: tasks(5), agent: 'model', models: ['openai:a', 'anthropic:b'], shards: 2, attempts: 3 });
    expect(plan.attempts).toBe(3);
    expect(plan.suite_hash).toBe(suiteHash(tasks(5)));
    expect(plan.legs.map((l) => l.id)).toEqual(['model-openai_a-1of2', 'model-openai_a-2of2', 'model-anthropic_b-1of2', 'model-anthropic_b-2of2']);
    // Without durations the legs agree with `run --shard I/N`.
    expect(plan.legs[1]!.tasks).toEqual(shardTasks(tasks(5), 2, 2).map((t) => t.id));
    expect(matrix.include[0]).toEqual({ leg: 'model-openai_a-1of2', model: 'openai:a', shard: '1/2' });
  });

  test("the matrix never exceeds GitHub's 256 jobs: shards are capped per model, with a note", () => {
    const { matrix, notes } = planRun({ tasks: tasks(1000), agent: 'model', models: ['a:1', 'b:2', 'c:3'], shards: 100, attempts: 1 });
    expect(matrix.include.length).toBeLessThanOrEqual(MAX_MATRIX_JOBS);
    expect(matrix.include.length).toBe(3 * 85);
    expect(notes.join()).toContain('256');
    expect(() => planRun({ tasks: tasks(2), agent: 'model', models: Array.from({ length: 257 }, (_, i) => `p:${i}`), shards: 1, attempts: 1 })).toThrow(/256/);
    expect(planRun({ tasks: tasks(3), agent: 'oracle', models: [], shards: 10, attempts: 1 }).matrix.include).toHaveLength(3);
  });

  test('the suite hash changes when a task changes and not when the order does', () => {
    const a = tasks(3);
    expect(suiteHash([...a].reverse())).toBe(suiteHash(a));
    expect(suiteHash([{ ...a[0]!, hash: 'other' }, a[1]!, a[2]!])).not.toBe(suiteHash(a));
  });
});

describe('balanceShards', () => {
  test('longest first onto the least loaded shard: within 10% of the lower bound on a skewed suite', () => {
    const ts = tasks(200);
    const durations = new Map(ts.map((t, i) => [t.id, 1000 + ((i * 7919) % 97) * 300 + (i % 50 === 0 ? 20_000 : 0)]));
    const groups = balanceShards(ts, 8, durations);
    expect(groups.flat().map((t) => t.id).sort()).toEqual(ts.map((t) => t.id));
    const { makespan: m, lowerBound } = makespan(groups, durations);
    expect(m / lowerBound).toBeLessThan(1.1);
    const roundRobin = Array.from({ length: 8 }, (_, i) => shardTasks(ts, i + 1, 8));
    expect(m).toBeLessThanOrEqual(makespan(roundRobin, durations).makespan);
  });
});
