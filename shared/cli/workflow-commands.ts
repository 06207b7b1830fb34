// Commands the reusable workflows run between the actions (`node .prel/dist/cli.js <command>`), so the
// decisions they make are prel's tested code rather than shell in YAML. Inputs are flags, read like an
// action's; on a runner, outputs go to GITHUB_OUTPUT and errors become annotations.
import * as core from '@actions/core';
import { runAction, setOutputs, writeSummary } from '../action/action-io.js';
import { getIntInput, getOptionalInput, getRequiredInput, workspacePath } from '../action/inputs.js';
import { mergeMissReports } from '../miss-reports/miss-report-merge.js';
import { MAX_SHARDS, planRelease } from './release-plan.js';
import { writeMissReports } from '../miss-reports/reports.js';
import type { ActionMetadata } from './action-metadata.js';

export interface WorkflowCommand {
  metadata: ActionMetadata;
  run: () => Promise<void>;
}

/** GitHub keeps artifacts at most 400 days (90 unless the repository allows more). */
const MAX_RETENTION_DAYS = 400;

const releasePlan: WorkflowCommand = {
  metadata: {
    name: 'release-plan',
    description: "The release workflow's prepare job: checks the version, product and images with the actions' own rules, and plans the shards.",
    inputs: [
      { id: 'release-version', description: 'The release: image tag, bundle name, archive branch and git tag.', required: true },
      { id: 'product', description: 'First part of the bundle name.', required: false, default: 'compass' },
      { id: 'release-image', description: 'Repository of the release image, without tag.', required: true },
      { id: 'base-image', description: 'The image the release image is built on.', required: true },
      { id: 'shards', description: `Parallel sync jobs, 1 to ${MAX_SHARDS}.`, required: false, default: '4' },
      { id: 'retention-days', description: `Days the run's artifacts are kept, 1 to ${MAX_RETENTION_DAYS}.`, required: false, default: '30' },
    ],
    outputs: [
      { id: 'matrix', description: 'The shards as a JSON array, e.g. ["1/2","2/2"].' },
      { id: 'call-id', description: "A random id that keeps this call's artifact names apart from another call's in the same run." },
      { id: 'bundle-name', description: '`<product>-component-<version>`.' },
      { id: 'archive-branch', description: 'The branch of the archive pull request.' },
    ],
  },
  run: () =>
    runAction(async () => {
      const plan = planRelease({
        releaseVersion: getRequiredInput('release-version'),
        product: getOptionalInput('product') ?? 'compass',
        releaseImage: getRequiredInput('release-image'),
        baseImage: getRequiredInput('base-image'),
        shards: getIntInput('shards', 4, { min: 1, max: MAX_SHARDS }),
      });
      getIntInput('retention-days', 30, { min: 1, max: MAX_RETENTION_DAYS });
      setOutputs({
        matrix: JSON.stringify(plan.matrix),
        'call-id': plan.callId,
        'bundle-name': plan.bundleName,
        'archive-branch': plan.archiveBranch,
      });
    }),
};

const mergeReports: WorkflowCommand = {
  metadata: {
    name: 'merge-reports',
    description: 'Merges the miss reports of several jobs (one folder each) into one miss_image.txt and one miss_push_image.txt, sorted and de-duplicated.',
    inputs: [
      { id: 'reports-dir', description: 'Folder holding the reports, at its top or one folder per job.', required: true },
      { id: 'output-dir', description: 'Folder for the merged miss_image.txt and miss_push_image.txt.', required: true },
    ],
    outputs: [
      { id: 'missing', description: 'Images that could not be read from the source, over all jobs.' },
      { id: 'missing-push', description: 'Images that could not be written to the target, over all jobs.' },
    ],
  },
  run: () =>
    runAction(async () => {
      const merged = await mergeMissReports(workspacePath(getRequiredInput('reports-dir')));
      const outputDir = workspacePath(getRequiredInput('output-dir'));
      await writeMissReports(outputDir, merged.missing, merged.missingPush);
      setOutputs({ missing: merged.missing.length, 'missing-push': merged.missingPush.length });
      const rows = merged.sources.map((report) => [report.source, report.missing.length, report.missingPush.length]);
      rows.push(['all, without duplicates', merged.missing.length, merged.missingPush.length]);
      await writeSummary(true, 'Miss reports', ['from', 'not readable (miss_image.txt)', 'not pushed (miss_push_image.txt)'], rows);
      core.info(`${merged.missing.length} images missing from the source, ${merged.missingPush.length} not pushed, from ${merged.sources.length} reports.`);
    }),
};

export const workflowCommands: Record<string, WorkflowCommand> = {
  [releasePlan.metadata.name]: releasePlan,
  [mergeReports.metadata.name]: mergeReports,
};
