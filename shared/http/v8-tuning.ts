// V8 settings for a process that moves bytes for a while, set once before the first connection.
// - WebAssembly stays on the baseline compiler (Liftoff). undici parses HTTP with llhttp compiled to
//   WebAssembly; V8 re-compiles the hot parser with its optimizing compiler in the background, which
//   leaves ~30 MB of resident memory behind for the whole run and costs CPU the transfer needs.
// - The young generation does not grow. Streaming allocates many short-lived objects per chunk; V8
//   answers that by growing its semi-spaces to 16 MB each, ~30 MB of resident memory that holds
//   nothing live. At its starting size a scavenge is more frequent and as cheap (little survives).
// - Dead ArrayBuffers are freed during the collection that finds them, not later by a background
//   sweeper. Every socket read is a Buffer outside the heap; swept concurrently, tens of MiB of them
//   wait to be freed while new ones are allocated elsewhere (one 1 GiB layer: 84 → 68 MiB peak; with
//   sync-images' early scavenges, heap-trim.ts, 62 MiB and less CPU than before either).
// The effect of each on the bench set (peak RSS, time) is in bench/RESULTS.md. A V8 that no longer knows
// a flag prints one line and runs as before: never fatal.
import { setFlagsFromString } from 'node:v8';

let done = false;

export function tuneV8ForTransfers(): void {
  if (done) return;
  done = true;
  setFlagsFromString('--liftoff-only');
  setFlagsFromString('--semi-space-growth-factor=1');
  setFlagsFromString('--no-concurrent-array-buffer-sweeping');
}
