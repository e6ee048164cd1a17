import { APICallError } from 'ai';
import { ProviderError } from '../../core/errors.js';
import { backoffMs, retryWithBackoff } from '../../core/retry.js';

/** Statuses worth another try: timeout, conflict, rate limit, and any server error (incl. Anthropic's 529). */
const RETRY_STATUS = new Set([408, 409, 429]);

export interface RetryOptions {
  signal: AbortSignal;
  maxRetries: number;
  /** First backoff delay; doubles per attempt up to `maxDelayMs`, with ±25% jitter. */
  baseDelayMs?: number;
  maxDelayMs?: number;
  /** Called before each wait (for the log and the trajectory). */
  onRetry?: (info: { attempt: number; delayMs: number; status: number | undefined; message: string }) => void;
  /** Injected for tests. */
  random?: () => number;
}

export interface ProviderFailure {
  retryable: boolean;
  status: number | undefined;
  /** From retry-after-ms / retry-after (seconds or an HTTP date). */
  retryAfterMs: number | undefined;
  message: string;
}

/** Classifies what a provider call threw. Auth (401/403) and context-length (400) errors are final. */
export function classifyProviderError(err: unknown): ProviderFailure {
  if (APICallError.isInstance(err)) {
    const status = err.statusCode;
    const retryable = status === undefined ? err.isRetryable : RETRY_STATUS.has(status) || status >= 500;
    return { retryable, status, retryAfterMs: retryAfter(err.responseHeaders), message: `${status ?? 'network'}: ${err.message}` };
  }
  return { retryable: false, status: undefined, retryAfterMs: undefined, message: (err as Error)?.message ?? String(err) };
}

/**
 * Calls `fn` until it succeeds, retrying provider failures that are worth it with exponential backoff and
 * jitter, honouring Retry-After. The AI SDK's own retries are off (maxRetries: 0) because they cap
 * Retry-After at 60s and cannot be bounded by our wall clock; here the abort signal bounds every wait.
 * @throws the abort reason when `signal` fires; ProviderError when the failure is final or retries run out.
 */
export async function withRetries<T>(fn: () => Promise<T>, opts: RetryOptions): Promise<{ value: T; retries: number }> {
  const random = opts.random ?? Math.random;
  const backoff = { baseMs: opts.baseDelayMs ?? 1000, maxMs: opts.maxDelayMs ?? 60_000, jitter: 0.25, random };
  let tries = 1;
  try {
    return await retryWithBackoff(fn, {
      maxRetries: opts.maxRetries,
      signal: opts.signal,
      delayFor: (err, n) => {
        const f = classifyProviderError(err);
        if (!f.retryable) return null;
        return f.retryAfterMs !== undefined ? f.retryAfterMs + random() * Math.min(1000, f.retryAfterMs * 0.1) : backoffMs(backoff, n);
      },
      onRetry: ({ retry, delayMs, error }) => {
        tries = retry + 1;
        const f = classifyProviderError(error);
        opts.onRetry?.({ attempt: retry, delayMs, status: f.status, message: f.message });
      }
    });
  } catch (err) {
    if (opts.signal.aborted) throw opts.signal.reason ?? err;
    const f = classifyProviderError(err);
    if (!f.retryable) throw new ProviderError(`provider error (not retried): ${f.message}`, false, err);
    throw new ProviderError(`provider error after ${tries} attempts: ${f.message}`, true, err);
  }
}

function retryAfter(headers: Record<string, string> | undefined): number | undefined {
  if (!headers) return undefined;
  const ms = Number.parseFloat(headers['retry-after-ms'] ?? '');
  if (Number.isFinite(ms) && ms >= 0) return ms;
  const raw = headers['retry-after'];
  if (raw === undefined) return undefined;
  const sec = Number.parseFloat(raw);
  if (Number.isFinite(sec) && sec >= 0) return sec * 1000;
  const date = Date.parse(raw);
  return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}
