// Errors a registry answers with, parsed from its JSON error body, in the user's terms.
import { ConfigurationError } from '../errors/errors.js';

export class RegistryError extends Error {
  constructor(
    message: string,
    readonly registry: string,
    readonly status: number,
    readonly code?: string,
  ) {
    super(message);
    this.name = 'RegistryError';
  }

  /** The thing asked for is not there (image, tag, blob, repository). */
  get notFound(): boolean {
    return this.status === 404 || ['MANIFEST_UNKNOWN', 'NAME_UNKNOWN', 'BLOB_UNKNOWN'].includes(this.code ?? '');
  }

  /** The registry refused the operation for these credentials (not the credentials themselves). */
  get denied(): boolean {
    return this.status === 401 || this.status === 403 || this.code === 'DENIED' || this.code === 'UNAUTHORIZED';
  }
}

/**
 * An upload session the registry no longer knows (it expired, or an earlier try already closed it and its
 * answer was lost) for a blob it does not hold: the blob is worth another try from a new session.
 */
export class UploadSessionLostError extends RegistryError {
  /** Read by the retry policy (run/retry.ts): this failure asks to start over, not to give up. */
  readonly restart = true;
}

/** Credentials rejected or missing: a user mistake naming the registry, never the secret. */
export class AuthenticationError extends ConfigurationError {
  constructor(
    message: string,
    readonly registry: string,
  ) {
    super(message);
    this.name = 'AuthenticationError';
  }
}

/** The registry's `{"errors":[{code,message}]}` body as one short phrase; defensive about other bodies. */
export function describeErrorBody(body: string): { code?: string; text: string } {
  try {
    const parsed = JSON.parse(body) as { errors?: { code?: string; message?: string }[]; message?: string };
    const first = parsed.errors?.[0];
    if (first) return { code: first.code, text: [first.code, first.message].filter(Boolean).join(': ') };
    if (typeof parsed.message === 'string') return { text: parsed.message };
  } catch {
    // not JSON: fall through to the raw text
  }
  const text = body.replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 200);
  return { text };
}
