// undici parses HTTP with llhttp compiled to WebAssembly. V8 first compiles it with its baseline
// compiler (Liftoff), then re-compiles the hot parser with its optimizing one in the background; that
// second compile of one large state machine leaves ~30 MB of the process's resident memory behind for
// the whole run, and costs CPU the transfer needs, for a parser that is a small share of the work.
// Measured on the bench set (bench/RESULTS.md): peak RSS down by about that much, time unchanged.
import { setFlagsFromString } from 'node:v8';

let done = false;

/** Keeps WebAssembly on the baseline compiler; call before the first connection compiles the parser. */
export function keepWasmOnBaselineCompiler(): void {
  if (done) return;
  done = true;
  // A V8 that no longer knows the flag prints one line and runs as before: never fatal.
  setFlagsFromString('--liftoff-only');
}
