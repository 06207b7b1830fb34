// The miss reports (SPEC 3.4), rewritten on every run: a run with nothing to report removes stale ones.
import { join } from 'node:path';
import { removeIfPresent, writeFileAtomic } from './atomic-write.js';

export const MISS_IMAGE_FILE = 'miss_image.txt';
export const MISS_PUSH_IMAGE_FILE = 'miss_push_image.txt';

export interface ReportFiles {
  missImage?: string;
  missPushImage?: string;
}

async function writeOrRemove(path: string, lines: string[]): Promise<string | undefined> {
  if (lines.length === 0) {
    await removeIfPresent(path);
    return undefined;
  }
  await writeFileAtomic(path, `${lines.join('\n')}\n`);
  return path;
}

export async function writeMissReports(dir: string, missing: string[], missingPush: string[]): Promise<ReportFiles> {
  return {
    missImage: await writeOrRemove(join(dir, MISS_IMAGE_FILE), missing),
    missPushImage: await writeOrRemove(join(dir, MISS_PUSH_IMAGE_FILE), missingPush),
  };
}
