// One transfer of a blob at a time, shared by every image of the run that needs it. A caller that
// joined a transfer which then failed runs one of its own: the failure may have been the first
// caller's source, or bad luck, rather than the blob; a second failure is its own to report.

/** Failures handed to callers that joined another caller's transfer (they did not spend their own tries on it). */
const joined = new WeakSet<object>();

/** True when `err` reached this caller from a transfer another caller ran. */
export function isJoinedFailure(err: unknown): boolean {
  return typeof err === 'object' && err !== null && joined.has(err);
}

function handToJoiner(err: unknown): never {
  if (typeof err === 'object' && err !== null) joined.add(err);
  throw err;
}

export class SharedTransfers {
  private readonly running = new Map<string, Promise<number>>();

  /** Resolves to the bytes this caller moved: 0 when it joined (or found done) another caller's transfer. */
  run(key: string, transfer: () => Promise<number>): Promise<number> {
    const pending = this.running.get(key);
    if (pending) return pending.then(() => 0, () => this.start(key, transfer, false));
    return this.start(key, transfer, true);
  }

  private start(key: string, transfer: () => Promise<number>, first: boolean): Promise<number> {
    // Another joiner of the failed transfer may have started the next one already: share that.
    const restarted = this.running.get(key);
    if (!first && restarted) return restarted.then(() => 0, handToJoiner);
    const started = transfer();
    this.running.set(key, started);
    started.catch(() => {
      if (this.running.get(key) === started) this.running.delete(key);
    });
    return started;
  }
}
