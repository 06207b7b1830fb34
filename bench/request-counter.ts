// A counting HTTP proxy in front of a registry, for the benches' request tallies (not for timed runs): each
// request is classed by kind (HEAD blob, POST mount, PUT manifest, …) and each new client connection counted, so
// reconnects show up. Forwards with keep-alive; bodies stream through.
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RequestCounter {
  host: string;
  counts: Map<string, number>;
  connections: number;
  /** Called once, at the first request. */
  onFirst?: () => void;
  total(): number;
  close(): Promise<void>;
}

/** The kind of a registry API request: method plus what it addresses. */
export function requestKind(method: string, url: string): string {
  const u = new URL(url, 'http://x');
  const p = u.pathname;
  if (p === '/v2/' || p === '/v2') return `${method} /v2/`;
  if (p === '/v2/_catalog') return `${method} catalog`;
  if (/\/manifests\//.test(p)) return `${method} manifest`;
  if (/\/blobs\/uploads\/?$/.test(p) && method === 'POST') return u.searchParams.has('mount') ? 'POST mount' : 'POST upload';
  if (/\/blobs\/uploads\//.test(p)) return `${method} upload`;
  if (/\/blobs\//.test(p)) return `${method} blob`;
  return `${method} other`;
}

export async function startRequestCounter(upstream: string): Promise<RequestCounter> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 128 });
  const counts = new Map<string, number>();
  const state = { connections: 0 };
  const server = http.createServer((req, res) => {
    if (counts.size === 0) counter.onFirst?.();
    const kind = requestKind(req.method ?? 'GET', req.url ?? '/');
    counts.set(kind, (counts.get(kind) ?? 0) + 1);
    const out = http.request(`http://${upstream}${req.url}`, { method: req.method, headers: { ...req.headers, host: upstream }, agent }, (up) => {
      // Locations point at the registry itself; rewrite them so the client stays behind the counter.
      const headers = { ...up.headers };
      if (typeof headers.location === 'string') headers.location = headers.location.replace(`//${upstream}`, `//${req.headers.host}`);
      res.writeHead(up.statusCode ?? 502, headers);
      up.pipe(res);
    });
    out.on('error', () => res.destroy());
    req.pipe(out);
  });
  server.on('connection', () => state.connections++);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const counter: RequestCounter = {
    host: `127.0.0.1:${port}`,
    counts,
    get connections() {
      return state.connections;
    },
    total: () => [...counts.values()].reduce((a, b) => a + b, 0),
    close: () =>
      new Promise((resolve) => {
        agent.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
  return counter;
}
