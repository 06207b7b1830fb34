// A full garbage collection whenever the heap has grown by a few MiB since the last one, and a scavenge
// whenever the memory Buffers hold has (sync-images: scripts/bundle-entry.ts). The young generation is kept small
// (v8-tuning.ts), so a stream's short-lived objects often outlive two scavenges and move to the old
// generation, where V8 leaves them until its heap limit nears: a sync of the bench set grows from 9 MiB
// live to 16 MiB of heap, and the Buffers that garbage holds keep their memory as well. A collection of
// ~9 MiB live takes ~10 ms. The trim looks every 25 ms, and after every MiB a transfer moves
// (noteBytesMoved): a fast copy allocates a socket Buffer per read, so a tick can come 20 MiB of them
// late. The sizes come from V8's heap statistics, not process.memoryUsage(): that one also reads the
// resident size from /proc, ~0.5 ms a call on a busy machine (40–60 ms of a cold sync).
// The measured effect (peak RSS, time) is in bench/RESULTS.md.
import { getHeapStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

export interface HeapTrimOptions {
  /** Heap growth (bytes) since the last collection that calls for the next. */
  heapGrowth?: number;
  /** Growth of the memory Buffers hold (bytes) that calls for a scavenge. */
  bufferGrowth?: number;
  everyMs?: number;
  /** Bytes moved (noteBytesMoved) that call for a look between ticks. */
  everyBytes?: number;
}

export interface HeapTrim {
  /** Collections made so far. */
  readonly collections: number;
  stop(): void;
}

let running: HeapTrim | undefined;
/** The running trim's byte count, for the transfers to feed between ticks. */
let countBytes: ((n: number) => void) | undefined;

/** A transfer moved `n` bytes: past its allowance, the running trim looks now (a no-op when none runs). */
export function noteBytesMoved(n: number): void {
  countBytes?.(n);
}

/** The heap in use, and the memory outside it that V8 is told of (Buffers, mostly). */
function sizes(): { heap: number; outside: number } {
  const stats = getHeapStatistics();
  return { heap: stats.used_heap_size, outside: stats.external_memory ?? 0 };
}

/** The process's trim with the default allowances, started on the first call. */
export function trimHeapWhileRunning(): HeapTrim {
  running ??= startHeapTrim();
  return running;
}

/** Starts a trim (unref'd: it never keeps a process alive). A V8 without the call makes it a no-op. */
export function startHeapTrim(options: HeapTrimOptions = {}): HeapTrim {
  const { heapGrowth = 2 << 20, bufferGrowth = 2 << 20, everyMs = 25, everyBytes = 1 << 20 } = options;
  // The flag puts `gc` on contexts made after it (the process's own stays as it was); the context that
  // hands it out is made at the first need, not on the way to a run's first request.
  setFlagsFromString('--expose-gc');
  let gc: ((options?: { type: 'minor' }) => void) | undefined | null;
  let { heap: heapFloor, outside: bufferFloor } = sizes();
  let collections = 0;
  const look = (): void => {
    const { heap, outside } = sizes();
    // Old garbage needs a full collection. A stream's spent chunks mostly die young, but each holds its
    // bytes outside the heap, where V8 does not count them as pressure: a scavenge frees them (~1 ms).
    const major = heap >= heapFloor + heapGrowth;
    if (!major && outside < bufferFloor + bufferGrowth) return;
    gc ??= (runInNewContext('typeof gc === "function" ? gc : null') as typeof gc) ?? null;
    if (!gc) return stop();
    gc(major ? undefined : { type: 'minor' });
    collections++;
    const after = sizes();
    if (major) heapFloor = after.heap;
    bufferFloor = after.outside;
  };
  const timer = setInterval(look, everyMs);
  timer.unref();
  let moved = 0;
  const count = (n: number): void => {
    moved += n;
    if (moved < everyBytes) return;
    moved = 0;
    look();
  };
  countBytes = count;
  function stop(): void {
    clearInterval(timer);
    if (countBytes === count) countBytes = undefined;
  }
  return {
    get collections() {
      return collections;
    },
    stop,
  };
}
