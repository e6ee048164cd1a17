import { CancelledError } from '../core/errors.js';

/**
 * How infrastructure failures (OpsBenchError.retryable: environment start, daemon, provider outages past
 * the agent's own retries) are retried. A failing test, an agent timeout or a test timeout is a verdict
 * and never reaches this policy.
 */
export interface RetryPolicy {
  /** Retries after the first try (the brief's "up to 2 more times"). */
  maxRetries: number;
  /** Backoff before retry n (1-based) is baseMs * 2^(n-1), times a jitter factor in [0.5, 1.5). */
  baseMs: number;
  /** Injected so tests can run without waiting. */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  random?: () => number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = { maxRetries: 2, baseMs: 2000 };

/** Delay before retry `n` (1-based): exponential with jitter so parallel trials do not retry in lockstep. */
export function backoffMs(policy: RetryPolicy, n: number): number {
  const jitter = 0.5 + (policy.random ?? Math.random)();
  return Math.round(policy.baseMs * 2 ** (n - 1) * jitter);
}

/**
 * Sleeps `ms`, waking early with a CancelledError when `signal` fires.
 * @throws CancelledError when cancelled before or during the sleep.
 */
export function abortableSleep(ms: number, signal?: AbortSignal): Promise<void> {
  if (signal?.aborted) return Promise.reject(new CancelledError());
  return new Promise((resolve, reject) => {
    const onAbort = () => {
      clearTimeout(timer);
      reject(new CancelledError());
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
