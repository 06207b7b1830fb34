// sync-images' inputs, read and checked once.
import { parseShard, type Shard } from '../../../shared/sync/shard.js';
import {
  getBooleanInput,
  getIntInput,
  getMinutesInput,
  getListInput,
  getMapInput,
  getOptionalInput,
  getRequiredInput,
  getSecretInput,
  workspacePath,
} from '../../../shared/action/inputs.js';
import { parseRegistryInput, type RegistryLocation } from '../../../shared/registry/endpoint.js';
import { parsePlatforms } from '../../../shared/action/platforms-input.js';

export interface Inputs {
  imagesFile: string[];
  sourceRegistry?: RegistryLocation;
  targetRegistry: RegistryLocation;
  sourceProjectMap: Map<string, string>;
  platforms: string[];
  concurrency: number;
  shard?: Shard;
  failOnMissing: boolean;
  reportDir?: string;
  sourceUsername?: string;
  sourcePassword?: string;
  targetUsername?: string;
  targetPassword?: string;
  insecureRegistries: string[];
  retries: number;
  /** Minutes the whole step may take. */
  timeout: number;
  jobSummary: boolean;
}

export function getInputs(): Inputs {
  const source = getOptionalInput('source-registry');
  const reportDir = getOptionalInput('report-dir');
  return {
    imagesFile: getListInput('images-file'),
    sourceRegistry: source === undefined ? undefined : parseRegistryInput('source-registry', source),
    targetRegistry: parseRegistryInput('target-registry', getRequiredInput('target-registry')),
    sourceProjectMap: getMapInput('source-project-map'),
    platforms: parsePlatforms('platforms', getListInput('platforms')),
    concurrency: getIntInput('concurrency', 8, { min: 1, max: 64 }),
    shard: parseShard('shard', getOptionalInput('shard')),
    failOnMissing: getBooleanInput('fail-on-missing', true),
    reportDir: reportDir === undefined ? undefined : workspacePath(reportDir),
    sourceUsername: getOptionalInput('source-username'),
    sourcePassword: getSecretInput('source-password'),
    targetUsername: getOptionalInput('target-username'),
    targetPassword: getSecretInput('target-password'),
    insecureRegistries: getListInput('insecure-registries'),
    retries: getIntInput('retries', 5, { min: 1, max: 20 }),
    timeout: getMinutesInput('timeout', 60, 7 * 24 * 60),
    jobSummary: getBooleanInput('job-summary', true),
  };
}
