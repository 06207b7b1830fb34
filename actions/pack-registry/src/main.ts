// pack-registry: write the listed images into one deterministic archive, straight from the source registry.
import * as core from '@actions/core';
import { dirname, join } from 'node:path';
import { runAction, setOutputs, writeSummary } from '../../../shared/action/action-io.js';
import { ConfigurationError } from '../../../shared/errors/errors.js';
import { RunStoppedError } from '../../../shared/run/run-control.js';
import { expandListPaths } from '../../../shared/image-list/image-list.js';
import { displayPath } from '../../../shared/action/inputs.js';
import { PACK_OUTPUT_OWNER, packImages } from '../../../shared/pack/image-pack.js';
import { removeStaleOutputs } from '../../../shared/files/atomic-write.js';
import { assertWritable, assertWritableFolder, inScratch } from '../../../shared/errors/fs-errors.js';
import { LOCK_FILE, lockDigests, readLockFile } from '../../../shared/lock/images-lock.js';
import { actionsLogger } from '../../../shared/action/logger.js';
import { formatBytes, formatDuration } from '../../../shared/run/progress.js';
import { REPORT_DIR_OWNER, removeStaleReports, someImages, writeMissReports } from '../../../shared/miss-reports/reports.js';
import { defaultRetryPolicy } from '../../../shared/run/retry.js';
import { countStatuses, firstError, resultRows } from '../../../shared/transfer/transfer-report.js';
import { getInputs } from './inputs.js';

export async function run(): Promise<void> {
  await runAction(async (control) => {
    const inputs = getInputs();
    control.setTimeLimit(inputs.timeout, 'timeout');
    const listFiles = await expandListPaths(inputs.imagesFile, 'images-file');
    const reportDir = inputs.reportDir ?? dirname(listFiles[0]);
    if (listFiles.includes(inputs.output)) throw new ConfigurationError(`Input 'output': ${displayPath(inputs.output)} is an image list (input 'images-file'), not an archive to write.`);
    const previousLock = inputs.previousLock === undefined ? undefined : lockDigests(await readLockFile(inputs.previousLock, "Input 'previous-lock'", displayPath(inputs.previousLock)));
    const lockPath = join(dirname(inputs.output), LOCK_FILE);
    // Before any network work: the archive, its lock and the report can be written, and nothing from an earlier run survives a failure.
    await assertWritable(inputs.output, PACK_OUTPUT_OWNER);
    await assertWritableFolder(reportDir, REPORT_DIR_OWNER);
    await removeStaleOutputs([inputs.output], PACK_OUTPUT_OWNER, { archives: true });
    await removeStaleOutputs([lockPath], PACK_OUTPUT_OWNER);
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
      control,
      lockPath,
      previousLock,
    }));
    // A stopped run's unfinished images were not found missing: only what really failed is reported.
    const unread = outcome.results.filter((r) => r.status === 'missing' || r.status === 'failed').map((r) => r.source);
    const reports = await writeMissReports(reportDir, unread, []);
    const { archive } = outcome;
    if (!archive) {
      await writeSummary(inputs.jobSummary, 'pack-registry', ['images', 'unreadable'], [[outcome.results.length, unread.length]], resultRows(outcome.results));
      const notFinished = outcome.results.length - unread.length - outcome.results.filter((r) => r.status === 'copied').length;
      if (control.stopped) {
        throw new RunStoppedError(control.stopped, `${notFinished} image(s) not finished${unread.length ? `, ${unread.length} unreadable (see ${displayPath(reports.missImage!)})` : ''}; no archive was written`);
      }
      throw new ConfigurationError(
        `${unread.length} image(s) could not be read from the source: ${someImages(unread)} (see ${displayPath(reports.missImage!)}); no archive was written${firstError(outcome.results, 'missing') || firstError(outcome.results, 'failed')}.`,
      );
    }
    const counts = countStatuses(outcome.results);
    setOutputs({
      path: displayPath(archive.path),
      sha256: archive.sha256,
      size: archive.size,
      images: outcome.images,
      blobs: outcome.blobs,
      'lock-path': displayPath(lockPath),
      'delta-bytes': outcome.deltaBytes ?? '',
      'full-bytes': outcome.fullBytes ?? '',
    });
    await writeSummary(
      inputs.jobSummary,
      'pack-registry',
      ['archive', 'format', 'images', 'blobs', 'size', 'sha256', 'time', ...(previousLock ? ['delta / full (tar bytes)'] : [])],
      [[
        displayPath(archive.path),
        inputs.format,
        outcome.images,
        outcome.blobs,
        formatBytes(archive.size),
        archive.sha256,
        formatDuration(outcome.durationMs),
        ...(previousLock ? [`${formatBytes(outcome.deltaBytes ?? 0)} / ${formatBytes(outcome.fullBytes ?? 0)}`] : []),
      ]],
    );
    core.info(
      `${displayPath(archive.path)}: ${outcome.images} images, ${outcome.blobs} blobs, ${formatBytes(archive.size)} (${formatBytes(counts.bytes)} read), sha256 ${archive.sha256}, in ${formatDuration(outcome.durationMs)}`,
    );
  });
}
