import { APICallError } from 'ai';
import { classifyProviderError, withRetries } from '../../src/agent/model/retry.js';
import { ProviderError } from '../../src/core/errors.js';

function apiError(statusCode: number | undefined, headers: Record<string, string> = {}, isRetryable?: boolean): APICallError {
  return new APICallError({ message: `status ${statusCode}`, url: 'http://x', requestBodyValues: {}, statusCode, responseHeaders: headers, ...(isRetryable === undefined ? {} : { isRetryable }) });
}

describe('classifyProviderError', () => {
  test('retries 408, 409, 429 and 5xx (529 too), not 400/401/403/404', () => {
    for (const s of [408, 409, 429, 500, 502, 503, 529]) expect(classifyProviderError(apiError(s)).retryable).toBe(true);
    for (const s of [400, 401, 403, 404, 422]) expect(classifyProviderError(apiError(s)).retryable).toBe(false);
  });

  test('reads retry-after-ms, retry-after seconds and retry-after dates', () => {
    expect(classifyProviderError(apiError(429, { 'retry-after-ms': '1500' })).retryAfterMs).toBe(1500);
    expect(classifyProviderError(apiError(429, { 'retry-after': '2' })).retryAfterMs).toBe(2000);
    const inFive = new Date(Date.now() + 5000).toUTCString();
    const ms = classifyProviderError(apiError(503, { 'retry-after': inFive })).retryAfterMs!;
    expect(ms).toBeGreaterThan(3000);
    expect(ms).toBeLessThanOrEqual(5000);
  });

  test('a network failure (no status) follows the SDK\'s retryable flag; other errors are final', () => {
    expect(classifyProviderError(apiError(undefined, {}, true)).retryable).toBe(true);
    expect(classifyProviderError(new TypeError('bad')).retryable).toBe(false);
  });
});

describe('withRetries', () => {
  const signal = new AbortController().signal;

  test('backs off exponentially with jitter and reports each retry', async () => {
    const delays: number[] = [];
    let calls = 0;
    const { value, retries } = await withRetries(
      async () => {
        if (++calls < 4) throw apiError(500);
        return 'ok';
      },
      { signal, maxRetries: 5, baseDelayMs: 10, random: () => 1, onRetry: (r) => delays.push(r.delayMs) }
    );
    expect([value, retries]).toEqual(['ok', 3]);
    expect(delays).toEqual([12.5, 25, 50]);
  });

  test('throws a ProviderError once retries run out, and at once for a final error', async () => {
    const failing = withRetries(() => Promise.reject(apiError(503)), { signal, maxRetries: 1, baseDelayMs: 1 });
    await expect(failing).rejects.toBeInstanceOf(ProviderError);
    await expect(failing).rejects.toMatchObject({ message: 'provider error after 2 attempts: 503: status 503', retryable: true });
    let calls = 0;
    await expect(withRetries(() => (calls++, Promise.reject(apiError(401))), { signal, maxRetries: 5 })).rejects.toMatchObject({ errorClass: 'provider', retryable: false });
    expect(calls).toBe(1);
  });

  test('an abort during the wait ends it with the abort reason', async () => {
    const controller = new AbortController();
    setTimeout(() => controller.abort(new Error('wall clock')), 50);
    const started = Date.now();
    await expect(withRetries(() => Promise.reject(apiError(429, { 'retry-after': '30' })), { signal: controller.signal, maxRetries: 3 })).rejects.toThrow('wall clock');
    expect(Date.now() - started).toBeLessThan(2000);
  });
});
