// pack-registry streams: a blob larger than 1 GB goes from the registry into the archive without
// the process's memory growing with it.
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { run } from '../actions/pack-registry/src/main.js';
import { sha256Digest } from '../shared/image/digest.js';
import { DOCKER_CONFIG, DOCKER_LAYER_GZIP, DOCKER_MANIFEST } from '../shared/image/media-types.js';
import { startRegistry, type TestRegistry } from './helpers/registry.js';
import { runWithInputs } from './helpers/run-action.js';
import { pseudoRandomBytes, testClient } from './helpers/seed-images.js';

const CHUNK = pseudoRandomBytes('big-blob', 1 << 20);
const CHUNKS = 1100; // 1.1 GiB: generated on the fly, never held in memory

function bigBlob(): Readable {
  let i = 0;
  return new Readable({
    read() {
      // A counter in each chunk keeps the chunks distinct, as real data would be.
      if (i === CHUNKS) return void this.push(null);
      const chunk = Buffer.from(CHUNK);
      chunk.writeUInt32BE(i++, 0);
      this.push(chunk);
    },
  });
}

let source: TestRegistry;
let work: string;
beforeAll(async () => {
  source = await startRegistry();
  work = mkdtempSync(join(tmpdir(), 'prel-pack-big-'));
});
afterAll(async () => {
  await source?.stop();
  rmSync(work, { recursive: true, force: true });
});

test('a 1.1 GiB layer is packed with flat memory', async () => {
  const hash = createHash('sha256');
  for await (const chunk of bigBlob()) hash.update(chunk as Buffer);
  const layerDigest = `sha256:${hash.digest('hex')}`;
  const size = CHUNKS * CHUNK.length;
  const client = testClient(source.host);
  await client.uploadBlob('release/big', layerDigest, size, bigBlob());
  const config = Buffer.from(JSON.stringify({ architecture: 'amd64', os: 'linux', rootfs: { type: 'layers', diff_ids: [layerDigest] } }));
  await client.uploadBlob('release/big', sha256Digest(config), config.length, Readable.from([config]));
  const manifest = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: DOCKER_MANIFEST,
      config: { mediaType: DOCKER_CONFIG, digest: sha256Digest(config), size: config.length },
      layers: [{ mediaType: DOCKER_LAYER_GZIP, digest: layerDigest, size }],
    }),
  );
  await client.putManifest('release/big', 'v1', { bytes: manifest, digest: sha256Digest(manifest), mediaType: DOCKER_MANIFEST });
  const list = join(work, 'big.list');
  writeFileSync(list, 'release/big:v1\n');

  global.gc?.();
  const baseline = process.memoryUsage().rss;
  let peak = baseline;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 25);
  const output = join(work, 'big.tar');
  try {
    const result = await runWithInputs(run, { 'images-file': list, 'source-registry': source.host, output, compression: 'none' });
    expect(result.errors).toEqual([]);
  } finally {
    clearInterval(sampler);
  }
  expect(statSync(output).size).toBeGreaterThan(size);
  const grewBy = (peak - baseline) / 2 ** 20;
  // Buffers in flight are a few MiB per stream; anything near the blob's size would mean buffering.
  expect(grewBy, `RSS grew by ${grewBy.toFixed(0)} MiB`).toBeLessThan(150);
}, 300_000);
