// A fault-injecting HTTP reverse proxy on 127.0.0.1, put in front of a registry to test retry paths:
// scripted rules (this fault on that request), and a seeded chaos mode (random faults on any request).
import http from 'node:http';
import { listenLoopback } from './http-listen.js';

export type FaultKind =
  | 'status500'
  | 'status503'
  | 'status429'
  | 'status403'
  /** Answer 413 at once, without reading the request body, and drop the connection (a proxy's size limit). */
  | 'refuseEarly'
  | 'cutBody'
  /** Read about half of the request body, then drop the connection (an upload cut mid-way). */
  | 'cutRequest'
  | 'reset'
  /** No answer at all until the client gives up (or `stallMs` passes, then the connection drops). */
  | 'stall'
  /** Headers and half the body, then silence until the client gives up (or `stallMs`). */
  | 'stallBody'
  /** The real answer, but only after `stallMs` (a slow server, not a dead one). Scripted rules only. */
  | 'slow'
  /** The registry gets and does the request, but its answer is lost: the connection drops before the headers. */
  | 'lostAnswer'
  /** 404 BLOB_UPLOAD_UNKNOWN: the upload session expired. Scripted rules only. */
  | 'uploadUnknown'
  /** The rule's `answer` instead of the registry's: a registry that answers this request its own way. Scripted rules only. */
  | 'answer';

export interface ChaosOptions {
  seed: number;
  /** Share of requests that get a fault, 0..1. */
  rate: number;
  /** The kinds to draw from; default every kind that fits the request. */
  kinds?: FaultKind[];
  /** How long a stall lasts at most before the proxy drops the connection; default 30 s. */
  stallMs?: number;
}

/** A small, seedable PRNG (mulberry32): the same seed gives the same fault sequence for the same requests. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The request kinds chaos tells apart, for the table of what fired. */
export function requestKind(req: { method: string; url: string }): string {
  const path = req.url.split('?')[0];
  if (req.url.includes('/token') || req.url.includes('service=')) return 'token';
  if (path === '/v2/' || path === '/v2') return 'ping';
  if (path.includes('/blobs/uploads/')) return `${req.method} upload`;
  if (path.includes('/manifests/')) return `${req.method} manifest`;
  if (path.includes('/blobs/')) return `${req.method} blob`;
  return req.method;
}

export interface FaultRule {
  match?: (req: { method: string; url: string }) => boolean;
  kind: FaultKind;
  /** Retry-After value for status429; default "1". */
  retryAfter?: string;
  /** How many times this rule fires in total. */
  times: number;
  /** Fire on every Nth matching request; default 1 (every match). */
  every?: number;
  /** Key under `fired`; defaults to `kind`. */
  name?: string;
  /** For stall and stallBody: how long the silence lasts before the connection drops; default 30 s. */
  stallMs?: number;
  /** For answer: what is sent back. */
  answer?: { status: number; headers?: Record<string, string>; body?: string };
}

export interface FaultProxy {
  host: string;
  url: string;
  rules: FaultRule[];
  /** Times fired, keyed by rule name (or kind). */
  fired: Record<string, number>;
  /** Requests received, faulted or not. */
  requests: number;
  /** Every request received, in order: what a test counts (blob reads, uploads) without a rule. */
  log: { method: string; url: string }[];
  /** Seeded random faults on top of the rules; set or clear at any time. */
  chaos?: ChaosOptions;
  /** Chaos faults fired, keyed `<request kind> <fault kind>`. */
  chaosFired: Record<string, number>;
  /** Each chaos fault as it fired (epoch ms), for a run's timeline. */
  chaosLog: { at: number; line: string }[];
  stop(): Promise<void>;
}

// Hop-by-hop headers describe one connection, so they must not cross the proxy.
const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'proxy-connection', 'te', 'trailer', 'upgrade', 'transfer-encoding']);

function endToEnd(headers: http.IncomingHttpHeaders, keepTransferEncoding: boolean): http.OutgoingHttpHeaders {
  const out: http.OutgoingHttpHeaders = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined) continue;
    // Why keep TE on the request side: it tells node to re-chunk a streamed body of unknown length.
    if (HOP_BY_HOP.has(name) && !(keepTransferEncoding && name === 'transfer-encoding')) continue;
    out[name] = value;
  }
  return out;
}

