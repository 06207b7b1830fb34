// One registry's HTTP API V2 (OCI distribution): manifests, blobs, uploads and mounts, with auth,
// retries and digest checks. Bodies are streamed; nothing holds a whole blob in memory.
import { readCapped, retryLine } from '../http/http-body.js';
import { withoutName } from '../errors/errors.js';
import type { Readable } from 'node:stream';
import type { Dispatcher } from 'undici';
import { request } from '../http/undici-core.js';
import { sharedDispatcher } from '../http/http-dispatcher.js';
import { hedgeTimer, sendHedged, type HedgeTimer } from '../http/hedge.js';
import { requestLimits } from '../http/request-limits.js';
import { sha256Digest, verifyBytes } from '../image/digest.js';
import type { Logger } from '../action/logger.js';
import { MANIFEST_ACCEPT } from '../image/media-types.js';
import { RetryableStatusError, isRetryableStatus, parseRetryAfter, withRetries, type RetryPolicy } from '../run/retry.js';
import { Authenticator, header } from './authenticator.js';
import type { Credentials } from './credentials.js';
import { registryBaseUrl } from './endpoint.js';
import { AuthenticationError, RegistryError, UploadSessionLostError, describeErrorBody } from './registry-error.js';

export interface RegistryClientOptions {
  host: string;
  credentials?: Credentials;
  insecureRegistries?: readonly string[];
  retry: RetryPolicy;
  logger: Logger;
  dispatcher?: Dispatcher;
  /** Aborts every request of this client and every wait between retries (a cancelled run). */
  signal?: AbortSignal;
}

export interface Manifest {
  bytes: Buffer;
  mediaType: string;
  digest: string;
}

export interface ManifestHead {
  digest: string;
  mediaType: string;
  size: number;
}

interface Call {
  method: 'GET' | 'HEAD' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Absolute URL, or a path under the registry's base URL. */
  url: string;
  scopes: string[];
  headers?: Record<string, string>;
  /** A buffer can be sent again on retry; a stream cannot, so calls with one are tried once. */
  body?: Buffer | string | Readable;
  ok: number[];
  /** What the call is about, for error messages: an image or blob reference. */
  what: string;
  /** False to take a redirect as the answer (a blob HEAD: the registry has it elsewhere). */
  followRedirects?: boolean;
  /** Gives up on this call (tries, hedges and waits) when it aborts, besides the run's own stop. */
  signal?: AbortSignal;
}

/**
 * Drains a body nobody needs, so its connection goes back to the pool. The answer is known already: a
 * body that stops is dropped with its connection after `stallMs` (a precise timer, unlike undici's body
 * timeout), never a failure.
 */
function drain(res: Dispatcher.ResponseData, stallMs: number): Promise<Dispatcher.ResponseData> {
  const bound = setTimeout(() => res.body.destroy(), stallMs);
  return res.body.dump().then(
    () => res,
    () => res,
  ).finally(() => clearTimeout(bound));
}

const MAX_MANIFEST_BYTES = 4 << 20;
const MAX_CATALOG_BYTES = 1 << 20;
const MAX_REDIRECTS = 5;
/** Blobs up to this size go up in one PUT; larger ones as a PATCH then a PUT (SPEC: monolithic for small). */
export const MONOLITHIC_UPLOAD_MAX = 16 << 20;
const USER_AGENT = 'prel (+https://github.com/prel)';

export function pullScope(repository: string): string {
  return `repository:${repository}:pull`;
}
export function pushScope(repository: string): string {
  return `repository:${repository}:pull,push`;
}

export class RegistryClient {
  readonly host: string;
  readonly baseUrl: string;
  private readonly auth: Authenticator;
  private readonly dispatcher: Dispatcher;
  /** Undefined when hedging is off. */
  private readonly hedge?: HedgeTimer;
  private readonly headersMs: number;
  /** Drains an answer's body nobody needs (drain), within the stall bound. */
  private readonly dump: (res: Dispatcher.ResponseData) => Promise<Dispatcher.ResponseData>;

