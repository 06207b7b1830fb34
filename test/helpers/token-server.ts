// A minimal Docker token-auth server (GET /token and OAuth2 POST /token) for registries started in tests.
import http from 'node:http';
import { listenLoopback } from './http-listen.js';
import { signJwt, type AccessEntry } from './jwt.js';

export type TokenField = 'token' | 'access_token' | 'both';

export interface TokenServerOptions {
  username: string;
  password: string;
  service: string;
  issuer: string;
  keyPem: string;
  certDerBase64: string;
  /** Repository names for which `push` is never granted, even with valid credentials. */
  denyPush?: string[];
  /** Which JSON field(s) carry the JWT in GET /token answers; default 'both'. */
  field?: TokenField;
  /** Token lifetime in seconds; default 300. */
  expiresIn?: number;
}

export interface TokenRequestLog {
  scopes: string[];
  authorized: boolean;
  method: string;
}

export interface TokenServer {
  url: string;
  requests: TokenRequestLog[];
  /** Mutable so a test can switch the response shape between requests. */
  field: TokenField;
  /** Mutable list of repositories denied push. */
  denyPush: string[];
  /** Mints a token directly, e.g. for tests that want a specific access list. */
  sign(access: AccessEntry[], subject?: string): string;
  stop(): Promise<void>;
}

const UNAUTHORIZED_BODY = JSON.stringify({ errors: [{ code: 'UNAUTHORIZED', message: 'invalid credentials' }] });
const MAX_FORM_BYTES = 64 * 1024;

/** Splits `type:name:actions`; the name may itself hold ':' (host:port/repo), so actions come after the LAST ':'. */
export function parseScope(scope: string): AccessEntry | undefined {
  const first = scope.indexOf(':');
  const last = scope.lastIndexOf(':');
  if (first <= 0 || last <= first + 1) return undefined;
  const actions = scope.slice(last + 1).split(',').filter(Boolean);
  return { type: scope.slice(0, first), name: scope.slice(first + 1, last), actions };
}

type Caller = { kind: 'anonymous' } | { kind: 'user'; name: string } | { kind: 'invalid' };

function checkBasic(header: string | undefined, username: string, password: string): Caller {
  if (!header) return { kind: 'anonymous' };
  const m = /^Basic\s+(\S+)$/i.exec(header);
  if (!m) return { kind: 'invalid' };
  const decoded = Buffer.from(m[1]!, 'base64').toString('utf8');
  const sep = decoded.indexOf(':');
  if (sep < 0) return { kind: 'invalid' };
  return checkPair(decoded.slice(0, sep), decoded.slice(sep + 1), username, password);
}

function checkPair(user: string, pass: string, username: string, password: string): Caller {
  return user === username && pass === password ? { kind: 'user', name: user } : { kind: 'invalid' };
}

export async function startTokenServer(opts: TokenServerOptions): Promise<TokenServer> {
  const expiresIn = opts.expiresIn ?? 300;
  const requests: TokenRequestLog[] = [];

  const grant = (scopes: string[], caller: Caller): AccessEntry[] => {
    const merged = new Map<string, AccessEntry>();
    for (const raw of scopes) {
      const entry = parseScope(raw);
      if (!entry) continue;
      let actions = entry.actions;
      if (caller.kind !== 'user') {
        // Anonymous callers may pull repositories and nothing else.
        actions = entry.type === 'repository' && actions.some((a) => a === 'pull' || a === '*') ? ['pull'] : [];
      } else if (entry.type === 'repository' && server.denyPush.includes(entry.name)) {
        const wantedAll = actions.includes('*');
        actions = actions.filter((a) => a !== 'push' && a !== '*');
        if (wantedAll) actions.push('pull', 'delete');
      }
      if (actions.length === 0) continue;
      const key = `${entry.type}\n${entry.name}`;
      const prev = merged.get(key);
      merged.set(key, { ...entry, actions: [...new Set([...(prev?.actions ?? []), ...actions])] });
    }
    return [...merged.values()];
  };

  const issue = (access: AccessEntry[], subject: string): string =>
    signJwt({ issuer: opts.issuer, subject, audience: opts.service, access, expiresIn }, opts.keyPem, opts.certDerBase64);

  const send = (res: http.ServerResponse, status: number, body: unknown, extra: http.OutgoingHttpHeaders = {}) => {
    const text = typeof body === 'string' ? body : JSON.stringify(body);
    res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text), ...extra });
    res.end(text);
  };

  const handleGet = (req: http.IncomingMessage, res: http.ServerResponse, url: URL) => {
    // A client may repeat `scope` or space-join several scopes into one value.
    const scopes = url.searchParams.getAll('scope').flatMap((s) => s.split(' ')).filter(Boolean);
    const caller = checkBasic(req.headers.authorization, opts.username, opts.password);
    requests.push({ scopes, authorized: caller.kind === 'user', method: 'GET' });
    if (caller.kind === 'invalid') {
      send(res, 401, UNAUTHORIZED_BODY, { 'www-authenticate': 'Basic realm="prel-test-token"' });
      return;
    }
    const jwt = issue(grant(scopes, caller), caller.kind === 'user' ? caller.name : '');
    const body: Record<string, unknown> = {};
    if (server.field !== 'access_token') body.token = jwt;
    if (server.field !== 'token') body.access_token = jwt;
    send(res, 200, { ...body, expires_in: expiresIn, issued_at: new Date().toISOString() });
  };

  const handlePost = (req: http.IncomingMessage, res: http.ServerResponse) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size <= MAX_FORM_BYTES) chunks.push(c);
    });
    req.on('end', () => {
      if (size > MAX_FORM_BYTES) return send(res, 413, { error: 'invalid_request' });
      const form = new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
      const scopes = (form.get('scope') ?? '').split(' ').filter(Boolean);
      if (form.get('grant_type') !== 'password') {
        requests.push({ scopes, authorized: false, method: 'POST' });
        return send(res, 400, { error: 'unsupported_grant_type' });
      }
      const caller = checkPair(form.get('username') ?? '', form.get('password') ?? '', opts.username, opts.password);
      requests.push({ scopes, authorized: caller.kind === 'user', method: 'POST' });
      if (caller.kind !== 'user') return send(res, 401, UNAUTHORIZED_BODY);
      const access = grant(scopes, caller);
      send(res, 200, {
        access_token: issue(access, caller.name),
        scope: access.map((a) => `${a.type}:${a.name}:${a.actions.join(',')}`).join(' '),
        expires_in: expiresIn,
        issued_at: new Date().toISOString(),
      });
    });
  };

  const httpServer = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://token.invalid');
    if (url.pathname !== '/token') return send(res, 404, { error: 'not found' });
    if (req.method === 'GET') return handleGet(req, res, url);
    if (req.method === 'POST') return handlePost(req, res);
    send(res, 405, { error: 'method not allowed' }, { allow: 'GET, POST' });
  });
  const listening = await listenLoopback(httpServer);

  const server: TokenServer = {
    url: `http://127.0.0.1:${listening.port}`,
    requests,
    field: opts.field ?? 'both',
    denyPush: [...(opts.denyPush ?? [])],
    sign: (access, subject = '') => issue(access, subject),
    stop: () => listening.close(),
  };
  return server;
}
