// assemble-bundle's inputs, read and checked once.
import { archiveMtime } from '../../../shared/archive/archive-file.js';
import {
  getBooleanInput,
  getEnumInput,
  getOptionalInput,
  getRequiredInput,
  getSecretInput,
  workspacePath,
} from '../../../shared/action/inputs.js';
import { ConfigurationError } from '../../../shared/errors/errors.js';
import { parseBundleLines, type BundleLine } from '../../../shared/bundle/bundle-lines.js';
import { bundleName as nameOfBundle, bundleNamePart } from '../../../shared/bundle/bundle-name.js';
import { deltaBundleName } from '../../../shared/bundle/delta-base.js';
import type { VerificationRequest } from '../../../shared/bundle/verification-files.js';
import { LOCK_FILE } from '../../../shared/lock/images-lock.js';

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
  verification: VerificationRequest;
}

export function getInputs(): Inputs {
  const product = bundleNamePart('product', getOptionalInput('product') ?? 'compass');
  const version = bundleNamePart('version', getRequiredInput('version'));
  const baseRelease = getOptionalInput('base-release');
  const baseLock = getOptionalInput('base-lock');
  if ((baseRelease === undefined) !== (baseLock === undefined)) {
    throw new ConfigurationError(`Inputs 'base-release' and 'base-lock' make a delta bundle together: set both or neither.`);
  }
  const base = baseRelease === undefined ? undefined : { release: bundleNamePart('base-release', baseRelease), lockFile: workspacePath(baseLock!), lockShown: baseLock! };
  const full = nameOfBundle(product, version);
  const bundleName = base ? deltaBundleName(full, base.release) : full;
  const lock = getOptionalInput('images-lock');
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
    verification: {
      lock: { file: workspacePath(lock ?? LOCK_FILE), shown: lock ?? LOCK_FILE, explicit: lock !== undefined },
      registryArchive: getOptionalInput('registry-archive') ?? 'pangolin-deploy-images.tar.gz',
      base,
    },
  };
}