  constructor(private readonly options: RegistryClientOptions) {
    this.host = options.host;
    const limits = requestLimits();
    this.hedge = hedgeTimer(limits);
    this.headersMs = limits.headersMs;
    this.dump = (res) => drain(res, limits.stallMs);
    this.baseUrl = registryBaseUrl(options.host, options.insecureRegistries ?? []);
    this.dispatcher = options.dispatcher ?? sharedDispatcher();
    this.auth = new Authenticator(
      options.host,
      options.credentials,
      this.dispatcher,
      options.retry,
      USER_AGENT,
      (s) => options.logger.secret(s),
      options.signal,
    );
  }

  get authScheme(): string {
    return this.auth.scheme;
  }

  /** Checks that the registry answers and the credentials work, before any real work starts. */
  async ping(): Promise<void> {
    await this.exchange({ method: 'GET', url: '/v2/', scopes: [], ok: [200], what: `${this.host}/v2/ (the registry's API)` }, this.dump);
    await this.auth.checkCredentials();
  }

  async getManifest(repository: string, reference: string): Promise<Manifest> {
    const what = `${this.host}/${repository}${reference.includes(':') ? '@' : ':'}${reference}`;
    // The body is read inside the retry: a manifest cut mid-way is fetched again, not reported missing.
    const { res, bytes } = await this.exchange(
      { method: 'GET', url: `/v2/${repository}/manifests/${reference}`, scopes: [pullScope(repository)], headers: { accept: MANIFEST_ACCEPT }, ok: [200], what },
      async (r) => ({ res: r, bytes: await readCapped(r.body, MAX_MANIFEST_BYTES, what) }),
    );
    const digest = reference.includes(':') ? reference : sha256Digest(bytes);
    verifyBytes(bytes, digest);
    const served = header(res.headers['docker-content-digest']);
    if (served && served.startsWith('sha256:') && digest.startsWith('sha256:') && served !== digest) {
      throw new RegistryError(`${what}: the registry says the manifest is ${served} but its bytes hash to ${digest}`, this.host, 200);
    }
    return { bytes, digest, mediaType: mediaTypeOf(bytes, header(res.headers['content-type'])) };
  }

  /** The manifest's digest without its body (a HEAD does not count as a pull), or undefined when absent. */
  async headManifest(repository: string, reference: string): Promise<ManifestHead | undefined> {
    const res = await this.exchange(
      {
        method: 'HEAD',
        url: `/v2/${repository}/manifests/${reference}`,
        scopes: [pullScope(repository)],
        headers: { accept: MANIFEST_ACCEPT },
        ok: [200, 404],
        what: `${this.host}/${repository}:${reference}`,
      },
      this.dump,
    );
    const digest = header(res.headers['docker-content-digest']);
    if (res.statusCode === 404 || !digest) return undefined;
    return {
      digest,
      mediaType: header(res.headers['content-type']) ?? '',
      size: Number(header(res.headers['content-length']) ?? 0),
    };
  }

  /**
   * The registry's repositories, from one page of its catalog (`GET /v2/_catalog`, the Docker registry
   * API's listing; not part of the OCI spec, so many registries refuse it). Undefined when one page of
   * `pageSize` does not hold them all (a Link to the next page, or a full page): the caller then asks per
   * image instead. Throws when the registry refuses or garbles the listing.
   */
  async listRepositories(pageSize: number, signal?: AbortSignal): Promise<Set<string> | undefined> {
    const what = `${this.host}/v2/_catalog`;
    const { res, bytes } = await this.exchange(
      { method: 'GET', url: `/v2/_catalog?n=${pageSize}`, scopes: ['registry:catalog:*'], ok: [200], what, signal },
      async (r) => ({ res: r, bytes: await readCapped(r.body, MAX_CATALOG_BYTES, what) }),
    );
    const parsed = JSON.parse(bytes.toString('utf8')) as { repositories?: unknown };
    const names = parsed.repositories;
    if (!Array.isArray(names) || !names.every((n) => typeof n === 'string')) throw new Error(`${what}: no list of repositories in the answer`);
    if (header(res.headers.link) || names.length >= pageSize) return undefined;
    return new Set(names as string[]);
  }

  async hasBlob(repository: string, digest: string, scopes = [pullScope(repository)]): Promise<boolean> {
    const res = await this.exchange(
      { method: 'HEAD', url: `/v2/${repository}/blobs/${digest}`, scopes, ok: [200, 404], what: `${this.host}/${repository}@${digest}`, followRedirects: false },
      this.dump,
    );
    // A redirect to object storage also means the registry has it.
    return res.statusCode === 200 || (res.statusCode >= 300 && res.statusCode < 400);
  }

