// Image references (SPEC 2.1): parsing, validation and formatting. Nothing else lives here.
import { MAX_ECHO, quoteText } from '../errors/errors.js';

export interface ImageReference {
  /** `host[:port]` when the reference names its registry (absolute); undefined when relative. */
  registry?: string;
  /** Repository path, e.g. `release/app-admin`. */
  repository: string;
  tag?: string;
  /** `algorithm:hex`; wins over the tag for fetching. */
  digest?: string;
}

/** A reference that does not follow the grammar; `reason` says what is wrong in the user's terms. */
export class InvalidReferenceError extends Error {
  constructor(
    readonly reference: string,
    readonly reason: string,
  ) {
    // A long reference (a pasted file, a runaway template) is cut, and the reason goes first so it is seen.
    super(
      reference.length > MAX_ECHO
        ? `invalid image reference (${reason}): ${quoteText(reference)}`
        : `invalid image reference ${quoteText(reference)}: ${reason}`,
    );
    this.name = 'InvalidReferenceError';
  }
}

// OCI distribution spec grammar.
const PATH_COMPONENT = /^[a-z0-9]+(?:(?:\.|_|__|-+)[a-z0-9]+)*$/;
const TAG = /^[A-Za-z0-9_][A-Za-z0-9._-]{0,127}$/;
const DIGEST = /^[a-z0-9]+(?:[+._-][a-z0-9]+)*:[a-zA-Z0-9=_-]+$/;
const DOMAIN_COMPONENT = /^(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])$/;
const HEX_LENGTH: Record<string, number> = { sha256: 64, sha512: 128 };
const MAX_NAME_LENGTH = 255;

/** True when the first path component names a registry host (SPEC 2.1). */
export function looksLikeRegistryHost(component: string): boolean {
  return component.includes('.') || component.includes(':') || component === 'localhost';
}

function validateHost(text: string, host: string): void {
  const ipv6 = /^\[[0-9a-fA-F:.]+\](?::\d+)?$/;
  if (ipv6.test(host)) return;
  const [name, port, ...extra] = host.split(':');
  if (extra.length > 0 || (port !== undefined && !/^\d{1,5}$/.test(port))) {
    throw new InvalidReferenceError(text, `registry ${quoteText(host)} has an invalid port`);
  }
  if (!name.split('.').every((part) => DOMAIN_COMPONENT.test(part))) {
    throw new InvalidReferenceError(text, `registry host ${quoteText(host)} is not a valid host name`);
  }
}

export function validateDigest(text: string, digest: string): void {
  if (!DIGEST.test(digest)) throw new InvalidReferenceError(text, `digest ${quoteText(digest)} is not algorithm:hex`);
  const [algorithm, hex] = digest.split(':');
  const expected = HEX_LENGTH[algorithm];
  if (expected === undefined) throw new InvalidReferenceError(text, `digest algorithm ${quoteText(algorithm)} is not supported`);
  if (hex.length !== expected || !/^[0-9a-f]+$/.test(hex)) {
    throw new InvalidReferenceError(text, `${algorithm} digest must be ${expected} lowercase hex characters`);
  }
}

export function validateRepository(text: string, repository: string): void {
  if (repository === '') throw new InvalidReferenceError(text, 'the repository name is empty');
  if (repository.length > MAX_NAME_LENGTH) {
    throw new InvalidReferenceError(text, `the repository name is longer than ${MAX_NAME_LENGTH} characters`);
  }
  for (const component of repository.split('/')) {
    if (PATH_COMPONENT.test(component)) continue;
    const hint = /[A-Z]/.test(component) ? ' (repository names must be lowercase)' : '';
    throw new InvalidReferenceError(text, `${quoteText(component)} is not a valid repository path component${hint}`);
  }
}

export function validateTag(text: string, tag: string): void {
  if (!TAG.test(tag)) {
    throw new InvalidReferenceError(text, `tag ${quoteText(tag)} is invalid (letters, digits, '_', '.', '-'; at most 128; not starting with '.' or '-')`);
  }
}

/** Parses `[host[:port]/]path[:tag][@digest]`. A reference must carry a tag or a digest. */
export function parseReference(text: string): ImageReference {
  if (text === '') throw new InvalidReferenceError(text, 'it is empty');
  if (/\s/.test(text)) throw new InvalidReferenceError(text, 'it contains white space');
  let rest = text;
  let digest: string | undefined;
  const at = rest.indexOf('@');
  if (at >= 0) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
    validateDigest(text, digest);
  }
  let registry: string | undefined;
  const slash = rest.indexOf('/');
  if (slash > 0 && looksLikeRegistryHost(rest.slice(0, slash))) {
    registry = rest.slice(0, slash);
    rest = rest.slice(slash + 1);
    validateHost(text, registry);
  }
  let tag: string | undefined;
  const colon = rest.lastIndexOf(':');
  if (colon >= 0) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
    validateTag(text, tag);
  }
  validateRepository(text, rest);
  if (tag === undefined && digest === undefined) {
    throw new InvalidReferenceError(text, 'it has no tag or digest (prel never assumes :latest)');
  }
  return { registry, repository: rest, tag, digest };
}

export function formatReference(ref: ImageReference): string {
  const name = ref.registry ? `${ref.registry}/${ref.repository}` : ref.repository;
  return `${name}${ref.tag ? `:${ref.tag}` : ''}${ref.digest ? `@${ref.digest}` : ''}`;
}

/** What a manifest is fetched by: the digest when there is one, else the tag. */
export function manifestKey(ref: ImageReference): string {
  return ref.digest ?? (ref.tag as string);
}
