// The release workflow's plan (its prepare job), as code. Every name the release will carry is checked
// here with the code the actions run later (image tag, bundle and artifact name, archive branch, git
// tag), so a bad version fails in seconds instead of after hours of sync; and the shard matrix.
import { randomBytes } from 'node:crypto';
import { bundleName, bundleNamePart } from '../bundle/bundle-name.js';
import { ConfigurationError } from '../errors/errors.js';
import { isValidTagName } from '../git/git-source.js';
import { parseBaseImageInput, parseTargetImageInput } from '../release-image/release-image.js';

/** GitHub runs at most 256 jobs from one matrix. */
export const MAX_SHARDS = 256;

export interface ReleasePlanInputs {
  releaseVersion: string;
  product: string;
  releaseImage: string;
  baseImage: string;
  shards: number;
}

export interface ReleasePlan {
  /** `["1/4","2/4",…]`, one sync job each. */
  matrix: string[];
  /** The branch of the archive pull request. */
  archiveBranch: string;
  /** `<product>-component-<version>`. */
  bundleName: string;
  /** Tells this call's artifacts from those of another call of the workflow in the same run. */
  callId: string;
}

/** The branch the collect job pushes the archived addons/ and images-lists/ to. */
export function archiveBranchOf(version: string): string {
  return `prel/release-${version}`;
}

export function planRelease(inputs: ReleasePlanInputs, callId = randomBytes(4).toString('hex')): ReleasePlan {
  const version = inputs.releaseVersion;
  // build-release-image's check: the version is the release image's tag.
  parseTargetImageInput('release-image', inputs.releaseImage, 'release-version', version);
  parseBaseImageInput('base-image', inputs.baseImage);
  // assemble-bundle's check: product and version name the bundle's folder, file and artifact.
  const name = bundleName(bundleNamePart('product', inputs.product), bundleNamePart('release-version', version));
  // The archive branch and the GitHub release's tag.
  const archiveBranch = archiveBranchOf(version);
  if (!isValidTagName(version) || !isValidTagName(archiveBranch)) {
    throw new ConfigurationError(`Input 'release-version' ('${version}') cannot name the git tag '${version}' and the branch '${archiveBranch}'.`);
  }
  const count = inputs.shards;
  if (!Number.isInteger(count) || count < 1 || count > MAX_SHARDS) {
    throw new ConfigurationError(`Input 'shards' must be a whole number from 1 to ${MAX_SHARDS} (GitHub's matrix limit), got ${count}.`);
  }
  return {
    matrix: Array.from({ length: count }, (_, i) => `${i + 1}/${count}`),
    archiveBranch,
    bundleName: name,
    callId,
  };
}
