// Registry authentication: learns the scheme from the 401 challenge, then sends Basic credentials or
// Bearer tokens fetched for each scope set (cached until shortly before they expire, one fetch at a time).
import type { Dispatcher } from 'undici';
import { request } from '../http/undici-core.js';
import type { RetryPolicy } from '../run/retry.js';
import { RetryableStatusError, isRetryableStatus, parseRetryAfter, withRetries } from '../run/retry.js';
import type { Credentials } from './credentials.js';
import { AuthenticationError, describeErrorBody } from './registry-error.js';
import { parseChallenges } from './www-authenticate.js';
import { hedgeTimer, sendHedged } from '../http/hedge.js';
import { requestLimits } from '../http/request-limits.js';

interface CachedToken {
  token: string;
  expiresAt: number;
}

/** Tokens are renewed this long before they expire, so a request never starts with a dying token. */
const EXPIRY_MARGIN_MS = 10_000;

export class Authenticator {
  private mode: 'unknown' | 'basic' | 'bearer' = 'unknown';
  private realm = '';
  private service?: string;
  private readonly tokens = new Map<string, CachedToken>();
  private readonly pending = new Map<string, Promise<string>>();
  /** The token server's pace, for hedged token reads. */
  private readonly hedge = hedgeTimer(requestLimits());

  constructor(
    readonly registry: string,
    private readonly credentials: Credentials | undefined,
    private readonly dispatcher: Dispatcher,
    private readonly retry: RetryPolicy,
    private readonly userAgent: string,
    private readonly mask: (secret: string) => void,
    private readonly signal?: AbortSignal,
  ) {}

  /** The Authorization header for a request needing `scopes`, or undefined while none is known to be needed. */
  async header(scopes: string[]): Promise<string | undefined> {
    if (this.credentials?.registryToken) return `Bearer ${this.credentials.registryToken}`;
    if (this.mode === 'basic') return this.basicHeader();
    if (this.mode === 'bearer') return `Bearer ${await this.token(scopes)}`;
    return undefined;
  }

  /**
   * Handles a 401. Returns normally when the request is worth sending again; throws when the
   * credentials are missing or were rejected.
   */
  async challenged(wwwAuthenticate: string | undefined, scopes: string[], sentAuthorization: string | undefined): Promise<void> {
    const challenges = parseChallenges(wwwAuthenticate ?? '');
    const bearer = challenges.find((c) => c.scheme === 'bearer');
    const basic = challenges.find((c) => c.scheme === 'basic');
    if (bearer?.params.realm) {
      this.mode = 'bearer';
      this.realm = bearer.params.realm;
      this.service = bearer.params.service;
      if (sentAuthorization?.startsWith('Bearer ')) {
        if (bearer.params.error === 'insufficient_scope' || this.credentials?.registryToken) {
          throw new AuthenticationError(
            this.credentials
              ? `${this.registry} denied ${scopes.join(' ') || 'access'} to the credentials from ${this.credentials.source}.`
              : `${this.registry} requires credentials for ${scopes.join(' ') || 'this request'} and none were found (inputs, or the Docker config's auths/credHelpers).`,
            this.registry,
          );
        }
        // The token may have been revoked or expired early: fetch a fresh one, once.
        const key = scopeKey(scopes);
        const cached = this.tokens.get(key);
        if (cached && `Bearer ${cached.token}` === sentAuthorization) this.tokens.delete(key);
        else throw new AuthenticationError(`${this.registry} rejected the token its token server issued.`, this.registry);
      }
      return;
    }
    if (basic || challenges.length === 0) {
      if (!this.credentials?.username) {
        throw new AuthenticationError(
          `${this.registry} requires credentials and none were found (inputs, or the Docker config's auths/credHelpers).`,
          this.registry,
        );
      }
      if (sentAuthorization?.startsWith('Basic ')) {
        throw new AuthenticationError(`${this.registry} rejected the credentials from ${this.credentials.source} (401 Unauthorized).`, this.registry);
      }
      this.mode = 'basic';
      return;
    }
    throw new AuthenticationError(`${this.registry} asks for an unsupported authentication scheme '${challenges[0].scheme}'.`, this.registry);
  }

