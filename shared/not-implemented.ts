// The body of an action that is specified but not built yet: the step fails with one clear line.
import { ConfigurationError } from './errors/errors.js';

export function notImplementedMessage(action: string): string {
  return `prel ${action} is not implemented yet in this version; see the README's actions table.`;
}

/** An action body for runAction that fails as a user-facing error (no stack: nothing is broken). */
export function notImplemented(action: string): () => Promise<void> {
  return async () => {
    throw new ConfigurationError(notImplementedMessage(action));
  };
}
