// One run's stop switch and its list of work in flight. A cancelled job (SIGTERM, SIGINT) or the
// action's `timeout` stops new work and aborts requests through one AbortSignal; the list of what is
// in flight names the stuck work when a run ends without finishing it.
import { setMaxListeners } from 'node:events';

export type StopReason = 'SIGTERM' | 'SIGINT' | 'timeout';

/** The exit code a stopped run ends with: 128 + the signal's number, as shells report it; 1 for a timeout. */
export function stopExitCode(reason: StopReason): number {
  return reason === 'SIGTERM' ? 143 : reason === 'SIGINT' ? 130 : 1;
}

/** Thrown by work that did not start or was cut short because the run was stopped. */
export class RunStoppedError extends Error {
  constructor(
    readonly reason: StopReason,
    /** What the stop left undone, for the run's last line. */
    readonly detail?: string,
  ) {
    super(`${reason === 'timeout' ? 'stopped: the run reached its time limit' : `stopped: the job was cancelled (${reason})`}${detail ? `; ${detail}` : ''}`);
    this.name = 'RunStoppedError';
  }
}

export class RunControl {
  private readonly controller = new AbortController();
  constructor() {
    // Every request of the run listens on this one signal: hundreds of listeners are expected, not a leak.
    setMaxListeners(0, this.controller.signal);
  }
  private reason?: StopReason;
  private deadline?: NodeJS.Timeout;
  /** What is in flight now, by label (an image, a blob), counted: the same label may be in flight twice. */
  private readonly inFlight = new Map<string, number>();
  /** The limit in minutes and the input that set it, for the message when it is reached. */
  timeLimit?: { minutes: number; input: string };

  get signal(): AbortSignal {
    return this.controller.signal;
  }

  get stopped(): StopReason | undefined {
    return this.reason;
  }

  stop(reason: StopReason): void {
    if (this.reason) return;
    this.reason = reason;
    this.clearDeadline();
    this.controller.abort(new RunStoppedError(reason));
  }

  /** Throws RunStoppedError once the run is stopped: checked before each new piece of work starts. */
  throwIfStopped(): void {
    if (this.reason) throw new RunStoppedError(this.reason);
  }

  /** Stops the run after `minutes` (the action's `timeout` input). The timer does not keep the process alive. */
  setTimeLimit(minutes: number, input: string): void {
    this.clearDeadline();
    this.timeLimit = { minutes, input };
    this.deadline = setTimeout(() => this.stop('timeout'), minutes * 60_000);
    this.deadline.unref();
  }

  clearDeadline(): void {
    if (this.deadline) clearTimeout(this.deadline);
    this.deadline = undefined;
  }

  /** Runs `work` listed as in flight under `label` until it settles. */
  async track<T>(label: string, work: () => Promise<T>): Promise<T> {
    this.inFlight.set(label, (this.inFlight.get(label) ?? 0) + 1);
    try {
      return await work();
    } finally {
      const left = (this.inFlight.get(label) ?? 1) - 1;
      if (left > 0) this.inFlight.set(label, left);
      else this.inFlight.delete(label);
    }
  }

  /** What is in flight, oldest first, at most `max` labels and a count of the rest. */
  describeInFlight(max = 10): string {
    const labels = [...this.inFlight.keys()];
    if (labels.length === 0) return 'nothing was in flight';
    const shown = labels.slice(0, max).join('; ');
    return labels.length > max ? `${shown}; and ${labels.length - max} more` : shown;
  }

  /** The sentence a stopped run ends with. */
  stopMessage(): string {
    if (this.reason === 'timeout' && this.timeLimit) {
      const { minutes, input } = this.timeLimit;
      return `Stopped after ${minutes} minute(s), the limit set by input '${input}'`;
    }
    return `Cancelled (${this.reason ?? 'SIGTERM'})`;
  }
}

/** True when `err` is (or was caused by) the run being stopped. */
export function isRunStopped(err: unknown): boolean {
  for (let e: unknown = err; e instanceof Error; e = (e as { cause?: unknown }).cause) {
    if (e instanceof RunStoppedError) return true;
    if (e.name === 'AbortError') return true;
  }
  return false;
}
