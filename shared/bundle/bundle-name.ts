// The bundle's name, `<product>-component-<version>`: one folder, one file and one artifact name, so
// each part must be a plain name. assemble-bundle and the release workflow's prepare job both check it here.
import { ConfigurationError } from '../errors/errors.js';

/** Product and version become one folder and file name: no separators, no `..`, nothing a shell would trip on. */
export function bundleNamePart(inputName: string, value: string): string {
  if (!/^[A-Za-z0-9][A-Za-z0-9._+-]*$/.test(value)) {
    throw new ConfigurationError(`Input '${inputName}' must be a plain name (letters, digits, '.', '_', '+', '-'), got '${value}'.`);
  }
  return value;
}

export function bundleName(product: string, version: string): string {
  return `${product}-component-${version}`;
}