  /** A small blob (a config) whole, read inside the retry and checked against its digest. */
  async getBlob(repository: string, digest: string, maxBytes: number): Promise<Buffer> {
    const what = `${this.host}/${repository}@${digest}`;
    const bytes = await this.exchange({ method: 'GET', url: `/v2/${repository}/blobs/${digest}`, scopes: [pullScope(repository)], ok: [200], what }, (r) =>
      readCapped(r.body, maxBytes, what),
    );
    verifyBytes(bytes, digest);
    return bytes;
  }

  /** The blob's bytes as a stream; the caller verifies them (DigestVerifier) as they flow. */
  async openBlob(repository: string, digest: string): Promise<Readable> {
    const res = await this.exchange(
      { method: 'GET', url: `/v2/${repository}/blobs/${digest}`, scopes: [pullScope(repository)], ok: [200], what: `${this.host}/${repository}@${digest}` },
      async (r) => r,
    );
    return res.body;
  }

  /**
   * Starts an upload of `digest` into `repository`, asking the registry to mount it from `from` first:
   * `undefined` when it did (the blob is linked, nothing to send), else the upload's location. `from`
   * may be the repository itself: a registry links a blob the repository holds (201) and otherwise opens
   * the session (202), which answers "is it there?" and starts the upload in one request, not a HEAD
   * then a POST. Without `from`, a plain POST.
   */
  async startUpload(repository: string, digest: string, from?: string): Promise<string | undefined> {
    const what = `${this.host}/${repository}@${digest}`;
    const query = from === undefined ? '' : `?mount=${encodeURIComponent(digest)}&from=${encodeURIComponent(from)}`;
    const scopes = from === undefined || from === repository ? [pushScope(repository)] : [pushScope(repository), pullScope(from)];
    const res = await this.exchange({ method: 'POST', url: `/v2/${repository}/blobs/uploads/${query}`, scopes, ok: from === undefined ? [202] : [201, 202], what }, this.dump);
    return res.statusCode === 201 ? undefined : this.requireLocation(res, what);
  }

  /**
   * Asks the registry to link a blob it already holds in `from` into `repository`. True when mounted;
   * false when it started an upload session instead (then nothing is left behind: the session is cancelled).
   */
  async mountBlob(repository: string, digest: string, from: string): Promise<boolean> {
    const location = await this.startUpload(repository, digest, from);
    if (location === undefined) return true;
    await this.cancelUpload(repository, location);
    return false;
  }

  /**
   * Uploads a blob from a stream of exactly `size` bytes, into the session at `location` (from
   * startUpload) or a new one. Small blobs go in one PUT, large ones as a streamed PATCH then a PUT.
   * The stream is consumed once: callers retry by opening a new one.
   */
  async uploadBlob(repository: string, digest: string, size: number, body: Readable, location?: string): Promise<void> {
    const what = `${this.host}/${repository}@${digest}`;
    const scopes = [pushScope(repository)];
    location ??= await this.startUpload(repository, digest);
    if (location === undefined) return;
    let finalBody: Readable | undefined = body;
    if (size > MONOLITHIC_UPLOAD_MAX) {
      const patch = await this.exchange(
        {
          method: 'PATCH',
          url: location,
          scopes,
          headers: {
            'content-type': 'application/octet-stream',
            'content-length': String(size),
            'content-range': `0-${size - 1}`,
          },
          body,
          ok: [202],
          what,
        },
        this.dump,
      );
      location = this.requireLocation(patch, what);
      finalBody = undefined;
    }
    try {
      await this.exchange(
        {
          method: 'PUT',
          url: `${location}${location.includes('?') ? '&' : '?'}digest=${encodeURIComponent(digest)}`,
          scopes,
          headers: { 'content-type': 'application/octet-stream', 'content-length': String(finalBody ? size : 0) },
          body: finalBody ?? '',
          ok: [201, 204],
          what,
        },
        this.dump,
      );
    } catch (err) {
      // A session the registry no longer knows: an earlier try of this PUT may have closed it (its answer
      // lost), then the blob is there; else it expired, and the blob is worth another try from a new one.
      if (!(err instanceof RegistryError) || !(err.status === 404 || err.code === 'BLOB_UPLOAD_UNKNOWN')) throw err;
      if (await this.hasBlob(repository, digest, scopes)) return;
      throw new UploadSessionLostError(`${what}: the registry lost the upload session (${withoutName(err.message, what)})`, this.host, err.status, err.code);
    }
  }

