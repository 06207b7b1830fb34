// sync-images: copy the listed images between registries, write the miss reports, outputs and summary.
import * as core from '@actions/core';
import { dirname } from 'node:path';
import { runAction, setOutputs, writeSummary } from '../../../shared/action/action-io.js';
import { expandListPaths } from '../../../shared/image-list/image-list.js';
import { displayPath } from '../../../shared/action/inputs.js';
import { syncImages } from '../../../shared/sync/image-sync.js';
import { actionsLogger } from '../../../shared/action/logger.js';
import { formatBytes, formatDuration } from '../../../shared/run/progress.js';
import { REPORT_DIR_OWNER, removeStaleReports, writeMissReports } from '../../../shared/miss-reports/reports.js';
import { assertWritableFolder, inScratch } from '../../../shared/errors/fs-errors.js';
import { defaultRetryPolicy } from '../../../shared/run/retry.js';
import { countStatuses, failureMessage, resultRows } from '../../../shared/transfer/transfer-report.js';
import { getInputs } from './inputs.js';

export async function run(): Promise<void> {
  await runAction(async (control) => {
    const inputs = getInputs();
    control.setTimeLimit(inputs.timeout, 'timeout');
    const listFiles = await expandListPaths(inputs.imagesFile, 'images-file');
    const reportDir = inputs.reportDir ?? dirname(listFiles[0]);
    // Before any copy: the reports can be written, and none from an earlier run outlives a failure of this one.
    await assertWritableFolder(reportDir, REPORT_DIR_OWNER);
    await removeStaleReports(reportDir);
    // Blobs are spooled in the scratch space: a full one is named as such.
    const outcome = await inScratch(() => syncImages({
      listFiles,
      source: inputs.sourceRegistry,
      target: inputs.targetRegistry,
      projectMap: inputs.sourceProjectMap,
      platforms: inputs.platforms,
      concurrency: inputs.concurrency,
      shard: inputs.shard,
      sourceCredentials: { username: inputs.sourceUsername, password: inputs.sourcePassword },
      targetCredentials: { username: inputs.targetUsername, password: inputs.targetPassword },
      insecureRegistries: inputs.insecureRegistries,
      retry: defaultRetryPolicy(inputs.retries),
      logger: actionsLogger,
      control,
    }));
    const { results } = outcome;
    control.clearDeadline();
    const counts = countStatuses(results);
    // The copy's own outputs come first: a report folder that fails now must not hide what was copied.
    setOutputs({ total: results.length, ...counts, 'report-json': JSON.stringify(results) });
    const reports = await writeMissReports(
      reportDir,
      results.filter((r) => r.status === 'missing').map((r) => r.source),
      results.filter((r) => r.status === 'failed').map((r) => r.target),
    ).catch((err: unknown) => ({ error: err }) as const);
    await writeSummary(
      inputs.jobSummary,
      'sync-images',
      ['copied', 'skipped', 'missing', 'failed', 'bytes', 'time'],
      [[counts.copied, counts.skipped, counts.missing, counts.failed, formatBytes(counts.bytes), formatDuration(outcome.durationMs)]],
      resultRows(results),
    );
    if ('error' in reports) throw reports.error;
    core.info(
      `${results.length} images: ${counts.copied} copied, ${counts.skipped} skipped, ${counts.missing} missing, ${counts.failed} failed${counts.cancelled ? `, ${counts.cancelled} not finished` : ''}; ${formatBytes(counts.bytes)} in ${formatDuration(outcome.durationMs)}`,
    );
    const failure = failureMessage(
      results,
      inputs.failOnMissing,
      { missImage: reports.missImage && displayPath(reports.missImage), missPushImage: reports.missPushImage && displayPath(reports.missPushImage) },
      control.stopped && control.stopMessage(),
    );
    if (failure) core.setFailed(failure);
  });
}
