// The release workflow's sync shards and its pack job each write their own miss reports (SPEC 3.4).
// Downloaded together they would overwrite one another; this merges them into one miss_image.txt and
// one miss_push_image.txt, sorted and without duplicates, and says where each came from.
import type { Dirent } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ConfigurationError } from '../errors/errors.js';
import { MISS_IMAGE_FILE, MISS_PUSH_IMAGE_FILE } from './reports.js';

export interface SourceReport {
  /** The folder it was read from, relative to the reports folder ('.' for files at its top). */
  source: string;
  missing: string[];
  missingPush: string[];
}

export interface MergedReports {
  sources: SourceReport[];
  missing: string[];
  missingPush: string[];
}

async function readLines(path: string): Promise<string[]> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw err;
  }
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

async function readSource(dir: string, source: string): Promise<SourceReport | undefined> {
  const missing = await readLines(join(dir, MISS_IMAGE_FILE));
  const missingPush = await readLines(join(dir, MISS_PUSH_IMAGE_FILE));
  return missing.length + missingPush.length > 0 ? { source, missing, missingPush } : undefined;
}

const sortedUnique = (lines: string[]) => [...new Set(lines)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));

/**
 * Reads the reports in `dir` and in each folder right under it (download-artifact puts several
 * artifacts in one folder each, and a single one straight into `dir`).
 */
export async function mergeMissReports(dir: string): Promise<MergedReports> {
  let entries: Dirent[];
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') entries = [];
    else if ((err as NodeJS.ErrnoException).code === 'ENOTDIR') throw new ConfigurationError(`Input 'reports-dir': '${dir}' is not a folder.`);
    else throw err;
  }
  const folders = entries.filter((entry) => entry.isDirectory()).map((entry) => entry.name);
  const sources: SourceReport[] = [];
  for (const source of ['.', ...sortedUnique(folders)]) {
    const report = await readSource(source === '.' ? dir : join(dir, source), source);
    if (report) sources.push(report);
  }
  return {
    sources,
    missing: sortedUnique(sources.flatMap((report) => report.missing)),
    missingPush: sortedUnique(sources.flatMap((report) => report.missingPush)),
  };
}
