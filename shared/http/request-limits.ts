// The time and connection bounds of every registry request, in one place so they can be documented and
// tuned: a slow network wants longer ones, a test wants short ones. Environment variables (seconds):
//   PREL_CONNECT_TIMEOUT   connecting (TCP and TLS)                       default 30
//   PREL_HEADERS_TIMEOUT   waiting for the answer's headers once sent     default 120
//   PREL_STALL_TIMEOUT     no byte of a body moving, either direction     default 60
//   PREL_MAX_CONNECTIONS   connections per registry (not seconds)         default 32
//   PREL_HEDGE_AFTER       earliest second copy of a slow read (hedge.ts)  default 0.05; off: never

export interface RequestLimits {
  connectMs: number;
  headersMs: number;
  /** A body (download or upload) that moves no byte this long is cut and retried. */
  stallMs: number;
  connections: number;
  /** The earliest a slow read gets a second copy; undefined: never (PREL_HEDGE_AFTER=off). */
  hedgeMinMs?: number;
}

function positive(name: string, fallback: number): number {
  const raw = process.env[name];
  const value = raw === undefined || raw.trim() === '' ? NaN : Number(raw);
  return Number.isFinite(value) && value > 0 ? value : fallback;
}

export function requestLimits(): RequestLimits {
  return {
    connectMs: positive('PREL_CONNECT_TIMEOUT', 30) * 1000,
    headersMs: positive('PREL_HEADERS_TIMEOUT', 120) * 1000,
    stallMs: positive('PREL_STALL_TIMEOUT', 60) * 1000,
    connections: Math.floor(positive('PREL_MAX_CONNECTIONS', 32)),
    hedgeMinMs: process.env.PREL_HEDGE_AFTER?.trim().toLowerCase() === 'off' ? undefined : positive('PREL_HEDGE_AFTER', 0.05) * 1000,
  };
}

/** A key that changes when any limit does, so a pool built for other limits is not reused. */
export function limitsKey(limits: RequestLimits): string {
  return `${limits.connectMs}/${limits.headersMs}/${limits.stallMs}/${limits.connections}`;
}
