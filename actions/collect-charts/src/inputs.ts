// collect-charts' inputs, read and checked once.
import { getBooleanInput, getIntInput, getOptionalInput, getSecretInput, workspacePath } from '../../../shared/action/inputs.js';

export interface Inputs {
  releaseCharts: string;
  addonsPath: string;
  githubToken?: string;
  clean: boolean;
  concurrency: number;
  jobSummary: boolean;
}

export function getInputs(): Inputs {
  return {
    releaseCharts: workspacePath(getOptionalInput('release-charts') ?? 'release_charts.yaml'),
    addonsPath: workspacePath(getOptionalInput('addons-path') ?? 'addons'),
    githubToken: getSecretInput('github-token'),
    clean: getBooleanInput('clean', true),
    concurrency: getIntInput('concurrency', 4, { min: 1, max: 32 }),
    jobSummary: getBooleanInput('job-summary', true),
  };
}
