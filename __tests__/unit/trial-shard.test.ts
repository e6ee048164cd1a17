import { parseShard, shardTasks } from '../../src/trial/shard.js';
import { cliFlag, withFieldNames } from '../../src/cli/flags.js';

const tasks = ['e', 'a', 'd', 'b', 'c', 'f', 'g'].map((id) => ({ id }));

describe('shardTasks', () => {
  test('every task lands in exactly one shard and shard sizes differ by at most one', () => {
    const shards = [1, 2, 3].map((i) => shardTasks(tasks, i, 3).map((t) => t.id));
    expect(shards.flat().sort()).toEqual(tasks.map((t) => t.id).sort());
    const sizes = shards.map((s) => s.length);
    expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
  });

  test('assignment depends on the ids alone, not on the order tasks were loaded in', () => {
    const reversed = [...tasks].reverse();
    expect(shardTasks(reversed, 2, 3)).toEqual(shardTasks(tasks, 2, 3));
    expect(shardTasks(tasks, 1, 3).map((t) => t.id)).toEqual(['a', 'd', 'g']);
    expect(shardTasks(tasks, 2, 3).map((t) => t.id)).toEqual(['b', 'e']);
  });

  test('one shard of one is the whole set, sorted by id', () => {
    expect(shardTasks(tasks, 1, 1).map((t) => t.id)).toEqual(['a', 'b', 'c', 'd', 'e', 'f', 'g']);
  });

  test('an index outside 1..N is refused', () => {
    expect(() => shardTasks(tasks, 0, 2)).toThrow('need 1 <= I <= N');
    expect(() => shardTasks(tasks, 3, 2)).toThrow('need 1 <= I <= N');
  });
});

describe('parseShard', () => {
  test('reads I/N', () => {
    expect(parseShard('2/4')).toEqual({ index: 2, total: 4 });
    expect(parseShard(' 1 / 1 ')).toEqual({ index: 1, total: 1 });
  });

  test.each(['0/3', '4/3', '2', 'a/b', '1/0', ''])('"%s" is refused with the flag and the accepted form', (text) => {
    expect(() => withFieldNames(cliFlag, () => parseShard(text))).toThrow(`--shard must look like I/N with 1 <= I <= N, e.g. 2/4 (got "${text}")`);
  });
});
