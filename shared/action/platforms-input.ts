// The `platforms` input: `os/arch[/variant]` entries.
import { ConfigurationError } from '../errors/errors.js';

export function parsePlatforms(inputName: string, entries: string[]): string[] {
  for (const entry of entries) {
    if (!/^[a-z0-9_-]+\/[a-z0-9_-]+(\/[a-z0-9_.-]+)?$/i.test(entry)) {
      throw new ConfigurationError(`Input '${inputName}': '${entry}' is not a platform like linux/amd64 or linux/arm/v7.`);
    }
  }
  return entries;
}
