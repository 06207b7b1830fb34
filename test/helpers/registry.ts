// Starts a real docker/distribution registry process on 127.0.0.1 for tests (no auth, htpasswd or token auth).
import type { ChildProcess } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import YAML from 'yaml';
import { freePort } from './free-port.js';
import { makeSigningCert, randomPassword, writeHtpasswd } from './registry-auth.js';
import { startTokenServer, type TokenServer } from './token-server.js';
import { spawnWatched, stopWatched } from './watched-process.js';

export type { TokenServer } from './token-server.js';

export interface RegistryOptions {
  auth?: 'none' | 'basic' | 'token';
  username?: string;
  password?: string;
  /** Serve this existing storage root (e.g. an unpacked pack-registry archive) instead of a new empty one; it is kept on stop. */
  storageDir?: string;
  /** Refuse writes, as the offline site is advised to run it. */
  readOnly?: boolean;
  /** With token auth: the realm URL clients are sent to, given the token server's own URL (e.g. a fault proxy in front of it). */
  tokenRealm?: (tokenServerUrl: string) => Promise<string>;
}

export interface TestRegistry {
  host: string;
  url: string;
  storageDir: string;
  username?: string;
  password?: string;
  tokenServer?: TokenServer;
  stop(): Promise<void>;
}

const READY_TIMEOUT_MS = 15_000;
const POLL_MS = 50;
const PORT_ATTEMPTS = 4; // first try + 3 retries after a lost port race
const STDERR_TAIL_BYTES = 8 * 1024;
const INSTANCE_HEADER = 'x-prel-test-instance';
export const TOKEN_SERVICE = 'test-registry';
export const TOKEN_ISSUER = 'prel-test-issuer';

/** Finds `docker-registry` (Debian's name) or `registry` (upstream's name) on PATH; REGISTRY_BIN overrides. */
export function registryBinary(): string | undefined {
  const override = process.env.REGISTRY_BIN;
  if (override) return override;
  const dirs = (process.env.PATH ?? '').split(path.delimiter).filter(Boolean);
  for (const name of ['docker-registry', 'registry']) {
    for (const dir of dirs) {
      const candidate = path.join(dir, name);
      try {
        fs.accessSync(candidate, fs.constants.X_OK);
        if (fs.statSync(candidate).isFile()) return name;
      } catch {
        // not here; keep looking
      }
    }
  }
  return undefined;
}

interface AuthSetup {
  config: Record<string, unknown>;
  username?: string;
  password?: string;
  tokenServer?: TokenServer;
}

async function setUpAuth(dir: string, opts: RegistryOptions): Promise<AuthSetup> {
  const mode = opts.auth ?? 'none';
  if (mode === 'none') return { config: {} };
  const username = opts.username ?? 'prel';
  const password = opts.password ?? randomPassword();
  if (mode === 'basic') {
    const file = path.join(dir, 'htpasswd');
    await writeHtpasswd(file, username, password);
    return { username, password, config: { htpasswd: { realm: 'prel-test-realm', path: file } } };
  }
  const cert = await makeSigningCert(dir);
  const tokenServer = await startTokenServer({
    username,
    password,
    service: TOKEN_SERVICE,
    issuer: TOKEN_ISSUER,
    keyPem: cert.keyPem,
    certDerBase64: cert.certDerBase64,
  });
  const realmBase = opts.tokenRealm ? await opts.tokenRealm(tokenServer.url) : tokenServer.url;
  const config = {
    token: { realm: `${realmBase}/token`, service: TOKEN_SERVICE, issuer: TOKEN_ISSUER, rootcertbundle: cert.certPath },
  };
  return { username, password, tokenServer, config };
}

function registryConfig(storageDir: string, port: number, instance: string, auth: Record<string, unknown>, readOnly = false): string {
  const config: Record<string, unknown> = {
    version: '0.1',
    log: { level: 'error', accesslog: { disabled: true } },
    storage: {
      filesystem: { rootdirectory: storageDir },
      delete: { enabled: !readOnly },
      cache: { blobdescriptor: 'inmemory' },
      ...(readOnly ? { maintenance: { readonly: { enabled: true }, uploadpurging: { enabled: false } } } : {}),
    },
    http: {
      addr: `127.0.0.1:${port}`,
      secret: 'prel-test-http-secret',
      // Why: lets the readiness probe tell our process apart from whatever else may have won the port.
      headers: { 'X-Prel-Test-Instance': [instance] },
    },
    health: { storagedriver: { enabled: false } },
  };
  if (Object.keys(auth).length > 0) config.auth = auth;
  return YAML.stringify(config);
}

