// Optional `helm template` pass: renders a chart with its default values so images that templates
// compute (`{{ .Values.image.repository }}:{{ .Chart.AppVersion }}`) are found in the output manifests.
import { execFile } from 'node:child_process';
import { access, constants } from 'node:fs/promises';
import { delimiter, join } from 'node:path';
import { promisify } from 'node:util';
import { ConfigurationError } from '../errors/errors.js';
import type { FoundImage } from './found-image.js';
import { imagesInManifests } from './k8s-manifests.js';

const run = promisify(execFile);

/** A chart renders in well under a second; a minute means helm is stuck (e.g. on a lookup). */
const RENDER_TIMEOUT_MS = 60_000;
/** Rendered output of even the largest charts is a few MiB. */
const MAX_OUTPUT_BYTES = 64 << 20;

/** Whether an executable `helm` is on PATH (looked up, not run). */
export async function helmAvailable(): Promise<boolean> {
  const names = process.platform === 'win32' ? ['helm.exe', 'helm.cmd', 'helm'] : ['helm'];
  for (const dir of (process.env.PATH ?? '').split(delimiter).filter(Boolean)) {
    for (const name of names) {
      if (await access(join(dir, name), constants.X_OK).then(() => true, () => false)) return true;
    }
  }
  return false;
}

/**
 * `helm template prel-release <chart> --skip-tests`: no shell, bounded in time and output. Test hooks are
 * skipped, as the template scan skips them: `helm test` pods are not part of what gets delivered.
 */
export async function renderHelmChart(chartPath: string): Promise<string> {
  try {
    const { stdout } = await run('helm', ['template', 'prel-release', chartPath, '--skip-tests'], {
      timeout: RENDER_TIMEOUT_MS,
      maxBuffer: MAX_OUTPUT_BYTES,
      encoding: 'utf8',
    });
    return stdout;
  } catch (err) {
    const failure = err as NodeJS.ErrnoException & { stderr?: string; killed?: boolean; signal?: string };
    const why = failure.killed && failure.signal
      ? `timed out after ${RENDER_TIMEOUT_MS / 1000}s`
      : failure.stderr?.trim() || failure.message;
    throw new ConfigurationError(`${chartPath}: helm template failed: ${why}`, { file: chartPath });
  }
}

export function imagesInRenderedChart(output: string, chartDisplay: string): FoundImage[] {
  return imagesInManifests(output, `${chartDisplay} (helm template)`, 'helm-render');
}
