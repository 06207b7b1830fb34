// Before any copy starts: is each registry the user configured reachable, and does it take the credentials?
import { ConfigurationError, errorMessage } from '../errors/errors.js';
import { isRunStopped } from '../run/run-control.js';
import type { RegistryClientPool } from './client-pool.js';
import { AuthenticationError } from './registry-error.js';

/** Fails fast, with one clear line, when a registry the user configured is unreachable or rejects the credentials. */
export async function checkRegistry(pool: RegistryClientPool, host: string, inputName: string): Promise<void> {
  try {
    await (await pool.get(host)).ping();
  } catch (err) {
    if (err instanceof AuthenticationError || err instanceof ConfigurationError || isRunStopped(err)) throw err;
    throw new ConfigurationError(`Cannot reach registry ${host} (input '${inputName}'): ${errorMessage(err)}`);
  }
}