  /** Fetches a token without scope: checks credentials up front, as `docker login` does. */
  async checkCredentials(): Promise<void> {
    if (this.mode === 'bearer' && this.credentials && !this.credentials.registryToken) await this.token([]);
  }

  get scheme(): string {
    return this.mode;
  }

  private basicHeader(): string {
    const { username = '', password = '' } = this.credentials ?? {};
    return `Basic ${Buffer.from(`${username}:${password}`).toString('base64')}`;
  }

  private async token(scopes: string[]): Promise<string> {
    const key = scopeKey(scopes);
    const cached = this.tokens.get(key);
    if (cached && cached.expiresAt - EXPIRY_MARGIN_MS > Date.now()) return cached.token;
    let pending = this.pending.get(key);
    if (!pending) {
      pending = this.fetchToken(scopes).finally(() => this.pending.delete(key));
      this.pending.set(key, pending);
    }
    return pending;
  }

  private async fetchToken(scopes: string[]): Promise<string> {
    const identity = this.credentials?.identityToken;
    const reply = await withRetries(this.retry, async () => {
      const url = new URL(this.realm);
      const headers: Record<string, string> = { 'user-agent': this.userAgent };
      let method: 'GET' | 'POST' = 'GET';
      let body: string | undefined;
      if (identity) {
        // OAuth2 refresh-token grant: what Docker's identity tokens are for.
        method = 'POST';
        const form = new URLSearchParams({ grant_type: 'refresh_token', refresh_token: identity, client_id: 'prel' });
        if (this.service) form.set('service', this.service);
        if (scopes.length) form.set('scope', scopes.join(' '));
        body = form.toString();
        headers['content-type'] = 'application/x-www-form-urlencoded';
      } else {
        if (this.service) url.searchParams.set('service', this.service);
        for (const scope of scopes) url.searchParams.append('scope', scope);
        if (this.credentials?.username) headers.authorization = this.basicHeader();
      }
      // A token GET is a read: hedged like the registry's own reads (its body too). An OAuth2 POST is sent once.
      const res = await sendHedged(method === 'GET' ? this.hedge : undefined, this.signal, async (signal) => {
        const answer = await request(url, { method, headers, body, dispatcher: this.dispatcher, signal });
        const text = await answer.body.text();
        if (isRetryableStatus(answer.statusCode)) {
          throw new RetryableStatusError(`token server ${url.origin} answered ${answer.statusCode}`, answer.statusCode, parseRetryAfter(header(answer.headers['retry-after'])));
        }
        return { statusCode: answer.statusCode, text };
      });
      const text = res.text;
      if (res.statusCode === 401 || res.statusCode === 403) {
        throw new AuthenticationError(
          this.credentials
            ? `${this.registry}: the token server rejected the credentials from ${this.credentials.source} (${res.statusCode}).`
            : `${this.registry} requires credentials for ${scopes.join(' ') || 'this request'} and none were found (inputs, or the Docker config).`,
          this.registry,
        );
      }
      if (res.statusCode !== 200) {
        throw new AuthenticationError(
          `${this.registry}: the token server ${url.origin} answered ${res.statusCode}: ${describeErrorBody(text).text}`,
          this.registry,
        );
      }
      return text;
    }, undefined, this.signal);
    let parsed: { token?: string; access_token?: string; expires_in?: number; issued_at?: string };
    try {
      parsed = JSON.parse(reply) as typeof parsed;
    } catch {
      throw new AuthenticationError(`${this.registry}: the token server answered with something that is not JSON.`, this.registry);
    }
    const token = parsed.token || parsed.access_token;
    if (!token) throw new AuthenticationError(`${this.registry}: the token server's answer has no token.`, this.registry);
    this.mask(token);
    const issued = parsed.issued_at ? Date.parse(parsed.issued_at) : NaN;
    const start = Number.isNaN(issued) ? Date.now() : Math.min(issued, Date.now());
    const lifetime = (parsed.expires_in && parsed.expires_in > 0 ? parsed.expires_in : 60) * 1000;
    this.tokens.set(scopeKey(scopes), { token, expiresAt: start + lifetime });
    return token;
  }
}

function scopeKey(scopes: string[]): string {
  return [...scopes].sort().join(' ');
}

export function header(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}
