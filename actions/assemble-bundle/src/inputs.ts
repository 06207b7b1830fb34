// assemble-bundle's inputs, read and checked once.
import {
  getBooleanInput,
  getEnumInput,
  getOptionalInput,
  getRequiredInput,
  getSecretInput,
  workspacePath,
} from '../../../shared/inputs.js';
import { parseBundleLines, type BundleLine } from '../../../shared/bundle/bundle-lines.js';
import { bundleName as nameOfBundle, bundleNamePart } from '../../../shared/bundle/bundle-name.js';

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
}

export function getInputs(): Inputs {
  const product = bundleNamePart('product', getOptionalInput('product') ?? 'compass');
  const version = bundleNamePart('version', getRequiredInput('version'));
  const bundleName = nameOfBundle(product, version);
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
  };
}
