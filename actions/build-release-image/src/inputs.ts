// build-release-image's inputs, read and checked once.
import { archiveMtime } from '../../../shared/archive/archive-file.js';
import { parseDestination } from '../../../shared/release-image/context-layer.js';
import {
  displayPath,
  getBooleanInput,
  getEnumInput,
  getIntInput,
  getMinutesInput,
  getListInput,
  getMapInput,
  getOptionalInput,
  getRequiredInput,
  getSecretInput,
  workspacePath,
} from '../../../shared/action/inputs.js';
import { parsePlatforms } from '../../../shared/action/platforms-input.js';
import { parseBaseImageInput, parseTargetImageInput, type RegistryImage } from '../../../shared/release-image/release-image.js';

export interface Inputs {
  baseImage: RegistryImage;
  /** Repository of `image` with `release-version` as its tag. */
  image: RegistryImage & { tag: string };
  /** Absolute context folder, and as shown in messages and the image history. */
  context: string;
  contextInput: string;
  destination: string;
  exclude: string[];
  push: boolean;
  /** Absolute path, and as written (the output). */
  savePath: string;
  savePathInput: string;
  compression: 'gzip' | 'none';
  platforms: string[];
  labels: Map<string, string>;
  username?: string;
  password?: string;
  baseUsername?: string;
  basePassword?: string;
  insecureRegistries: string[];
  retries: number;
  /** Minutes the whole step may take. */
  timeout: number;
  jobSummary: boolean;
  /** SOURCE_DATE_EPOCH, read here so a malformed value fails before any work. */
  sourceDateEpoch: number;
}

export function getInputs(): Inputs {
  const context = workspacePath(getOptionalInput('context') ?? '.');
  const savePathInput = getOptionalInput('save-path') ?? 'image/release.tar.gz';
  return {
    baseImage: parseBaseImageInput('base-image', getRequiredInput('base-image')),
    image: parseTargetImageInput('image', getRequiredInput('image'), 'release-version', getRequiredInput('release-version')),
    context,
    // Relative to the workspace when inside it, so the recorded history does not depend on where the runner checked out.
    contextInput: displayPath(context) || '.',
    destination: parseDestination('destination', getOptionalInput('destination') ?? '/pangolin/'),
    exclude: getListInput('exclude'),
    push: getBooleanInput('push', true),
    savePath: workspacePath(savePathInput),
    savePathInput,
    compression: getEnumInput('compression', ['gzip', 'none'] as const, 'gzip'),
    platforms: parsePlatforms('platforms', getListInput('platforms')),
    labels: getMapInput('labels'),
    username: getOptionalInput('username'),
    password: getSecretInput('password'),
    baseUsername: getOptionalInput('base-username'),
    basePassword: getSecretInput('base-password'),
    insecureRegistries: getListInput('insecure-registries'),
    retries: getIntInput('retries', 5, { min: 1, max: 20 }),
    timeout: getMinutesInput('timeout', 60, 7 * 24 * 60),
    jobSummary: getBooleanInput('job-summary', true),
    sourceDateEpoch: archiveMtime(),
  };
}
