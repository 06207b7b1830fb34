// build-release-image: add the context to the base image as one layer, push it, save a docker-load tarball.
import * as core from '@actions/core';
import { runAction, setOutputs, writeSummary } from '../../../shared/action/action-io.js';
import { displayPath } from '../../../shared/action/inputs.js';
import { actionsLogger } from '../../../shared/action/logger.js';
import { formatBytes } from '../../../shared/run/progress.js';
import { removeStaleOutputs } from '../../../shared/files/atomic-write.js';
import { assertWritable, inScratch } from '../../../shared/errors/fs-errors.js';
import { SAVE_PATH_OWNER, buildReleaseImage } from '../../../shared/release-image/release-image.js';
import { defaultRetryPolicy } from '../../../shared/run/retry.js';
import { getInputs } from './inputs.js';

export async function run(): Promise<void> {
  await runAction(async (control) => {
    const inputs = getInputs();
    control.setTimeLimit(inputs.timeout, 'timeout');
    // Before anything is pushed: the tarball can be written, and an earlier one is gone.
    await assertWritable(inputs.savePath, SAVE_PATH_OWNER);
    await removeStaleOutputs([inputs.savePath], SAVE_PATH_OWNER, { archives: true });
    const outcome = await inScratch(() => buildReleaseImage({
      base: inputs.baseImage,
      target: inputs.image,
      context: inputs.context,
      contextInput: inputs.contextInput,
      destination: inputs.destination,
      exclude: inputs.exclude,
      push: inputs.push,
      savePath: inputs.savePath,
      compression: inputs.compression,
      platforms: inputs.platforms,
      labels: inputs.labels,
      credentials: { username: inputs.username, password: inputs.password },
      baseCredentials: { username: inputs.baseUsername, password: inputs.basePassword },
      insecureRegistries: inputs.insecureRegistries,
      retry: defaultRetryPolicy(inputs.retries),
      logger: actionsLogger,
      control,
    }));
    const savePath = displayPath(inputs.savePath);
    setOutputs({ digest: outcome.digest, 'image-ref': outcome.imageRef, 'save-path': savePath });
    const pushed = !outcome.push ? 'no (push: false)' : outcome.push.status === 'skipped' ? 'already there' : 'yes';
    const { layer, archive } = outcome;
    await writeSummary(
      inputs.jobSummary,
      'build-release-image',
      ['image', 'platforms', 'digest', 'layer', 'pushed', 'tarball'],
      [
        [
          outcome.imageRef,
          outcome.platforms.join(', '),
          outcome.digest,
          `${layer.files} files, ${formatBytes(layer.size)}`,
          pushed,
          `${savePath} (${outcome.savedPlatform}, ${formatBytes(archive.size)})`,
        ],
      ],
    );
    core.info(`${outcome.imageRef}: ${outcome.platforms.join(', ')}; pushed: ${pushed}; saved ${savePath} (${formatBytes(archive.size)})`);
  });
}
