// The retry policy for every network operation: which failures are worth retrying, and how long to wait.
import { setTimeout as sleep } from 'node:timers/promises';
import { StalledBodyError, TruncatedBodyError } from '../image/digest.js';
import { isRunStopped } from './run-control.js';

export interface RetryPolicy {
  /** Total tries including the first. */
  attempts: number;
  /** No new try starts after this much time since the first. */
  maxElapsedMs: number;
  baseDelayMs: number;
  maxDelayMs: number;
}

/** Defaults; PREL_RETRY_BASE_MS / PREL_RETRY_MAX_ELAPSED_MS tune them (tests use short delays). */
export function defaultRetryPolicy(attempts = 5): RetryPolicy {
  const env = (name: string, fallback: number): number => {
    const value = Number(process.env[name]);
    return Number.isFinite(value) && value >= 0 && process.env[name] !== '' ? value : fallback;
  };
  return {
    attempts,
    baseDelayMs: env('PREL_RETRY_BASE_MS', 500),
    maxDelayMs: env('PREL_RETRY_MAX_DELAY_MS', 30_000),
    maxElapsedMs: env('PREL_RETRY_MAX_ELAPSED_MS', 300_000),
  };
}

/** A failure the server asked us to retry (429, 5xx), with its Retry-After delay when given. */
export class RetryableStatusError extends Error {
  /** When the answer came: Retry-After counts from then, not from when the retry loop hears of it. */
  readonly receivedAt = Date.now();

  constructor(
    message: string,
    readonly status: number,
    readonly retryAfterMs?: number,
  ) {
    super(message);
    this.name = 'RetryableStatusError';
  }
}

const RETRYABLE_STATUS = new Set([408, 429, 500, 502, 503, 504]);

export function isRetryableStatus(status: number): boolean {
  return RETRYABLE_STATUS.has(status);
}

const NETWORK_CODES = new Set([
  'ECONNRESET',
  'ECONNREFUSED',
  'ECONNABORTED',
  'EPIPE',
  'ETIMEDOUT',
  'EAI_AGAIN',
  'ENETUNREACH',
  'EHOSTUNREACH',
  'UND_ERR_SOCKET',
  'UND_ERR_CLOSED',
  'UND_ERR_CONNECT_TIMEOUT',
  'UND_ERR_HEADERS_TIMEOUT',
  'UND_ERR_BODY_TIMEOUT',
  'UND_ERR_RES_CONTENT_LENGTH_MISMATCH',
  'UND_ERR_REQ_CONTENT_LENGTH_MISMATCH',
  'ERR_STREAM_PREMATURE_CLOSE',
]);

/** Connection resets, timeouts and bodies cut short: the transport failed, not the request. */
export function isNetworkError(err: unknown): boolean {
  for (let e: unknown = err; e instanceof Error; e = (e as { cause?: unknown }).cause) {
    const code = (e as { code?: string }).code;
    if (code && NETWORK_CODES.has(code)) return true;
    if (e instanceof TruncatedBodyError || e instanceof StalledBodyError) return true;
    if (e.message === 'other side closed' || e.message === 'terminated') return true;
  }
  return false;
}

/** A failure that asks to be tried again from the start (an upload session the registry lost). */
function asksRestart(err: unknown): boolean {
  return err instanceof Error && (err as { restart?: unknown }).restart === true;
}

export function isRetryable(err: unknown): boolean {
  if (isRunStopped(err)) return false;
  return err instanceof RetryableStatusError || isNetworkError(err) || asksRestart(err);
}

/** Parses Retry-After: delay-seconds or an HTTP date. */
export function parseRetryAfter(value: string | undefined, now = Date.now()): number | undefined {
  if (!value) return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1000;
  const date = Date.parse(value);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, date - now);
}

const TIMEOUT_CODES = new Set(['UND_ERR_CONNECT_TIMEOUT', 'UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT']);

/** A request that was given up after waiting out one of its time bounds (connect, headers, a stalled body). */
export function isTimeout(err: unknown): boolean {
  for (let e: unknown = err; e instanceof Error; e = (e as { cause?: unknown }).cause) {
    if (e instanceof StalledBodyError || TIMEOUT_CODES.has((e as { code?: string }).code ?? '')) return true;
  }
  return false;
}

/**
 * Exponential backoff with full jitter, or the server's Retry-After (from when it answered) when it gave
 * one. After a timeout the retry goes at once: the bound already waited longer than a backoff would.
 */
export function retryDelay(policy: RetryPolicy, attempt: number, err: unknown): number {
  if (err instanceof RetryableStatusError && err.retryAfterMs !== undefined) return Math.max(0, err.retryAfterMs - (Date.now() - err.receivedAt));
  if (isTimeout(err)) return 0;
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
  return ceiling / 2 + Math.random() * (ceiling / 2);
}

/**
 * Runs `operation` until it succeeds, fails with something not worth retrying, or the policy's count
 * or time runs out; then the last error is thrown. `onRetry` hears about each retry (for logs). Once
 * `signal` aborts, no new try starts and a wait in progress ends with the abort's reason.
 */
export async function withRetries<T>(
  policy: RetryPolicy,
  operation: (attempt: number) => Promise<T>,
  onRetry?: (err: unknown, attempt: number, delayMs: number) => void,
  signal?: AbortSignal,
): Promise<T> {
  const started = Date.now();
  for (let attempt = 1; ; attempt++) {
    if (signal?.aborted) throw signal.reason;
    try {
      return await operation(attempt);
    } catch (err) {
      if (signal?.aborted) throw signal.reason;
      if (!isRetryable(err) || attempt >= policy.attempts) throw err;
      const delay = retryDelay(policy, attempt, err);
      if (Date.now() - started + delay > policy.maxElapsedMs) throw err;
      onRetry?.(err, attempt, delay);
      try {
        await sleep(delay, undefined, signal ? { signal } : undefined);
      } catch {
        throw signal?.reason ?? err;
      }
    }
  }
}
