// assemble-bundle's inputs, read and checked once.
import { archiveMtime } from '../../../shared/archive/archive-file.js';
import { ConfigurationError } from '../../../shared/errors.js';
import {
  getBooleanInput,
  getEnumInput,
  getOptionalInput,
  getRequiredInput,
  getSecretInput,
  workspacePath,
} from '../../../shared/inputs.js';
import { parseBundleLines, type BundleLine } from '../../../shared/bundle/bundle-lines.js';

export interface Inputs {
  product: string;
  version: string;
  /** `<product>-component-<version>`. */
  bundleName: string;
  files: BundleLine[];
  outputDir: string;
  compression: 'gzip' | 'none';
  checksums: boolean;
  uploadArtifact: boolean;
  artifactName: string;
  githubToken?: string;
  jobSummary: boolean;
  /** SOURCE_DATE_EPOCH, read here so a malformed value fails before any work. */
  sourceDateEpoch: number;
}

/** Product and version become one folder and file name: no separators, no `..`, nothing a shell would trip on. */
function namePart(name: string, value: string): string {
  if (!/^[A-Za-z0-9][A-Za-z0-9._+-]*$/.test(value)) {
    throw new ConfigurationError(`Input '${name}' must be a plain name (letters, digits, '.', '_', '+', '-'), got '${value}'.`);
  }
  return value;
}

export function getInputs(): Inputs {
  const product = namePart('product', getOptionalInput('product') ?? 'compass');
  const version = namePart('version', getRequiredInput('version'));
  const bundleName = `${product}-component-${version}`;
  return {
    product,
    version,
    bundleName,
    files: parseBundleLines(getOptionalInput('files')),
    outputDir: workspacePath(getOptionalInput('output-dir') ?? '.'),
    compression: getEnumInput('compression', ['gzip', 'none'] as const, 'gzip'),
    checksums: getBooleanInput('checksums', true),
    uploadArtifact: getBooleanInput('upload-artifact', false),
    artifactName: getOptionalInput('artifact-name') ?? bundleName,
    githubToken: getSecretInput('github-token'),
    jobSummary: getBooleanInput('job-summary', true),
    sourceDateEpoch: archiveMtime(),
  };
}
