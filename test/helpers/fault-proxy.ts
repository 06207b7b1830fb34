// A fault-injecting HTTP reverse proxy on 127.0.0.1, put in front of a registry to test retry paths.
import http from 'node:http';
import { listenLoopback } from './http-listen.js';

export type FaultKind = 'status500' | 'status503' | 'status429' | 'cutBody' | 'reset';

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
  const code = status === 429 ? 'TOOMANYREQUESTS' : 'UNAVAILABLE';
  return JSON.stringify({ errors: [{ code, message: `injected ${status}` }] });
}

export async function startFaultProxy(targetUrl: string, rules: FaultRule[]): Promise<FaultProxy> {
  const target = new URL(targetUrl);
  const agent = new http.Agent({ keepAlive: true, maxSockets: 32 });
  const seen = new Map<FaultRule, number>();
  const firedCount = new Map<FaultRule, number>();

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

  const forward = (req: http.IncomingMessage, res: http.ServerResponse, cut: boolean) => {
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
        if (!cut) {
          res.writeHead(up.statusCode ?? 502, up.statusMessage, endToEnd(up.headers, false));
          up.pipe(res);
          up.once('error', () => res.destroy());
          return;
        }
        // cutBody: buffer to learn the real length, announce it, send about half, then drop the connection.
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
          // end() flushes what was written (headers, half body) before the FIN; then drop the socket for good.
          const socket = res.socket;
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

  const server = http.createServer((req, res) => {
    proxy.requests++;
    proxy.log.push({ method: req.method ?? '', url: req.url ?? '' });
    const rule = pickRule({ method: req.method ?? 'GET', url: req.url ?? '/' });
    switch (rule?.kind) {
      case 'status500':
        return answerError(req, res, 500, {});
      case 'status503':
        return answerError(req, res, 503, {});
      case 'status429':
        return answerError(req, res, 429, { 'retry-after': rule.retryAfter ?? '1' });
      case 'reset':
        return void req.socket.destroy();
      case 'cutBody':
        return forward(req, res, true);
      default:
        return forward(req, res, false);
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
    stop() {
      stopping ??= listening.close().then(() => agent.destroy());
      return stopping;
    },
  };
  return proxy;
}
