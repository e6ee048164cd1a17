import { SharedWork } from '../../src/runtime/docker/shared.js';

function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

describe('work shared by many waiters (one image build for all trials of a task)', () => {
  test('the first caller starts it, the others wait for the same result, later ones get it at once', async () => {
    const shared = new SharedWork<string>();
    const work = deferred<string>();
    let started = 0;
    const start = () => {
      started += 1;
      return work.promise;
    };
    const a = shared.run('k', start);
    const b = shared.run('k', start);
    work.resolve('image');
    expect(await Promise.all([a, b])).toEqual(['image', 'image']);
    expect(await shared.run('k', start)).toBe('image');
    expect(started).toBe(1);
  });

  test('a failure is kept for later callers unless forget() says to try again', async () => {
    const shared = new SharedWork<string>();
    let started = 0;
    const fail = () => {
      started += 1;
      return Promise.reject(new Error(`broken ${started}`));
    };
    await expect(shared.run('for-good', fail, undefined, () => false)).rejects.toThrow('broken 1');
    await expect(shared.run('for-good', fail, undefined, () => false)).rejects.toThrow('broken 1');
    await expect(shared.run('transient', fail)).rejects.toThrow('broken 2');
    await expect(shared.run('transient', fail)).rejects.toThrow('broken 3');
  });

  test('one waiter leaving does not abort the work; the last one leaving does', async () => {
    const shared = new SharedWork<string>();
    let seen: AbortSignal | undefined;
    const work = deferred<string>();
    const start = (signal: AbortSignal) => {
      seen = signal;
      return work.promise;
    };
    const first = new AbortController();
    const second = new AbortController();
    const a = shared.run('k', start, first.signal);
    const b = shared.run('k', start, second.signal);
    first.abort(new Error('trial 1 cancelled'));
    await expect(a).rejects.toThrow('trial 1 cancelled');
    expect(seen?.aborted).toBe(false);
    second.abort(new Error('trial 2 cancelled'));
    await expect(b).rejects.toThrow('trial 2 cancelled');
    expect(seen?.aborted).toBe(true);
    work.reject(new Error('aborted build'));
    // Aborted work is forgotten: the next caller starts afresh.
    const again = shared.run('k', () => Promise.resolve('rebuilt'));
    expect(await again).toBe('rebuilt');
  });

  test('a caller without a signal keeps the work alive when the others leave', async () => {
    const shared = new SharedWork<string>();
    let seen: AbortSignal | undefined;
    const work = deferred<string>();
    const leaving = new AbortController();
    const stays = shared.run('k', (signal) => ((seen = signal), work.promise));
    const leaves = shared.run('k', () => work.promise, leaving.signal);
    leaving.abort(new Error('gone'));
    await expect(leaves).rejects.toThrow('gone');
    expect(seen?.aborted).toBe(false);
    work.resolve('done');
    expect(await stays).toBe('done');
  });
});
