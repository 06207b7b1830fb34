// The files that let a site check a bundle offline: images.lock (from pack-registry), verify.sh (the
// shell verifier, configured for this bundle) and, for a delta, BASE (the release it goes on top of and
// its lock's sha256). Written into the staging folder, they join the bundle as ordinary files, so they
// are hashed into SHA256SUMS like the rest.
import { stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ConfigurationError } from '../errors/errors.js';
import { LOCK_FILE, readLockFile } from '../lock/images-lock.js';
import { VERIFY_SCRIPT, verifyScript } from '../verify/verify-script.js';
import { sha256File } from './bundle-checksums.js';
import type { LocalEntry } from './bundle-layout.js';
import { describeLine, type BundleLine } from './bundle-lines.js';
import { BASE_FILE, baseText } from './delta-base.js';

export interface VerificationRequest {
  /** pack-registry's images.lock; `explicit` when the user named it (then it must exist). */
  lock?: { file: string; shown: string; explicit: boolean };
  /** Path inside the bundle of the registry storage archive verify.sh unpacks. */
  registryArchive: string;
  /** A delta bundle: the release the site has, and that release's images.lock. */
  base?: { release: string; lockFile: string; lockShown: string };
}

function actionLine(text: string, destination: string, file: string): BundleLine {
  return { line: 0, text, defaulted: false, source: { kind: 'local', path: file }, destination, intoFolder: false };
}

/** The added files, or none when there is no lock to check against. `paths`: what the `files` lines put in the bundle. */
export async function verificationEntries(
  request: VerificationRequest,
  paths: ReadonlyMap<string, BundleLine>,
  staging: string,
  checksums: boolean,
): Promise<LocalEntry[]> {
  const { lock, base } = request;
  let present = false;
  if (lock) {
    try {
      await readLockFile(lock.file, "Input 'images-lock'", lock.shown);
      present = true;
    } catch (err) {
      const absent = err instanceof ConfigurationError && err.message.endsWith('not found.');
      if (lock.explicit || !absent) throw err;
    }
  }
  if (!present) {
    if (base) throw new ConfigurationError(`Input 'base-release': a delta bundle needs its own images.lock (input 'images-lock'), and ${lock?.shown ?? 'none'} was not found.`);
    return [];
  }
  if (!paths.has(request.registryArchive)) {
    throw new ConfigurationError(`Input 'registry-archive': '${request.registryArchive}' is not in the bundle (no files line puts it there), so verify.sh could not check the images of ${lock!.shown}.`);
  }
  const entries: LocalEntry[] = [];
  const add = async (path: string, from: string, file: string, mode: number) => {
    const claimed = paths.get(path);
    if (claimed) throw new ConfigurationError(`${describeLine(claimed)}: '${path}' is written by the action (${from}); choose another path-in-bundle.`);
    const { size } = await stat(file);
    entries.push({ kind: 'local', path, line: actionLine(from, path, file), file, size, mode });
  };
  await add(LOCK_FILE, `input 'images-lock' (${lock!.shown})`, lock!.file, 0o644);
  const script = join(staging, VERIFY_SCRIPT);
  await writeFile(script, verifyScript({ registryArchive: request.registryArchive, checksums }), { mode: 0o755 });
  await add(VERIFY_SCRIPT, 'verify.sh, the offline check', script, 0o755);
  if (base) {
    await readLockFile(base.lockFile, "Input 'base-lock'", base.lockShown);
    const file = join(staging, BASE_FILE);
    await writeFile(file, baseText({ release: base.release, lockSha256: await sha256File(base.lockFile) }));
    await add(BASE_FILE, `input 'base-release' (${base.release})`, file, 0o644);
  }
  return entries;
}
