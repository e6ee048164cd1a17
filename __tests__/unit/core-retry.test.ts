import { abortableSleep, backoffMs, retryWithBackoff } from '../../src/core/retry.js';

describe('backoffMs', () => {
  test('doubles per retry from the base, with jitter between half and one and a half times', () => {
    const policy = (r: number) => ({ maxRetries: 2, baseMs: 2000, random: () => r });
    expect(backoffMs(policy(0.5), 1)).toBe(2000);
    expect(backoffMs(policy(0.5), 2)).toBe(4000);
    expect(backoffMs(policy(0), 2)).toBe(2000);
    expect(backoffMs(policy(0.999), 1)).toBeLessThan(3000);
  });
});

describe('abortableSleep', () => {
  test('wakes early with a cancelled error when the signal fires', async () => {
    const controller = new AbortController();
    const start = Date.now();
    setTimeout(() => controller.abort(), 20);
    await expect(abortableSleep(10_000, controller.signal)).rejects.toMatchObject({ errorClass: 'cancelled' });
    expect(Date.now() - start).toBeLessThan(2000);
  });

  test('sleeps the full time without a signal', async () => {
    const start = Date.now();
    await abortableSleep(30);
    expect(Date.now() - start).toBeGreaterThanOrEqual(25);
  });
});

describe('retryWithBackoff', () => {
  const noWait = async () => {};

  test('retries what delayFor accepts, waiting its delays, and reports how many retries it took', async () => {
    const waits: number[] = [];
    let calls = 0;
    const result = await retryWithBackoff(
      async () => {
        if (++calls < 3) throw new Error(`outage ${calls}`);
        return 'ok';
      },
      { maxRetries: 5, delayFor: (_e, n) => n * 100, sleep: async (ms) => void waits.push(ms) }
    );
    expect(result).toEqual({ value: 'ok', retries: 2 });
    expect(waits).toEqual([100, 200]);
  });

  test('a final failure is thrown at once, and retries stop at maxRetries', async () => {
    let calls = 0;
    const final = new Error('bad request');
    await expect(retryWithBackoff(() => (calls++, Promise.reject(final)), { maxRetries: 5, delayFor: () => null, sleep: noWait })).rejects.toBe(final);
    expect(calls).toBe(1);
    calls = 0;
    await expect(retryWithBackoff(() => (calls++, Promise.reject(new Error('down'))), { maxRetries: 2, delayFor: () => 1, sleep: noWait })).rejects.toThrow('down');
    expect(calls).toBe(3);
  });

  test('a failure after the signal fired is not retried', async () => {
    const controller = new AbortController();
    let calls = 0;
    const fn = () => {
      calls++;
      controller.abort();
      return Promise.reject(new Error('cut off'));
    };
    await expect(retryWithBackoff(fn, { maxRetries: 3, delayFor: () => 1, signal: controller.signal, sleep: noWait })).rejects.toThrow('cut off');
    expect(calls).toBe(1);
  });
});