  async putManifest(repository: string, reference: string, manifest: Manifest): Promise<void> {
    const what = `${this.host}/${repository}${reference.includes(':') ? '@' : ':'}${reference}`;
    const res = await this.exchange(
      {
        method: 'PUT',
        url: `/v2/${repository}/manifests/${reference}`,
        scopes: [pushScope(repository)],
        headers: { 'content-type': manifest.mediaType },
        body: manifest.bytes,
        ok: [200, 201, 202],
        what,
      },
      this.dump,
    );
    const stored = header(res.headers['docker-content-digest']);
    if (stored && stored !== manifest.digest) {
      throw new RegistryError(`${what}: the registry stored the manifest as ${stored}, not ${manifest.digest}`, this.host, res.statusCode);
    }
  }

  /** Ends an upload session that will not be used (best effort: a stale one expires on its own). */
  async cancelUpload(repository: string, location: string): Promise<void> {
    try {
      await this.exchange({ method: 'DELETE', url: location, scopes: [pushScope(repository)], ok: [204, 404], what: 'upload' }, this.dump);
    } catch {
      // a stale upload session expires on its own; not worth failing a copy for
    }
  }

  /**
   * One request until its headers. undici's own headers timer ticks in half-seconds (it fires up to a
   * second late); a request without a streamed body is bounded by a precise timer of its own, so the
   * bound is the one documented. A streamed upload keeps undici's.
   */
  private async send(url: URL, call: Call, headers: Record<string, string>, signal?: AbortSignal): Promise<Dispatcher.ResponseData> {
    // reset: false keeps the connection after a HEAD too (undici closes it by default, a reconnect per HEAD).
    const options = { method: call.method, headers, body: call.body, dispatcher: this.dispatcher, reset: false };
    if (streamsBody(call)) return request(url, { ...options, signal });
    const ms = this.headersMs;
    const timer = new AbortController();
    const bound = setTimeout(() => timer.abort(new HeadersTimeoutError(ms)), ms);
    try {
      return await request(url, { ...options, signal: signal ? AbortSignal.any([signal, timer.signal]) : timer.signal });
    } finally {
      clearTimeout(bound);
    }
  }

  private requireLocation(res: Dispatcher.ResponseData, what: string): string {
    const location = header(res.headers.location);
    if (!location) throw new RegistryError(`${what}: the registry started an upload without a Location`, this.host, res.statusCode);
    return new URL(location, this.baseUrl).toString();
  }

  /**
   * Sends a request with auth, redirects and the retry policy, and hands a response whose status is in
   * `ok` to `consume` inside the same try: a body cut short while it is read is a retry of the whole
   * exchange, not a failure after the retries. A call with a stream body is tried once (the caller
   * reopens the stream to try again). Calls a retry would resend anyway are hedged whole: a copy goes out
   * when the answer (its headers, and the body `consume` reads) is slow to come, and the first answer
   * wins; a copy's 429 or 5xx waits for the other copy.
   */
  private async exchange<T>(call: Call, consume: (res: Dispatcher.ResponseData) => Promise<T>): Promise<T> {
    const policy = streamsBody(call) ? { ...this.options.retry, attempts: 1 } : this.options.retry;
    const hedgeable = call.method === 'GET' || call.method === 'HEAD' || (call.method === 'PUT' && Buffer.isBuffer(call.body));
    const once = async (signal?: AbortSignal): Promise<T> => {
      const res = await this.attempt(call, signal);
      try {
        return await consume(res);
      } catch (err) {
        res.body.destroy();
        throw err;
      }
    };
    const stop = call.signal && this.options.signal ? AbortSignal.any([call.signal, this.options.signal]) : (call.signal ?? this.options.signal);
    return withRetries(
      policy,
      () =>
        sendHedged(hedgeable ? this.hedge : undefined, stop, once, {
          kind: callKind(call),
          onHedge: () => this.options.logger.debug(`${call.what}: no answer yet to ${call.method}; sent it again`),
          // A losing copy's answer: a stream (openBlob) is dropped with its connection.
          discard: (late) => (late as { body?: Readable }).body?.destroy?.(),
        }),
      (err, attempt, delay) => this.options.logger.info(retryLine(call.what, err, attempt, delay)),
      stop,
    );
  }

