// assemble-bundle: lay out `<product>-component-<version>/` from local files, URLs and release assets,
// tar it deterministically with checksums, and optionally upload it as a workflow artifact.
import * as core from '@actions/core';
import { basename, dirname } from 'node:path';
import { runAction, setOutputs, writeSummary } from '../../../shared/action/action-io.js';
import { checkArtifactRuntime, uploadArtifact } from '../../../shared/bundle/artifact-upload.js';
import { assembleBundle, prepareBundleOutput } from '../../../shared/bundle/assemble-bundle.js';
import { displayPath } from '../../../shared/action/inputs.js';
import { actionsLogger } from '../../../shared/action/logger.js';
import { formatBytes } from '../../../shared/run/progress.js';
import { getInputs } from './inputs.js';

/** The summary lists at most this many files; a copied folder can hold thousands. */
const SUMMARY_FILE_ROWS = 200;

export async function run(): Promise<void> {
  await runAction(async () => {
    const inputs = getInputs();
    // Before any work: a local run asking for an upload fails at once, with nothing written.
    if (inputs.uploadArtifact) checkArtifactRuntime();
    await prepareBundleOutput(inputs.outputDir, inputs.bundleName, inputs.compression);
    const { archive, checksumFile, contents } = await assembleBundle({
      bundleName: inputs.bundleName,
      lines: inputs.files,
      outputDir: inputs.outputDir,
      compression: inputs.compression,
      checksums: inputs.checksums,
      githubToken: inputs.githubToken,
      logger: actionsLogger,
      verification: inputs.verification,
    });
    const path = displayPath(archive.path);
    setOutputs({ path, sha256: archive.sha256, size: archive.size });

    let artifactId = '';
    if (inputs.uploadArtifact) {
      const files = checksumFile ? [archive.path, checksumFile] : [archive.path];
      const id = await actionsLogger.group(`Upload artifact ${inputs.artifactName}`, () =>
        // A .tar.gz does not shrink again: storing it saves the CPU time.
        uploadArtifact(inputs.artifactName, files, dirname(archive.path), { compressionLevel: inputs.compression === 'gzip' ? 0 : 6 }),
      );
      artifactId = id === undefined ? '' : String(id);
    }
    setOutputs({ 'artifact-id': artifactId });

    const mode = (m: number) => m.toString(8).padStart(4, '0');
    await writeSummary(
      inputs.jobSummary,
      'assemble-bundle',
      ['bundle', 'archive', 'size', 'sha256', ...(inputs.uploadArtifact ? ['artifact'] : [])],
      [[`${inputs.bundleName}/`, path, formatBytes(archive.size), archive.sha256, ...(inputs.uploadArtifact ? [`${inputs.artifactName} (${artifactId})`] : [])]],
    );
    const shown = contents.slice(0, SUMMARY_FILE_ROWS);
    await writeSummary(
      inputs.jobSummary,
      `${inputs.bundleName}/`,
      ['file', 'size', 'mode'],
      shown.map((f) => [f.path, formatBytes(f.size), mode(f.mode)]),
      contents.length > shown.length ? [`… and ${contents.length - shown.length} more files.`] : [],
    );
    core.info(`${path}: ${contents.length} files, ${formatBytes(archive.size)}, sha256 ${archive.sha256}${checksumFile ? ` (${basename(checksumFile)})` : ''}`);
  });
}
