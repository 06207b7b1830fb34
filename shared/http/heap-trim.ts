// A full garbage collection whenever the heap has grown by a few MiB since the last one, and a scavenge
// whenever the memory Buffers hold has (sync-images: scripts/bundle-entry.ts). The young generation is kept small
// (v8-tuning.ts), so a stream's short-lived objects often outlive two scavenges and move to the old
// generation, where V8 leaves them until its heap limit nears: a sync of the bench set grows from 9 MiB
// live to 16 MiB of heap, and the Buffers that garbage holds keep their memory as well. A collection of
// ~9 MiB live takes ~10 ms.
// The measured effect (peak RSS, time) is in bench/RESULTS.md.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

export interface HeapTrimOptions {
  /** Heap growth (bytes) since the last collection that calls for the next. */
  heapGrowth?: number;
  /** Growth of the memory Buffers hold (bytes) that calls for a scavenge. */
  bufferGrowth?: number;
  everyMs?: number;
}

export interface HeapTrim {
  /** Collections made so far. */
  readonly collections: number;
  stop(): void;
}

let running: HeapTrim | undefined;

/** The process's trim with the default allowances, started on the first call. */
export function trimHeapWhileRunning(): HeapTrim {
  running ??= startHeapTrim();
  return running;
}

/** Starts a trim (unref'd: it never keeps a process alive). A V8 without the call makes it a no-op. */
export function startHeapTrim(options: HeapTrimOptions = {}): HeapTrim {
  const { heapGrowth = 2 << 20, bufferGrowth = 4 << 20, everyMs = 25 } = options;
  // The flag puts `gc` on contexts made after it (the process's own stays as it was); the context that
  // hands it out is made at the first need, not on the way to a run's first request.
  setFlagsFromString('--expose-gc');
  let gc: ((options?: { type: 'minor' }) => void) | undefined | null;
  let { heapUsed: heapFloor, arrayBuffers: bufferFloor } = process.memoryUsage();
  let collections = 0;
  const timer = setInterval(() => {
    const { heapUsed, arrayBuffers } = process.memoryUsage();
    // Old garbage needs a full collection. A stream's spent chunks mostly die young, but each holds its
    // bytes outside the heap, where V8 does not count them as pressure: a scavenge frees them (~1 ms).
    const major = heapUsed >= heapFloor + heapGrowth;
    if (!major && arrayBuffers < bufferFloor + bufferGrowth) return;
    gc ??= (runInNewContext('typeof gc === "function" ? gc : null') as typeof gc) ?? null;
    if (!gc) return clearInterval(timer);
    gc(major ? undefined : { type: 'minor' });
    collections++;
    const after = process.memoryUsage();
    if (major) heapFloor = after.heapUsed;
    bufferFloor = after.arrayBuffers;
  }, everyMs);
  timer.unref();
  return {
    get collections() {
      return collections;
    },
    stop: () => clearInterval(timer),
  };
}