function errorBody(status: number): string {
  const code = status === 429 ? 'TOOMANYREQUESTS' : status === 403 ? 'DENIED' : status === 413 ? 'SIZE_INVALID' : status === 404 ? 'BLOB_UPLOAD_UNKNOWN' : 'UNAVAILABLE';
  return JSON.stringify({ errors: [{ code, message: `injected ${status}` }] });
}

export async function startFaultProxy(targetUrl: string, rules: FaultRule[], chaos?: ChaosOptions): Promise<FaultProxy> {
  const target = new URL(targetUrl);
  const agent = new http.Agent({ keepAlive: true, maxSockets: 32 });
  const seen = new Map<FaultRule, number>();
  const firedCount = new Map<FaultRule, number>();
  let random: { seed: number; next: () => number } | undefined;

  /** A chaos fault for this request, or none: drawn from the kinds that make sense for it. */
  const pickChaos = (req: { method: string; url: string }): FaultKind | undefined => {
    const options = proxy.chaos;
    if (!options || options.rate <= 0) return undefined;
    if (random?.seed !== options.seed) random = { seed: options.seed, next: seededRandom(options.seed) };
    const roll = random.next();
    const which = random.next();
    if (roll >= options.rate) return undefined;
    const hasBody = req.method === 'PUT' || req.method === 'PATCH' || req.method === 'POST';
    const fitting = (options.kinds ?? ['status500', 'status429', 'reset', 'cutBody', 'cutRequest', 'stall', 'stallBody', 'lostAnswer']).filter(
      (k) => (k !== 'cutRequest' || (hasBody && req.method !== 'POST')) && ((k !== 'cutBody' && k !== 'stallBody') || req.method !== 'HEAD'),
    );
    if (fitting.length === 0) return undefined;
    const kind = fitting[Math.floor(which * fitting.length)];
    const key = `${requestKind(req)} ${kind}`;
    proxy.chaosFired[key] = (proxy.chaosFired[key] ?? 0) + 1;
    proxy.chaosLog.push({ at: Date.now(), line: `fault ${kind} on ${req.method} ${req.url}` });
    return kind;
  };

  /** First rule that matches and still has shots left and is on its Nth match. */
  const pickRule = (req: { method: string; url: string }): FaultRule | undefined => {
    for (const rule of proxy.rules) {
      if ((firedCount.get(rule) ?? 0) >= rule.times) continue;
      if (rule.match && !rule.match(req)) continue;
      const n = (seen.get(rule) ?? 0) + 1;
      seen.set(rule, n);
      if (n % Math.max(1, rule.every ?? 1) !== 0) continue;
      firedCount.set(rule, (firedCount.get(rule) ?? 0) + 1);
      const key = rule.name ?? rule.kind;
      proxy.fired[key] = (proxy.fired[key] ?? 0) + 1;
      return rule;
    }
    return undefined;
  };

  const answerError = (req: http.IncomingMessage, res: http.ServerResponse, status: number, extra: http.OutgoingHttpHeaders) => {
    // Drain the upload first so the keep-alive connection stays usable for the next request.
    req.resume();
    req.once('end', () => {
      const body = errorBody(status);
      res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), ...extra });
      res.end(body);
    });
  };

  const forward = (req: http.IncomingMessage, res: http.ServerResponse, cut: 'cut' | 'stall' | 'lose' | undefined, stallMs = 30_000) => {
    let upstreamDone = false;
    const upstream = http.request(
      {
        host: target.hostname,
        port: target.port || 80,
        method: req.method,
        path: req.url,
        // Original Host kept on purpose: the registry builds Location URLs from it, so they point back at the proxy.
        headers: endToEnd(req.headers, true),
        agent,
      },
      (up) => {
        up.once('end', () => (upstreamDone = true));
        if (cut === 'lose') {
          // The work is done upstream; the client never hears of it.
          up.resume();
          up.once('end', () => req.socket.destroy());
          return;
        }
        if (!cut) {
          res.writeHead(up.statusCode ?? 502, up.statusMessage, endToEnd(up.headers, false));
          up.pipe(res);
          up.once('error', () => res.destroy());
          return;
        }
        // cutBody / stallBody: buffer to learn the real length, announce it, send about half, then drop the
        // connection (cut) or go silent until the client gives up (stall).
        const chunks: Buffer[] = [];
        up.on('data', (c: Buffer) => chunks.push(c));
        up.once('error', () => res.destroy());
        up.once('end', () => {
          const body = Buffer.concat(chunks);
          const headers = endToEnd(up.headers, false);
          // A HEAD answer has no body but keeps the upstream's Content-Length.
          if (req.method !== 'HEAD') headers['content-length'] = String(body.length);
          res.writeHead(up.statusCode ?? 502, up.statusMessage, headers);
          res.flushHeaders();
          const half = body.subarray(0, Math.floor(body.length / 2));
          if (half.length > 0) res.write(half);
          const socket = res.socket;
          if (cut === 'stall' && req.method !== 'HEAD') {
            const timer = setTimeout(() => socket?.destroy(), stallMs);
            socket?.once('close', () => clearTimeout(timer));
            return;
          }
          // end() flushes what was written (headers, half body) before the FIN; then drop the socket for good.
          socket?.end(() => socket.destroy());
        });
      },
    );
    upstream.once('error', (err) => {
      if (res.headersSent) return res.destroy();
      const body = JSON.stringify({ errors: [{ code: 'UNAVAILABLE', message: `proxy upstream error: ${err.message}` }] });
      res.writeHead(502, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
      res.end(body);
    });
    // If the client goes away mid-answer, stop the upstream request too. Not once the upstream answer is complete:
    // its socket is back in the keep-alive pool by then and may already carry another request.
    res.once('close', () => {
      if (!upstreamDone && !res.writableFinished) upstream.destroy();
    });
    req.pipe(upstream);
  };

  /** Holds the connection silent, then drops it: the client's own timeout should fire first. */
  const stall = (req: http.IncomingMessage, ms: number) => {
    req.resume();
    const timer = setTimeout(() => req.socket.destroy(), ms);
    req.socket.once('close', () => clearTimeout(timer));
  };

  const cutRequest = (req: http.IncomingMessage) => {
    const length = Number(req.headers['content-length'] ?? 0);
    let seen = 0;
    req.on('data', (chunk: Buffer) => {
      seen += chunk.length;
      if (seen >= length / 2) req.socket.destroy();
    });
    req.once('end', () => req.socket.destroy());
  };

  const server = http.createServer((req, res) => {
    proxy.requests++;
    const request = { method: req.method ?? 'GET', url: req.url ?? '/' };
    proxy.log.push(request);
    const rule = pickRule(request);
    const kind = rule?.kind ?? pickChaos(request);
    const stallMs = rule?.stallMs ?? proxy.chaos?.stallMs ?? 30_000;
    switch (kind) {
      case 'status500':
        return answerError(req, res, 500, {});
      case 'status503':
        return answerError(req, res, 503, {});
      case 'status429':
        return answerError(req, res, 429, { 'retry-after': rule?.retryAfter ?? '1' });
      case 'status403':
        return answerError(req, res, 403, {});
      case 'refuseEarly': {
        const body = errorBody(413);
        res.writeHead(413, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), connection: 'close' });
        return void res.end(body, () => req.socket.destroy());
      }
      case 'reset':
        return void req.socket.destroy();
      case 'cutRequest':
        return cutRequest(req);
      case 'stall':
        return stall(req, stallMs);
      case 'cutBody':
        return forward(req, res, 'cut');
      case 'stallBody':
        return forward(req, res, 'stall', stallMs);
      case 'uploadUnknown':
        return answerError(req, res, 404, {});
      case 'answer': {
        const { status = 200, headers = {}, body = '' } = rule?.answer ?? {};
        req.resume();
        return void req.once('end', () => {
          res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), ...headers });
          res.end(body);
        });
      }
      case 'lostAnswer':
        return forward(req, res, 'lose');
      case 'slow':
        return void setTimeout(() => forward(req, res, undefined), stallMs);
      default:
        return forward(req, res, undefined);
    }
  });
  const listening = await listenLoopback(server);

  const host = `127.0.0.1:${listening.port}`;
  let stopping: Promise<void> | undefined;
  const proxy: FaultProxy = {
    host,
    url: `http://${host}`,
    rules,
    fired: {},
    requests: 0,
    log: [],
    chaos,
    chaosFired: {},
    chaosLog: [],
    stop() {
      stopping ??= listening.close().then(() => agent.destroy());
      return stopping;
    },
  };
  return proxy;
}
