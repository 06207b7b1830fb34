// Finds registry credentials: the action's inputs first, then the Docker config (auths, credHelpers,
// credsStore), so `docker/login-action` upstream just works; else anonymous.
import { spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { ConfigurationError } from '../errors/errors.js';

export interface Credentials {
  username?: string;
  password?: string;
  /** OAuth2 refresh token (Docker config `identitytoken`, or a helper's `<token>` user). */
  identityToken?: string;
  /** A bearer token to use as is (`registrytoken`). */
  registryToken?: string;
  /** Where they came from, for messages: never the secret itself. */
  source: string;
}

interface DockerConfigFile {
  auths?: Record<string, { auth?: string; username?: string; password?: string; identitytoken?: string; registrytoken?: string }>;
  credHelpers?: Record<string, string>;
  credsStore?: string;
}

/** `https://index.docker.io/v1/` and `ghcr.io/x` both come down to their host, as docker/cli compares them. */
export function hostOfConfigKey(key: string): string {
  return key.replace(/^[a-z]+:\/\//i, '').split('/')[0].toLowerCase();
}

const DOCKER_HUB_NAMES = new Set(['docker.io', 'index.docker.io', 'registry-1.docker.io']);

function configPath(): string {
  return join(process.env.DOCKER_CONFIG || join(homedir(), '.docker'), 'config.json');
}

/** Where an unreadable Docker config is reported; the client pool passes its logger. */
export type ConfigWarning = (message: string) => void;

/** errno codes of a config file that exists but cannot be read: docker warns and goes on anonymously. */
const UNREADABLE = new Set(['EACCES', 'EPERM', 'EISDIR', 'ENOTDIR']);

async function readDockerConfig(warn: ConfigWarning): Promise<{ config: DockerConfigFile; source: string } | undefined> {
  // DOCKER_AUTH_CONFIG (newer docker/cli) takes the place of the file when set.
  if (process.env.DOCKER_AUTH_CONFIG) {
    return { config: parseConfig(process.env.DOCKER_AUTH_CONFIG, 'DOCKER_AUTH_CONFIG'), source: 'DOCKER_AUTH_CONFIG' };
  }
  const path = configPath();
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? '';
    if (code === 'ENOENT') return undefined;
    if (UNREADABLE.has(code)) {
      warn(`cannot read the Docker config ${path} (${code === 'EISDIR' ? 'is a folder' : 'permission denied'}); going on without its credentials`);
      return undefined;
    }
    throw new ConfigurationError(`Cannot read the Docker config ${path}: ${(err as Error).message}`);
  }
  return { config: parseConfig(text, path), source: path };
}

function parseConfig(text: string, source: string): DockerConfigFile {
  try {
    const parsed = JSON.parse(text) as unknown;
    if (typeof parsed !== 'object' || parsed === null) throw new Error('not a JSON object');
    return parsed as DockerConfigFile;
  } catch (err) {
    throw new ConfigurationError(`The Docker config ${source} is not valid JSON: ${(err as Error).message}`);
  }
}

function decodeAuth(auth: string): { username: string; password: string } | undefined {
  const decoded = Buffer.from(auth, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 0) return undefined;
  return { username: decoded.slice(0, colon), password: decoded.slice(colon + 1).replace(/\0+$/, '') };
}

/** Runs `docker-credential-<helper> get`; "not found" means anonymous, any other failure is an error. */
async function fromHelper(helper: string, host: string): Promise<Credentials | undefined> {
  const program = `docker-credential-${helper}`;
  const { code, stdout, stderr } = await new Promise<{ code: number | null; stdout: string; stderr: string }>(
    (resolve, reject) => {
      const child = spawn(program, ['get'], { stdio: ['pipe', 'pipe', 'pipe'] });
      let out = '';
      let err = '';
      child.stdout.on('data', (d: Buffer) => (out += d.toString()));
      child.stderr.on('data', (d: Buffer) => (err += d.toString()));
      child.on('error', (e: NodeJS.ErrnoException) =>
        reject(
          new ConfigurationError(
            e.code === 'ENOENT'
              ? `The Docker config names credential helper '${helper}' for ${host}, but ${program} is not on PATH.`
              : `${program} failed for ${host}: ${e.message}`,
          ),
        ),
      );
      child.on('close', (c) => resolve({ code: c, stdout: out, stderr: err }));
      child.stdin.end(host);
    },
  );
  if (code !== 0) {
    if (/credentials not found/i.test(stdout + stderr)) return undefined;
    throw new ConfigurationError(`${program} get failed for ${host}: ${(stdout + stderr).trim() || `exit ${code}`}`);
  }
  let reply: { Username?: string; Secret?: string };
  try {
    reply = JSON.parse(stdout) as { Username?: string; Secret?: string };
  } catch {
    throw new ConfigurationError(`${program} get returned something that is not JSON for ${host}.`);
  }
  const source = `credential helper ${program}`;
  if (reply.Username === '<token>') return { identityToken: reply.Secret, source };
  return { username: reply.Username, password: reply.Secret, source };
}

/** Credentials for `host` from the Docker config, or undefined for anonymous access. */
export async function dockerConfigCredentials(host: string, warn: ConfigWarning = () => {}): Promise<Credentials | undefined> {
  const found = await readDockerConfig(warn);
  if (!found) return undefined;
  const { config, source } = found;
  // Docker Hub's credentials are stored under its old index name, whatever name the image used.
  const wanted = DOCKER_HUB_NAMES.has(host.toLowerCase()) ? 'index.docker.io' : host.toLowerCase();
  const helper = Object.entries(config.credHelpers ?? {}).find(([key]) => hostOfConfigKey(key) === wanted)?.[1];
  if (helper) return fromHelper(helper, host);
  if (config.credsStore) {
    const stored = await fromHelper(config.credsStore, host);
    if (stored) return stored;
  }
  const entry = Object.entries(config.auths ?? {}).find(([key]) => hostOfConfigKey(key) === wanted)?.[1];
  if (!entry) return undefined;
  const label = `${source} (auths.${host})`;
  if (entry.registrytoken) return { registryToken: entry.registrytoken, source: label };
  if (entry.identitytoken) return { identityToken: entry.identitytoken, username: entry.username, source: label };
  if (entry.auth) {
    const decoded = decodeAuth(entry.auth);
    if (!decoded) throw new ConfigurationError(`${label}: 'auth' is not base64 of user:password.`);
    return { ...decoded, source: label };
  }
  if (entry.username !== undefined) return { username: entry.username, password: entry.password, source: label };
  return undefined;
}

/** Inputs win over the Docker config (SPEC 2.2). */
export async function resolveCredentials(
  host: string,
  fromInputs: { username?: string; password?: string; inputName?: string },
  warn?: ConfigWarning,
): Promise<Credentials | undefined> {
  if (fromInputs.username !== undefined || fromInputs.password !== undefined) {
    // An empty inputName means plain 'username'/'password' inputs (no prefix).
    const prefix = fromInputs.inputName === '' ? '' : `${fromInputs.inputName ?? 'registry'}-`;
    if (fromInputs.username === undefined || fromInputs.password === undefined) {
      throw new ConfigurationError(`Inputs '${prefix}username' and '${prefix}password' must be given together.`);
    }
    return { username: fromInputs.username, password: fromInputs.password, source: `inputs ${prefix}username/password` };
  }
  return dockerConfigCredentials(host, warn);
}
