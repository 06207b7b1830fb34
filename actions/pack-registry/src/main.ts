// pack-registry: write the listed images into one deterministic archive, straight from the source registry.
import * as core from '@actions/core';
import { dirname } from 'node:path';
import { runAction, setOutputs, writeSummary } from '../../../shared/action-io.js';
import { ConfigurationError } from '../../../shared/errors.js';
import { displayPath, expandListPaths } from '../../../shared/image-list.js';
import { PACK_OUTPUT_OWNER, packImages } from '../../../shared/image-pack.js';
import { removeStaleOutputs } from '../../../shared/atomic-write.js';
import { assertWritable, assertWritableFolder, inScratch } from '../../../shared/fs-errors.js';
import { actionsLogger } from '../../../shared/logger.js';
import { formatBytes, formatDuration } from '../../../shared/progress.js';
import { REPORT_DIR_OWNER, removeStaleReports, someImages, writeMissReports } from '../../../shared/reports.js';
import { defaultRetryPolicy } from '../../../shared/retry.js';
import { countStatuses, resultRows } from '../../../shared/transfer/transfer-report.js';
import { getInputs } from './inputs.js';

export async function run(): Promise<void> {
  await runAction(async () => {
    const inputs = getInputs();
    const listFiles = await expandListPaths(inputs.imagesFile, 'images-file');
    const reportDir = inputs.reportDir ?? dirname(listFiles[0]);
    if (listFiles.includes(inputs.output)) throw new ConfigurationError(`Input 'output': ${displayPath(inputs.output)} is an image list (input 'images-file'), not an archive to write.`);
    // Before any network work: the archive and the report can be written, and nothing from an earlier run survives a failure.
    await assertWritable(inputs.output, PACK_OUTPUT_OWNER);
    await assertWritableFolder(reportDir, REPORT_DIR_OWNER);
    await removeStaleOutputs([inputs.output], PACK_OUTPUT_OWNER, { archives: true });
    await removeStaleReports(reportDir);
    // Blobs are spooled in the scratch space: a full one is named as such (the archive's own failures name 'output').
    const outcome = await inScratch(() => packImages({
      listFiles,
      source: inputs.sourceRegistry,
      projectMap: inputs.sourceProjectMap,
      platforms: inputs.platforms,
      concurrency: inputs.concurrency,
      format: inputs.format,
      compression: inputs.compression,
      output: inputs.output,
      sourceCredentials: { username: inputs.sourceUsername, password: inputs.sourcePassword },
      insecureRegistries: inputs.insecureRegistries,
      retry: defaultRetryPolicy(inputs.retries),
      logger: actionsLogger,
    }));
    const unread = outcome.results.filter((r) => r.status !== 'copied').map((r) => r.source);
    const reports = await writeMissReports(reportDir, unread, []);
    const { archive } = outcome;
    if (!archive) {
      await writeSummary(inputs.jobSummary, 'pack-registry', ['images', 'unreadable'], [[outcome.results.length, unread.length]], resultRows(outcome.results));
      throw new ConfigurationError(
        `${unread.length} image(s) could not be read from the source: ${someImages(unread)} (see ${displayPath(reports.missImage!)}); no archive was written.`,
      );
    }
    const counts = countStatuses(outcome.results);
    setOutputs({ path: displayPath(archive.path), sha256: archive.sha256, size: archive.size, images: outcome.images, blobs: outcome.blobs });
    await writeSummary(
      inputs.jobSummary,
      'pack-registry',
      ['archive', 'format', 'images', 'blobs', 'size', 'sha256', 'time'],
      [[displayPath(archive.path), inputs.format, outcome.images, outcome.blobs, formatBytes(archive.size), archive.sha256, formatDuration(outcome.durationMs)]],
    );
    core.info(
      `${displayPath(archive.path)}: ${outcome.images} images, ${outcome.blobs} blobs, ${formatBytes(archive.size)} (${formatBytes(counts.bytes)} read), sha256 ${archive.sha256}, in ${formatDuration(outcome.durationMs)}`,
    );
  });
}
