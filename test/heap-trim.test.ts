// shared/http/heap-trim.ts: garbage that reached the old generation is collected once the heap has grown.
import { expect, test } from 'vitest';
import { startHeapTrim } from '../shared/http/heap-trim.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
/** About `mib` MiB of small objects, kept by the caller for as long as it holds the array. */
const objects = (mib: number) => Array.from({ length: mib * 10_000 }, (_, i) => ({ i, text: `item ${i}`.repeat(3) }));

test('garbage in the old generation is collected once the heap grows past the allowance, not before', async () => {
  const trim = startHeapTrim({ heapGrowth: 8 << 20, bufferGrowth: 1 << 30, everyMs: 20 });
  try {
    let first: object[] | undefined = objects(30);
    await sleep(200); // long enough to leave the young generation, and for the trim to settle on a floor
    first = undefined;
    const settled = trim.collections;
    await sleep(100);
    // The first set is garbage now, but the heap has not grown since: no collection yet.
    expect(trim.collections).toBe(settled);
    const peak = process.memoryUsage().heapUsed;
    const second = objects(12); // growth past the allowance
    for (let i = 0; i < 100 && trim.collections === settled; i++) await sleep(20);
    expect(trim.collections).toBeGreaterThan(settled);
    expect(first).toBeUndefined();
    expect(second.length).toBeGreaterThan(0);
    // The first set's ~30 MiB went with that collection.
    expect(process.memoryUsage().heapUsed).toBeLessThan(peak - (10 << 20));
  } finally {
    trim.stop();
  }
});
