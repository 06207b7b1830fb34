// resolve-tags' inputs, read and checked once.
import { getBooleanInput, getIntInput, getOptionalInput, getSecretInput, workspacePath } from '../../../shared/action/inputs.js';

export interface Inputs {
  chartsList: string;
  output: string;
  githubToken?: string;
  prerelease: boolean;
  createPullRequest: boolean;
  baseBranch?: string;
  pullRequestBranch: string;
  concurrency: number;
  jobSummary: boolean;
}

export function getInputs(): Inputs {
  return {
    chartsList: workspacePath(getOptionalInput('charts-list') ?? 'charts_list.yaml'),
    output: workspacePath(getOptionalInput('output') ?? 'release_charts.yaml'),
    githubToken: getSecretInput('github-token'),
    prerelease: getBooleanInput('prerelease', true),
    createPullRequest: getBooleanInput('create-pull-request', false),
    baseBranch: getOptionalInput('base-branch'),
    pullRequestBranch: getOptionalInput('pull-request-branch') ?? 'prel/update-tags',
    concurrency: getIntInput('concurrency', 4, { min: 1, max: 32 }),
    jobSummary: getBooleanInput('job-summary', true),
  };
}
