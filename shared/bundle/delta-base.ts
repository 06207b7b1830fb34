// BASE: what marks a delta bundle, and names the release it goes on top of. Plain `key value` lines
// (`release v2.7.3`, `lock-sha256 <hex>`) so that a shell can read it.
export const BASE_FILE = 'BASE';

export interface DeltaBase {
  release: string;
  /** Hex sha256 of the base release's images.lock. */
  lockSha256: string;
}

export function baseText(base: DeltaBase): string {
  return `release ${base.release}\nlock-sha256 ${base.lockSha256}\n`;
}

/** The bundle name of a delta: `<bundle>-delta-from-<base release>`. */
export function deltaBundleName(bundleName: string, baseRelease: string): string {
  return `${bundleName}-delta-from-${baseRelease}`;
}
