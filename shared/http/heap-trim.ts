// A full garbage collection whenever the heap (or the memory its Buffers hold) has grown by a few MiB
// since the last one (sync-images: scripts/bundle-entry.ts). The young generation is kept small
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
  /** Growth of the memory Buffers hold (bytes) that calls for one. */
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
  const { heapGrowth = 2 << 20, bufferGrowth = 4 << 20, everyMs = 100 } = options;
  // The flag puts `gc` on contexts made after it (the process's own stays as it was); the context that
  // hands it out is made at the first need, not on the way to a run's first request.
  setFlagsFromString('--expose-gc');
  let gc: (() => void) | undefined | null;
  let floor = process.memoryUsage();
  let collections = 0;
  const timer = setInterval(() => {
    const now = process.memoryUsage();
    if (now.heapUsed < floor.heapUsed + heapGrowth && now.arrayBuffers < floor.arrayBuffers + bufferGrowth) return;
    gc ??= (runInNewContext('typeof gc === "function" ? gc : null') as (() => void) | null) ?? null;
    if (!gc) return clearInterval(timer);
    gc();
    collections++;
    floor = process.memoryUsage();
  }, everyMs);
  timer.unref();
  return {
    get collections() {
      return collections;
    },
    stop: () => clearInterval(timer),
  };
}
