// Signs the JWTs the test token server hands out, in the shape docker/distribution verifies.
import crypto from 'node:crypto';

export interface AccessEntry {
  type: string;
  name: string;
  actions: string[];
}

export interface ClaimInput {
  issuer: string;
  subject: string;
  audience: string;
  access: AccessEntry[];
  expiresIn: number;
}

function b64url(data: Buffer | string): string {
  return Buffer.from(data).toString('base64url');
}

/** ES256 for P-256 keys, RS256 for RSA keys: the two algorithms libtrust (used by distribution 2.8) verifies. */
function algorithmFor(key: crypto.KeyObject): 'ES256' | 'RS256' {
  if (key.asymmetricKeyType === 'rsa') return 'RS256';
  if (key.asymmetricKeyType === 'ec' && key.asymmetricKeyDetails?.namedCurve === 'prime256v1') return 'ES256';
  throw new Error(`unsupported token signing key: ${key.asymmetricKeyType} ${key.asymmetricKeyDetails?.namedCurve ?? ''}`);
}

/**
 * Builds a compact JWS. The cert rides in `x5c` so the registry can check it against its rootcertbundle
 * instead of needing a libtrust `kid`.
 */
export function signJwt(claims: ClaimInput, keyPem: string, certDerBase64: string): string {
  const key = crypto.createPrivateKey(keyPem);
  const alg = algorithmFor(key);
  const now = Math.floor(Date.now() / 1000);
  const header = { typ: 'JWT', alg, x5c: [certDerBase64] };
  const payload = {
    iss: claims.issuer,
    sub: claims.subject,
    // Why a plain string: distribution 2.8's ClaimSet.Audience is a string, a JSON array fails to decode.
    aud: claims.audience,
    exp: now + claims.expiresIn,
    // Why backdated: second-granularity clocks could otherwise make a fresh token "not yet valid".
    nbf: now - 10,
    iat: now,
    jti: crypto.randomUUID(),
    access: claims.access,
  };
  const signingInput = `${b64url(JSON.stringify(header))}.${b64url(JSON.stringify(payload))}`;
  // Why ieee-p1363: JWS ES256 wants raw r||s (64 bytes), not Node's default DER signature.
  const sig =
    alg === 'ES256'
      ? crypto.sign('sha256', Buffer.from(signingInput), { key, dsaEncoding: 'ieee-p1363' })
      : crypto.sign('sha256', Buffer.from(signingInput), key);
  return `${signingInput}.${b64url(sig)}`;
}
