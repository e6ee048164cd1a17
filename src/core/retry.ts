import { CancelledError } from './errors.js';

// The one retry-with-backoff of the engine: the scheduler retries a task's preparation, the trial reruns
// itself after an infrastructure failure, the model agent retries provider calls, the Docker runtime
// repeats a docker call that failed transiently. Each says which
// failures are worth another try and how long to wait; the loop, the backoff and the sleep are these.

/** Exponential backoff with jitter, so parallel trials do not retry in lockstep. */
export interface Backoff {
  /** Retry n (1-based) waits baseMs * 2^(n-1)... */
  baseMs: number;
  /** ...capped here (default: no cap)... */
  maxMs?: number;
  /** ...times a factor in [1 - jitter, 1 + jitter). Default 0.5. */
  jitter?: number;
  /** Injected so tests can fix the jitter. */
  random?: () => number;
}

/** Delay before retry `n` (1-based). */
export function backoffMs(backoff: Backoff, n: number): number {
  const spread = backoff.jitter ?? 0.5;
  const raw = Math.min(backoff.maxMs ?? Infinity, backoff.baseMs * 2 ** (n - 1));
  return raw * (1 - spread + 2 * spread * (backoff.random ?? Math.random)());
}

/**
 * How infrastructure failures (OpsBenchError.retryable: environment start, daemon, provider outages past
 * the agent's own retries) are retried. A failing test, an agent timeout or a test timeout is a verdict
 * and never reaches this policy.
 */
export interface RetryPolicy extends Backoff {
  /** Retries after the first try (the brief's "up to 2 more times"). */
  maxRetries: number;
  /** Injected so tests can run without waiting. */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = { maxRetries: 2, baseMs: 2000 };

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

export interface RetryOptions {
  maxRetries: number;
  /** The wait before retry `n` (1-based) after `error`, or null when the failure is final. */
  delayFor: (error: unknown, n: number) => number | null;
  /** Ends the retrying: a failure after it fired, or a cancelled wait, is thrown at once. */
  signal?: AbortSignal;
  /** Default abortableSleep. */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  /** Told before each wait (for the log and the trajectory). */
  onRetry?: (info: { retry: number; delayMs: number; error: unknown }) => void;
}

/**
 * Calls `fn` until it succeeds, waiting `delayFor` between tries, at most `maxRetries` more times.
 * @throws the last failure (final, or retries ran out, or the signal fired); CancelledError when cancelled while waiting
 */
export async function retryWithBackoff<T>(fn: () => Promise<T>, opts: RetryOptions): Promise<{ value: T; retries: number }> {
  for (let retry = 1; ; retry++) {
    try {
      return { value: await fn(), retries: retry - 1 };
    } catch (error) {
      if (opts.signal?.aborted || retry > opts.maxRetries) throw error;
      const delayMs = opts.delayFor(error, retry);
      if (delayMs === null) throw error;
      opts.onRetry?.({ retry, delayMs, error });
      await (opts.sleep ?? abortableSleep)(delayMs, opts.signal);
    }
  }
}
