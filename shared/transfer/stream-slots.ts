// How many blob streams flow at once. A stream waiting for a slot starts in the order of its key: a sink
// that writes blobs in an order of its own (an archive, sorted by digest) gets them about in that order,
// so it can write while they arrive. Equal keys (a sink with no order) are served first come, first served.

interface Waiting {
  key: string;
  seq: number;
  start: () => void;
}

export class StreamSlots {
  private free: number;
  private seq = 0;
  /** Sorted by key, then by arrival. */
  private readonly waiting: Waiting[] = [];

  constructor(size: number) {
    this.free = Math.max(1, size);
  }

  /** Resolves when a slot is this stream's, with the function that gives it back (once, however often called). */
  acquire(key = ''): Promise<() => void> {
    return new Promise((resolve) => {
      const entry: Waiting = { key, seq: this.seq++, start: () => resolve(this.releaser()) };
      this.waiting.splice(this.insertionPoint(entry), 0, entry);
      this.startWaiting();
    });
  }

  private insertionPoint(entry: Waiting): number {
    let low = 0;
    let high = this.waiting.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      const other = this.waiting[mid];
      if (other.key < entry.key || (other.key === entry.key && other.seq < entry.seq)) low = mid + 1;
      else high = mid;
    }
    return low;
  }

  private releaser(): () => void {
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.free++;
      this.startWaiting();
    };
  }

  private startWaiting(): void {
    while (this.free > 0 && this.waiting.length > 0) {
      this.free--;
      this.waiting.shift()!.start();
    }
  }
}
