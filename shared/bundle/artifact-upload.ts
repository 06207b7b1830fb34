// Uploads the bundle as a workflow artifact with @actions/artifact, which only works inside a GitHub
// Actions job: that is checked before any work, so a local run fails at once with one clear line.
import { ConfigurationError, errorMessage } from '../errors/errors.js';

/** Throws unless the job runtime the artifact service needs is there. */
export function checkArtifactRuntime(): void {
  const missing = ['ACTIONS_RUNTIME_TOKEN', 'ACTIONS_RESULTS_URL'].filter((name) => !process.env[name]);
  if (missing.length > 0) {
    throw new ConfigurationError(
      `upload-artifact: true needs a GitHub Actions runner (${missing.join(' and ')} ${missing.length > 1 ? 'are' : 'is'} not set); set upload-artifact: false outside a workflow job.`,
    );
  }
}

/** Uploads `files` (paths under `rootDirectory`) as artifact `name`; returns the artifact id. */
export async function uploadArtifact(
  name: string,
  files: string[],
  rootDirectory: string,
  options: { compressionLevel?: number } = {},
): Promise<number | undefined> {
  // Loaded only when asked for: the artifact client is large and every other run can do without it.
  const { DefaultArtifactClient } = await import('@actions/artifact');
  try {
    const { id } = await new DefaultArtifactClient().uploadArtifact(name, files, rootDirectory, options);
    return id;
  } catch (err) {
    throw new Error(`uploading artifact '${name}' failed: ${errorMessage(err)}`, { cause: err });
  }
}
