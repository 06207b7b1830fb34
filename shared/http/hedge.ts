// Hedged requests ("The Tail at Scale", Dean and Barroso): when a request that is safe to send twice has
// no answer long after this server usually answers, a second copy goes out and the first answer wins.
// The answer is what the caller reads: the headers, and a small body (a manifest, a token) whole. A
// request a flaky network or load balancer swallowed, or a small body that stopped, then costs a short
// wait, not the headers or stall timeout. Only calls a retry would resend anyway are hedged (no stream
// bodies), at most one extra copy each, and a budget keeps the copies to a small share of requests, so a
// slow server is not doubled.
import type { RequestLimits } from './request-limits.js';

/** Recent answer times of one kind of request. */
class Pace {
  private readonly recent: number[] = [];
  private next = 0;

  observe(ms: number): void {
    if (this.recent.length < WINDOW) this.recent.push(ms);
    else this.recent[this.next] = ms;
    this.next = (this.next + 1) % WINDOW;
  }

  /** The 90th percentile answer; undefined until a few answers were seen. */
  usual(): number | undefined {
    if (this.recent.length < 4) return undefined;
    const sorted = [...this.recent].sort((a, b) => a - b);
    return sorted[Math.floor(sorted.length * 0.9)];
  }
}

/**
 * Recent answer times of one server, per kind of request (a blob's headers come later than a manifest's
 * while the server streams others), and the server's one budget of extra copies.
 */
export class HedgeTimer {
  private readonly paces = new Map<string, Pace>();
  /** Extra copies that may go out now; refills by BUDGET_SHARE per request sent. */
  private tokens = 3;

  constructor(
    /** Never hedge sooner than this (nor when the server's usual answer is slower than `maxMs`). */
    private readonly minMs: number,
    private readonly maxMs: number,
  ) {}

  /** Records how long a request of this kind waited for its answer. */
  observe(ms: number, kind = ''): void {
    let pace = this.paces.get(kind);
    if (!pace) this.paces.set(kind, (pace = new Pace()));
    pace.observe(ms);
  }

  /** How long to wait before the extra copy: several times the usual wait, within the bounds; undefined: no hedge. */
  delayMs(kind = ''): number | undefined {
    this.tokens = Math.min(MAX_TOKENS, this.tokens + BUDGET_SHARE);
    if (this.tokens < 1) return undefined;
    // Until a few answers of this kind were seen, its pace is unknown: wait long before a copy.
    const usual = this.paces.get(kind)?.usual() ?? Math.min(this.maxMs / 4, UNKNOWN_PACE_MS);
    const delay = Math.max(this.minMs, 3 * usual);
    return delay < this.maxMs ? delay : undefined;
  }

  /** Takes one extra copy from the budget. */
  spend(): void {
    this.tokens -= 1;
  }
}

/** A timer for one server under the current limits; undefined when hedging is off (PREL_HEDGE_AFTER=off). */
export function hedgeTimer(limits: RequestLimits): HedgeTimer | undefined {
  return limits.hedgeMinMs === undefined ? undefined : new HedgeTimer(limits.hedgeMinMs, limits.headersMs);
}

/**
 * Runs one exchange (a request and as much of its answer as `send` reads), hedged by `timer` (none: run
 * once). `run` aborts every copy (a stopped run); a losing copy's late answer goes to `discard`.
 */
export function sendHedged<R>(
  timer: HedgeTimer | undefined,
  run: AbortSignal | undefined,
  send: (signal?: AbortSignal) => Promise<R>,
  hooks: { onHedge?: () => void; discard?: (late: R) => void; kind?: string } = {},
): Promise<R> {
  if (!timer) return send(run);
  const timed = async (signal: AbortSignal): Promise<R> => {
    const started = performance.now();
    const res = await send(run ? AbortSignal.any([signal, run]) : signal);
    timer.observe(performance.now() - started, hooks.kind);
    return res;
  };
  return hedged(
    timed,
    timer.delayMs(hooks.kind),
    () => {
      timer.spend();
      hooks.onHedge?.();
    },
    (late) => hooks.discard?.(late),
  );
}

const WINDOW = 64;
const BUDGET_SHARE = 0.1;
const MAX_TOKENS = 10;
/** The usual wait assumed before four answers were seen (a copy after three times this). */
const UNKNOWN_PACE_MS = 400;

/**
 * Runs `send` and, when it has not settled after `delayMs`, a second `send`; resolves with the first to
 * succeed and aborts the other (its answer, if it comes, goes to `discard`). Fails only when every copy
 * sent has failed, with the first copy's error.
 */
export function hedged<T>(
  send: (signal: AbortSignal) => Promise<T>,
  delayMs: number | undefined,
  onHedge: () => void,
  discard: (late: T) => void,
): Promise<T> {
  const controllers: AbortController[] = [];
  return new Promise<T>((resolve, reject) => {
    let settled = false;
    let failures = 0;
    let firstError: unknown;
    let timer: NodeJS.Timeout | undefined;
    const launch = (): void => {
      const controller = new AbortController();
      controllers.push(controller);
      send(controller.signal).then(
        (value) => {
          if (settled) {
            discard(value);
            return;
          }
          settled = true;
          clearTimeout(timer);
          for (const other of controllers) if (other !== controller) other.abort();
          resolve(value);
        },
        (err: unknown) => {
          failures += 1;
          if (failures === 1) firstError = err;
          if (settled) return;
          // Before the copy went out, a failure is the caller's to retry; after, the other copy may still answer.
          if (controllers.length === 1 || failures === controllers.length) {
            settled = true;
            clearTimeout(timer);
            reject(firstError);
          }
        },
      );
    };
    launch();
    if (delayMs === undefined) return;
    timer = setTimeout(() => {
      if (settled) return;
      onHedge();
      launch();
    }, delayMs);
    // A pending hedge timer must not keep a finished process alive.
    timer.unref();
  });
}
