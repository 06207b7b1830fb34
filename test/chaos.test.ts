// Seeded random faults on every kind of request, on both sides (source registry, its token server,
// the target): 500, 429 with Retry-After, resets, bodies cut mid-way, uploads cut mid-way, stalls.
// A few seeds here; bench/chaos runs many and records the table in bench/RESULTS.md.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { chaosBuildPush, chaosPack, chaosSync, startChaosWorld, type ChaosResult, type ChaosWorld } from './helpers/chaos.js';

let world: ChaosWorld;
beforeAll(async () => {
  world = await startChaosWorld(mkdtempSync(join(tmpdir(), 'prel-chaos-')), 12);
}, 120_000);
afterAll(async () => {
  await world?.stop();
});

/** What a failed seed says, so the test output explains itself. */
function explain(result: ChaosResult): string {
  return `seed ${result.seed}: exit ${result.exitCode}, ${result.exact}/${result.total} exact, ${result.faults} faults, ${result.retries} retries, ${result.ms} ms; ${result.lastError}\n${result.run.stderr.slice(-2000)}`;
}

describe('sync-images under chaos', () => {
  let faultFreeMs = 0;
  beforeAll(async () => {
    const clean = await chaosSync(world, 0, 0);
    expect(clean.exitCode, explain(clean)).toBe(0);
    faultFreeMs = clean.ms;
  }, 120_000);

  for (const seed of [11, 12, 13]) {
    test(`seed ${seed} at 8%: every image arrives digest-exact, within 3× the fault-free time`, async () => {
      const result = await chaosSync(world, seed, 0.08);
      expect(result.faults, explain(result)).toBeGreaterThan(5);
      expect(result.exitCode, explain(result)).toBe(0);
      expect(result.exact, explain(result)).toBe(result.total);
      expect(result.ms, explain(result)).toBeLessThan(Math.max(3 * faultFreeMs, faultFreeMs + 15_000));
    }, 200_000);
  }
});

describe('pack-registry under chaos', () => {
  test('two seeds at 8% write the archive byte for byte as a fault-free run does', async () => {
    const clean = await chaosPack(world, 0, 0);
    expect(clean.exitCode, explain(clean)).toBe(0);
    for (const seed of [21, 22]) {
      const result = await chaosPack(world, seed, 0.08);
      expect(result.faults, explain(result)).toBeGreaterThan(3);
      expect(result.exitCode, explain(result)).toBe(0);
      expect(result.sha256, explain(result)).toBe(clean.sha256);
    }
  }, 300_000);
});

describe("build-release-image's push under chaos", () => {
  test('two seeds at 8% push the same digest a fault-free build does', async () => {
    const clean = await chaosBuildPush(world, 0, 0);
    expect(clean.exitCode, explain(clean)).toBe(0);
    for (const seed of [31, 32]) {
      const result = await chaosBuildPush(world, seed, 0.08);
      expect(result.exitCode, explain(result)).toBe(0);
      expect(result.digest, explain(result)).toBe(clean.digest);
      expect(result.exact, explain(result)).toBe(1);
    }
  }, 300_000);
});
