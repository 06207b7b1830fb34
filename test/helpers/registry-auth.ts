// Produces the on-disk auth material a test registry needs: an htpasswd file or a token-signing key + cert.
import { execFile } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import bcrypt from 'bcryptjs';

const run = promisify(execFile);

/** Random credential-safe string (no ':' so it survives Basic auth splitting). */
export function randomPassword(): string {
  return crypto.randomBytes(18).toString('base64url');
}

/**
 * Writes `user:$2y$...` like `htpasswd -B`. bcryptjs emits $2b$; Go's bcrypt (used by distribution)
 * accepts any minor letter, and $2y$ is what real htpasswd files carry.
 * Low cost on purpose: the registry re-checks the hash on every request.
 */
export async function writeHtpasswd(file: string, username: string, password: string): Promise<void> {
  const hash = bcrypt.hashSync(password, 5).replace(/^\$2[ab]\$/, '$2y$');
  await fs.writeFile(file, `${username}:${hash}\n`, { mode: 0o600 });
}

export interface SigningCert {
  keyPem: string;
  certPem: string;
  certPath: string;
  certDerBase64: string;
}

/** A P-256 key and self-signed cert; the cert doubles as the registry's rootcertbundle and the JWT x5c chain. */
export async function makeSigningCert(dir: string): Promise<SigningCert> {
  const keyPath = path.join(dir, 'token-key.pem');
  const certPath = path.join(dir, 'token-cert.pem');
  // prettier-ignore
  await run('openssl', [
    'req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes',
    '-keyout', keyPath, '-out', certPath, '-subj', '/CN=prel-test', '-days', '3650',
  ], { timeout: 20_000 });
  const [keyPem, certPem] = await Promise.all([fs.readFile(keyPath, 'utf8'), fs.readFile(certPath, 'utf8')]);
  const certDerBase64 = new crypto.X509Certificate(certPem).raw.toString('base64');
  return { keyPem, certPem, certPath, certDerBase64 };
}
