// shared/http/heap-trim.ts: garbage that reached the old generation is collected once the heap has grown, and
// Buffers once they have, looked at on a timer and after the bytes a transfer moves.
import { expect, test } from 'vitest';
import { noteBytesMoved, startHeapTrim } from '../shared/http/heap-trim.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
/** About `mib` MiB of small objects, kept by the caller for as long as it holds the array. */
const objects = (mib: number) => Array.from({ length: mib * 10_000 }, (_, i) => ({ i, text: `item ${i}`.repeat(3) }));

test('garbage in the old generation is collected once the heap grows past the allowance, not before', async () => {
  const trim = startHeapTrim({ heapGrowth: 8 << 20, bufferGrowth: 1 << 30, everyMs: 20 });
  try {
    const held: { first?: object[] } = { first: objects(30) };
    await sleep(200); // long enough to leave the young generation, and for the trim to settle on a floor
    delete held.first;
    const settled = trim.collections;
    await sleep(100);
    // The first set is garbage now, but the heap has not grown since: no collection yet.
    expect(trim.collections).toBe(settled);
    const peak = process.memoryUsage().heapUsed;
    const second = objects(12); // growth past the allowance
    for (let i = 0; i < 100 && trim.collections === settled; i++) await sleep(20);
    expect(trim.collections).toBeGreaterThan(settled);
    // The first set's ~30 MiB went with that collection; the second is still held.
    expect(process.memoryUsage().heapUsed).toBeLessThan(peak - (10 << 20));
    second.length = 0;
  } finally {
    trim.stop();
  }
});

test('memory held by Buffers calls for a collection even when the heap does not grow', async () => {
  const trim = startHeapTrim({ heapGrowth: 1 << 30, bufferGrowth: 4 << 20, everyMs: 10 });
  try {
    await sleep(50);
    const before = trim.collections;
    const held = Array.from({ length: 8 }, () => Buffer.alloc(1 << 20));
    for (let i = 0; i < 100 && trim.collections === before; i++) await sleep(10);
    expect(trim.collections).toBeGreaterThan(before);
    held.length = 0;
  } finally {
    trim.stop();
  }
});

test('bytes a transfer moves make the trim look at once, between its ticks', async () => {
  // A tick a minute away: only the bytes can make it look.
  const trim = startHeapTrim({ heapGrowth: 1 << 30, bufferGrowth: 4 << 20, everyMs: 60_000, everyBytes: 1 << 20 });
  try {
    const held = Array.from({ length: 8 }, () => Buffer.alloc(1 << 20));
    noteBytesMoved(512 << 10);
    expect(trim.collections).toBe(0); // below the allowance: no look yet
    noteBytesMoved(512 << 10);
    expect(trim.collections).toBe(1);
    held.length = 0;
  } finally {
    trim.stop();
  }
  // A stopped trim is not looked for any more.
  const after = trim.collections;
  Array.from({ length: 8 }, () => Buffer.alloc(1 << 20));
  noteBytesMoved(4 << 20);
  expect(trim.collections).toBe(after);
});
