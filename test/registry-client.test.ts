// Registry client behaviour that a stock registry cannot show: redirects to another host (object
// storage) must not carry the registry's credentials; a body that hashes wrong is refused.
import http from 'node:http';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { DigestMismatchError, sha256Digest } from '../shared/image/digest.js';
import { silentLogger } from '../shared/action/logger.js';
import { RegistryClient } from '../shared/registry/registry-client.js';
import { listenLoopback, type Listening } from './helpers/http-listen.js';

const blob = Buffer.from('layer bytes served from object storage');
const digest = sha256Digest(blob);
const credentials = { username: 'prel', password: 'hunter2', source: 'test' };
const expectedAuth = `Basic ${Buffer.from('prel:hunter2').toString('base64')}`;

let storage: Listening;
let registry: Listening;
const storageAuthHeaders: (string | undefined)[] = [];

beforeAll(async () => {
  storage = await listenLoopback(
    http.createServer((req, res) => {
      storageAuthHeaders.push(req.headers.authorization);
      res.end(blob);
    }),
  );
  registry = await listenLoopback(
    http.createServer((req, res) => {
      if (req.headers.authorization !== expectedAuth) {
        res.writeHead(401, { 'www-authenticate': 'Basic realm="test"' }).end();
        return;
      }
      if (req.url === '/v2/') return void res.end('{}');
      res.writeHead(307, { location: `http://127.0.0.1:${storage.port}/object?X-Signature=abc` }).end();
    }),
  );
});
afterAll(async () => {
  await storage.close();
  await registry.close();
});

function client(): RegistryClient {
  return new RegistryClient({
    host: `127.0.0.1:${registry.port}`,
    credentials,
    retry: { attempts: 2, baseDelayMs: 1, maxDelayMs: 1, maxElapsedMs: 1000 },
    logger: silentLogger,
  });
}

async function read(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

describe('blob redirects', () => {
  test('are followed, and Authorization is not forwarded to the other host', async () => {
    storageAuthHeaders.length = 0;
    const body = await read(await client().openBlob('release/app', digest));
    expect(body.equals(blob)).toBe(true);
    expect(storageAuthHeaders).toEqual([undefined]);
  });

  test('a HEAD answered with a redirect means the blob exists', async () => {
    expect(await client().hasBlob('release/app', digest)).toBe(true);
  });
});

describe('manifests fetched by digest', () => {
  test('bytes that do not hash to the digest are refused', async () => {
    const manifestServer = await listenLoopback(http.createServer((_req, res) => res.end('{"schemaVersion":2,"mediaType":"x"}')));
    try {
      const c = new RegistryClient({
        host: `127.0.0.1:${manifestServer.port}`,
        retry: { attempts: 1, baseDelayMs: 1, maxDelayMs: 1, maxElapsedMs: 1000 },
        logger: silentLogger,
      });
      await expect(c.getManifest('release/app', digest)).rejects.toBeInstanceOf(DigestMismatchError);
    } finally {
      await manifestServer.close();
    }
  });
});
