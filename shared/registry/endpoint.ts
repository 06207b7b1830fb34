// Where a registry host is reached: its scheme (SPEC 2.2) and the API host behind Docker Hub's name.
import { ConfigurationError } from '../errors/errors.js';
import { isLoopback } from '../http/loopback.js';

/** http for loopback and listed insecure hosts (the Docker daemon's own default), https otherwise. */
export function registryBaseUrl(host: string, insecureRegistries: readonly string[]): string {
  const insecure = isLoopback(host) || insecureRegistries.some((h) => h.toLowerCase() === host.toLowerCase());
  const apiHost = host === 'docker.io' || host === 'index.docker.io' ? 'registry-1.docker.io' : host;
  return `${insecure ? 'http' : 'https'}://${apiHost}`;
}

/** A registry input: `host[:port]` optionally followed by a path prefix (`host/mirror/team`). */
export interface RegistryLocation {
  host: string;
  prefix: string;
}

export function parseRegistryInput(inputName: string, value: string): RegistryLocation {
  const trimmed = value.replace(/^[a-z]+:\/\//i, '').replace(/\/+$/, '');
  const [host, ...path] = trimmed.split('/');
  const prefix = path.join('/');
  const validHost = /^(?:\[[0-9a-fA-F:.]+\]|[A-Za-z0-9](?:[A-Za-z0-9.-]*[A-Za-z0-9])?)(?::\d{1,5})?$/;
  const validPrefix = /^[a-z0-9]+(?:(?:\.|_|__|-+)[a-z0-9]+)*(?:\/[a-z0-9]+(?:(?:\.|_|__|-+)[a-z0-9]+)*)*$/;
  if (!host || !validHost.test(host) || (prefix !== '' && !validPrefix.test(prefix))) {
    throw new ConfigurationError(`Input '${inputName}' must be a registry host[:port] with an optional lowercase path, got '${value}'.`);
  }
  return { host, prefix };
}
