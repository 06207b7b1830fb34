// pack-registry's inputs, read and checked once.
import { archiveMtime } from '../../../shared/archive/archive-file.js';
import {
  getBooleanInput,
  getEnumInput,
  getIntInput,
  getMinutesInput,
  getListInput,
  getMapInput,
  getOptionalInput,
  getSecretInput,
  workspacePath,
} from '../../../shared/action/inputs.js';
import { ConfigurationError } from '../../../shared/errors/errors.js';
import type { PackFormat } from '../../../shared/pack/image-pack.js';
import { parsePlatforms } from '../../../shared/action/platforms-input.js';
import { parseRegistryInput, type RegistryLocation } from '../../../shared/registry/endpoint.js';

export interface Inputs {
  imagesFile: string[];
  sourceRegistry?: RegistryLocation;
  sourceProjectMap: Map<string, string>;
  output: string;
  format: PackFormat;
  compression: 'gzip' | 'none';
  platforms: string[];
  concurrency: number;
  sourceUsername?: string;
  sourcePassword?: string;
  insecureRegistries: string[];
  retries: number;
  /** Minutes the whole step may take. */
  timeout: number;
  reportDir?: string;
  jobSummary: boolean;
  /** SOURCE_DATE_EPOCH, read here so a malformed value fails before any work. */
  sourceDateEpoch: number;
  /** images.lock of the release the site already has: a delta pack. */
  previousLock?: string;
}

export function getInputs(): Inputs {
  const source = getOptionalInput('source-registry');
  const reportDir = getOptionalInput('report-dir');
  const previousLock = getOptionalInput('previous-lock');
  const format = getEnumInput('format', ['distribution', 'oci'] as const, 'distribution');
  // An OCI layout has one index.json: unpacked over the previous one it would drop the old images.
  if (previousLock !== undefined && format === 'oci') throw new ConfigurationError("Input 'previous-lock' needs format 'distribution': an OCI layout cannot be unpacked over the previous one.");
  return {
    imagesFile: getListInput('images-file'),
    sourceRegistry: source === undefined ? undefined : parseRegistryInput('source-registry', source),
    sourceProjectMap: getMapInput('source-project-map'),
    output: workspacePath(getOptionalInput('output') ?? 'pangolin-deploy-images.tar.gz'),
    format,
    compression: getEnumInput('compression', ['gzip', 'none'] as const, 'gzip'),
    platforms: parsePlatforms('platforms', getListInput('platforms')),
    concurrency: getIntInput('concurrency', 8, { min: 1, max: 64 }),
    sourceUsername: getOptionalInput('source-username'),
    sourcePassword: getSecretInput('source-password'),
    insecureRegistries: getListInput('insecure-registries'),
    retries: getIntInput('retries', 5, { min: 1, max: 20 }),
    timeout: getMinutesInput('timeout', 60, 7 * 24 * 60),
    reportDir: reportDir === undefined ? undefined : workspacePath(reportDir),
    jobSummary: getBooleanInput('job-summary', true),
    sourceDateEpoch: archiveMtime(),
    previousLock: previousLock === undefined ? undefined : workspacePath(previousLock),
  };
}