/** One GET /v2/ with a short timeout; resolves the status and our instance header, or undefined if nothing answered. */
function probe(port: number): Promise<{ status: number; instance?: string } | undefined> {
  return new Promise((resolve) => {
    const req = http.get({ host: '127.0.0.1', port, path: '/v2/', agent: false, timeout: 1000 }, (res) => {
      res.resume();
      const inst = res.headers[INSTANCE_HEADER];
      resolve({ status: res.statusCode ?? 0, instance: Array.isArray(inst) ? inst[0] : inst });
    });
    req.on('timeout', () => req.destroy());
    req.on('error', () => resolve(undefined));
  });
}

type Attempt = { ok: true; child: ChildProcess } | { ok: false; portInUse: boolean; stderr: string };

async function spawnAndWait(bin: string, configPath: string, port: number, instance: string): Promise<Attempt> {
  const child = spawnWatched(bin, ['serve', configPath]);
  // Keep reading stderr for the process's whole life (a full pipe would block it), remembering only the tail.
  let tail = Buffer.alloc(0);
  child.stderr!.on('data', (chunk: Buffer) => {
    tail = Buffer.concat([tail, chunk]);
    if (tail.length > STDERR_TAIL_BYTES) tail = tail.subarray(tail.length - STDERR_TAIL_BYTES);
  });
  const stderr = () => tail.toString('utf8');
  let exited = false;
  let spawnError: Error | undefined;
  // 'close' (not 'exit') fires after stderr has drained, so the error text is complete.
  const closed = new Promise<void>((resolve) => child.once('close', () => resolve()));
  child.once('exit', () => (exited = true));
  child.once('error', (err) => {
    spawnError = err;
    exited = true;
  });

  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline && !exited) {
    const answer = await probe(port);
    if (answer && answer.instance === instance && (answer.status === 200 || answer.status === 401)) {
      return { ok: true, child };
    }
    await sleep(POLL_MS);
  }
  if (!exited) {
    await stopWatched(child);
    throw new Error(`registry on 127.0.0.1:${port} not ready after ${READY_TIMEOUT_MS} ms; stderr:\n${stderr()}`);
  }
  if (spawnError) throw new Error(`cannot run ${bin}: ${spawnError.message}`);
  await Promise.race([closed, sleep(1000)]);
  return { ok: false, portInUse: /address already in use/i.test(stderr()), stderr: stderr() };
}

export async function startRegistry(opts: RegistryOptions = {}): Promise<TestRegistry> {
  const bin = registryBinary();
  if (!bin) throw new Error('no registry binary on PATH: install the Debian package docker-registry (or set REGISTRY_BIN)');
  const dir = await fsp.mkdtemp(path.join(os.tmpdir(), 'prel-registry-'));
  const storageDir = opts.storageDir ?? path.join(dir, 'storage');
  let auth: AuthSetup | undefined;
  try {
    if (!opts.storageDir) await fsp.mkdir(storageDir);
    auth = await setUpAuth(dir, opts);
    const configPath = path.join(dir, 'config.yml');
    const instance = crypto.randomUUID();
    let last = '';
    for (let attempt = 1; attempt <= PORT_ATTEMPTS; attempt++) {
      const port = await freePort();
      await fsp.writeFile(configPath, registryConfig(storageDir, port, instance, auth.config, opts.readOnly));
      const result = await spawnAndWait(bin, configPath, port, instance);
      if (!result.ok) {
        last = result.stderr;
        if (result.portInUse) continue;
        throw new Error(`registry exited during startup; stderr:\n${result.stderr}`);
      }
      const { child } = result;
      const tokenServer = auth.tokenServer;
      let stopping: Promise<void> | undefined;
      const host = `127.0.0.1:${port}`;
      return {
        host,
        url: `http://${host}`,
        storageDir,
        username: auth.username,
        password: auth.password,
        tokenServer,
        stop() {
          stopping ??= (async () => {
            await stopWatched(child);
            await tokenServer?.stop();
            await fsp.rm(dir, { recursive: true, force: true });
          })();
          return stopping;
        },
      };
    }
    throw new Error(`registry lost the port race ${PORT_ATTEMPTS} times; last stderr:\n${last}`);
  } catch (err) {
    await auth?.tokenServer?.stop();
    await fsp.rm(dir, { recursive: true, force: true });
    throw err;
  }
}
