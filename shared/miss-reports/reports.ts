// The miss reports (SPEC 3.4), rewritten on every run: a run with nothing to report removes stale ones.
import { join } from 'node:path';
import { removeStaleOutputs, writeFileAtomic } from '../files/atomic-write.js';
import type { PathOwner } from '../errors/fs-errors.js';

export const MISS_IMAGE_FILE = 'miss_image.txt';
export const MISS_PUSH_IMAGE_FILE = 'miss_push_image.txt';

export interface ReportFiles {
  missImage?: string;
  missPushImage?: string;
}

/** The report folder's owner: reports land beside the first list unless report-dir says otherwise. */
export const REPORT_DIR_OWNER: PathOwner = { input: 'report-dir' };

async function writeOrRemove(path: string, lines: string[]): Promise<string | undefined> {
  if (lines.length === 0) {
    await removeStaleOutputs([path], REPORT_DIR_OWNER);
    return undefined;
  }
  await writeFileAtomic(path, `${lines.join('\n')}\n`, { owner: REPORT_DIR_OWNER });
  return path;
}

export async function writeMissReports(dir: string, missing: string[], missingPush: string[]): Promise<ReportFiles> {
  return {
    missImage: await writeOrRemove(join(dir, MISS_IMAGE_FILE), missing),
    missPushImage: await writeOrRemove(join(dir, MISS_PUSH_IMAGE_FILE), missingPush),
  };
}

/** At the start of a run: no report from an earlier run may sit beside this run's failure. */
export async function removeStaleReports(dir: string): Promise<void> {
  await removeStaleOutputs([join(dir, MISS_IMAGE_FILE), join(dir, MISS_PUSH_IMAGE_FILE)], REPORT_DIR_OWNER);
}

/** A few images for a one-line message: `a, b, c and 4 more`. */
export function someImages(refs: string[], shown = 3): string {
  const head = refs.slice(0, shown).join(', ');
  return refs.length > shown ? `${head} and ${refs.length - shown} more` : head;
}