  private async attempt(call: Call, signal?: AbortSignal): Promise<Dispatcher.ResponseData> {
    let url = new URL(call.url, this.baseUrl);
    let sameHost = true;
    for (let round = 0; round < 3 + MAX_REDIRECTS; round++) {
      const headers: Record<string, string> = { 'user-agent': USER_AGENT, ...call.headers };
      // Authorization never follows a redirect to another host (object storage, CDN).
      const authorization = sameHost ? await this.auth.header(call.scopes) : undefined;
      if (authorization) headers.authorization = authorization;
      const res = await this.send(url, call, headers, signal);
      const status = res.statusCode;
      if (status === 401 && sameHost) {
        await this.dump(res);
        await this.auth.challenged(header(res.headers['www-authenticate']), call.scopes, authorization);
        if (streamsBody(call)) {
          throw new AuthenticationError(`${call.what}: ${this.host} asked for authentication in the middle of an upload`, this.host);
        }
        continue;
      }
      if (status >= 300 && status < 400 && (call.method === 'GET' || call.method === 'HEAD') && call.followRedirects !== false) {
        const location = header(res.headers.location);
        await this.dump(res);
        if (!location) throw new RegistryError(`${call.what}: redirect without a Location`, this.host, status);
        const next = new URL(location, url);
        sameHost = sameHost && next.host === url.host;
        url = next;
        continue;
      }
      if (call.ok.includes(status) || (call.followRedirects === false && status >= 300 && status < 400)) return res;
      const text = call.method === 'HEAD' ? '' : await readText(res.body);
      if (call.method === 'HEAD') await this.dump(res);
      const { code, text: detail } = describeErrorBody(text);
      const message = `${call.what}: ${call.method} answered ${status}${detail ? ` ${detail}` : ''}`;
      if (isRetryableStatus(status)) {
        throw new RetryableStatusError(message, status, parseRetryAfter(header(res.headers['retry-after'])));
      }
      throw new RegistryError(message, this.host, status, code ?? (status === 404 ? 'NOT_FOUND' : undefined));
    }
    throw new RegistryError(`${call.what}: too many redirects or authentication rounds`, this.host, 0);
  }

}

/** A body read from a stream: sent once (a retry needs the stream opened again) and bounded by undici's timers. */
function streamsBody(call: Call): boolean {
  return call.body !== undefined && typeof call.body !== 'string' && !Buffer.isBuffer(call.body);
}

/** What a call is, for the pace its answers keep (hedge.ts): a blob's headers, a manifest, a HEAD, the ping. */
function callKind(call: Call): string {
  const path = call.url.split('?')[0];
  const what = path.includes('/blobs/') ? 'blob' : path.includes('/manifests/') ? 'manifest' : 'other';
  return `${call.method} ${what}`;
}

/** The answer's headers did not come within PREL_HEADERS_TIMEOUT: a timeout, retried like undici's own. */
class HeadersTimeoutError extends Error {
  readonly code = 'UND_ERR_HEADERS_TIMEOUT';
  constructor(ms: number) {
    super(`no answer within ${ms / 1000}s`);
    this.name = 'HeadersTimeoutError';
  }
}

async function readText(body: Dispatcher.ResponseData['body']): Promise<string> {
  try {
    return (await readCapped(body, 64 << 10, 'error body')).toString('utf8');
  } catch {
    return '';
  }
}


/** The manifest's own mediaType field wins over Content-Type (which registries derive from it anyway). */
export function mediaTypeOf(bytes: Buffer, contentType?: string): string {
  try {
    const parsed = JSON.parse(bytes.toString('utf8')) as { mediaType?: string; manifests?: unknown; config?: unknown };
    if (parsed.mediaType) return parsed.mediaType;
    if (parsed.manifests) return 'application/vnd.oci.image.index.v1+json';
    if (parsed.config) return 'application/vnd.oci.image.manifest.v1+json';
  } catch {
    // not JSON: keep what the server said
  }
  return contentType?.split(';')[0].trim() ?? '';
}
