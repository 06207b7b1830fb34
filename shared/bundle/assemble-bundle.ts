// Assembles the offline bundle: lays out `<bundle>/` from the `files` lines, downloads what is remote,
// hashes every file for SHA256SUMS, and writes one deterministic tar (sorted, fixed mtime and owner)
// with `<archive>.sha256` beside it. Files are streamed, never held in memory. Nothing is written to
// the output folder until every source is there and checked.
import { createReadStream } from 'node:fs';
import { rm, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import pLimit from 'p-limit';
import { archiveMtime, writeArchive, type ArchiveFile, type ArchiveResult } from '../archive/archive-file.js';
import { removeStaleOutputs, writeFileAtomic } from '../files/atomic-write.js';
import { assertWritableFolder, inScratch, makeScratchDir, type PathOwner } from '../errors/fs-errors.js';
import type { Logger } from '../action/logger.js';
import { formatBytes } from '../run/progress.js';
import { checksumLine, checksumsText, sha256File, verifiedReadStream } from './bundle-checksums.js';
import { CHECKSUM_FILE, bundleMode, planLayout, type LocalEntry } from './bundle-layout.js';
import { describeLine, type BundleLine } from './bundle-lines.js';
import { RemoteSources, looksExecutable } from './remote-sources.js';
import { verificationEntries, type VerificationRequest } from './verification-files.js';

export interface AssembleRequest {
  /** `<product>-component-<version>`: the top folder and the archive's name. */
  bundleName: string;
  lines: BundleLine[];
  outputDir: string;
  compression: 'gzip' | 'none';
  checksums: boolean;
  /** For `github-release://` sources. */
  githubToken?: string;
  logger: Logger;
  /** How many files are downloaded or hashed at once. */
  concurrency?: number;
  /** images.lock, verify.sh and (for a delta) BASE. */
  verification?: VerificationRequest;
}

export interface BundleContent {
  /** Path inside the bundle folder. */
  path: string;
  size: number;
  mode: number;
}

export interface AssembleResult {
  archive: ArchiveResult;
  /** `<archive>.sha256`, when checksums are on. */
  checksumFile?: string;
  /** Every file inside the bundle folder (SHA256SUMS included), sorted by path. */
  contents: BundleContent[];
}

/** Runs every task, lets all of them finish, then throws the first failure in task order (so none outlives the staging folder). */
async function allOrFirstError(tasks: Promise<unknown>[]): Promise<void> {
  const failed = (await Promise.allSettled(tasks)).find((r) => r.status === 'rejected');
  if (failed) throw failed.reason;
}

export function bundleArchiveName(bundleName: string, compression: 'gzip' | 'none'): string {
  return `${bundleName}.tar${compression === 'gzip' ? '.gz' : ''}`;
}

/** The input naming the folder the bundle is written to, for write failures. */
export const OUTPUT_DIR_OWNER: PathOwner = { input: 'output-dir' };

/** What a run writes in output-dir: the archive and its .sha256 (the only files a new run may remove there). */
export function bundleOutputs(outputDir: string, bundleName: string, compression: 'gzip' | 'none'): { archive: string; checksum: string } {
  const archive = join(outputDir, bundleArchiveName(bundleName, compression));
  return { archive, checksum: `${archive}.sha256` };
}

/** Before any work: output-dir can take the bundle, and no bundle from an earlier run survives a failure of this one. */
export async function prepareBundleOutput(outputDir: string, bundleName: string, compression: 'gzip' | 'none'): Promise<void> {
  await assertWritableFolder(outputDir, OUTPUT_DIR_OWNER);
  const { archive, checksum } = bundleOutputs(outputDir, bundleName, compression);
  await removeStaleOutputs([archive], OUTPUT_DIR_OWNER, { archives: true });
  await removeStaleOutputs([checksum], OUTPUT_DIR_OWNER);
}

export async function assembleBundle(request: AssembleRequest): Promise<AssembleResult> {
  const { logger } = request;
  const limit = pLimit(request.concurrency ?? 4);
  // Downloads land here (RUNNER_TEMP on a runner), never in the workspace; removed at the end.
  const staging = await makeScratchDir('prel-bundle-');
  try {
    const layout = await logger.group('Lay out the bundle', async () => {
      const planned = await planLayout(request.lines, { checksums: request.checksums });
      for (const line of request.lines) {
        const mine = planned.entries.filter((e) => e.line === line);
        const what = line.source.kind === 'local' ? `${mine.length} file(s)` : 'download';
        logger.info(`line ${line.line}: ${line.text} (${what})`);
      }
      const paths = new Map(planned.entries.map((e) => [e.path, e.line]));
      const added = request.verification ? await verificationEntries(request.verification, paths, staging, request.checksums) : [];
      for (const entry of added) logger.info(`${entry.path}: ${entry.line.text}`);
      planned.entries.push(...added);
      return planned;
    });

    const remote = layout.entries.filter((e) => e.kind === 'remote');
    const downloaded = new Map<(typeof remote)[number], LocalEntry>();
    if (remote.length > 0) {
      const sources = new RemoteSources({ stagingDir: staging, token: request.githubToken, logger });
      await logger.group('Download', () =>
        inScratch(() => allOrFirstError(
          remote.map((entry) =>
            limit(async () => {
              const file = await sources.fetch(entry.line);
              const { size } = await stat(file);
              const mode = bundleMode(await looksExecutable(file));
              downloaded.set(entry, { kind: 'local', path: entry.path, line: entry.line, file, size, mode });
              logger.info(`${entry.path}: ${formatBytes(size)}, mode ${mode.toString(8).padStart(4, '0')}`);
            }),
          ),
        ), staging),
      );
    }
    const files = layout.entries.map((e) => (e.kind === 'local' ? e : downloaded.get(e)!));

    const sums = new Map<LocalEntry, string>();
    if (request.checksums) {
      await logger.group(`Checksums of ${files.length} file(s)`, () =>
        allOrFirstError(files.map((f) => limit(async () => void sums.set(f, await sha256File(f.file))))),
      );
    }

    const top = request.bundleName;
    const archiveFiles: ArchiveFile[] = files.map((f) => ({
      path: `${top}/${f.path}`,
      size: f.size,
      mode: f.mode,
      data: () => {
        const sum = sums.get(f);
        if (sum === undefined) return createReadStream(f.file);
        return verifiedReadStream(f.file, sum, () => new Error(`${describeLine(f.line)}: ${f.file} changed while the bundle was being written; run again.`));
      },
    }));
    const contents: BundleContent[] = files.map((f) => ({ path: f.path, size: f.size, mode: f.mode }));
    if (request.checksums) {
      const text = Buffer.from(checksumsText(files.map((f) => ({ path: f.path, sha256: sums.get(f)! }))));
      archiveFiles.push({ path: `${top}/${CHECKSUM_FILE}`, size: text.length, mode: 0o644, data: () => text });
      contents.push({ path: CHECKSUM_FILE, size: text.length, mode: 0o644 });
    }
    contents.sort((a, b) => Buffer.compare(Buffer.from(a.path), Buffer.from(b.path)));

    const outputs = bundleOutputs(request.outputDir, request.bundleName, request.compression);
    const archivePath = outputs.archive;
    const checksumFile = request.checksums ? outputs.checksum : undefined;
    const archive = await logger.group(`Write ${basename(archivePath)}`, async () => {
      // A .sha256 from an earlier run must never sit beside an archive it does not describe.
      await removeStaleOutputs([outputs.checksum], OUTPUT_DIR_OWNER);
      try {
        const written = await writeArchive(archivePath, archiveFiles, {
          compression: request.compression,
          mtime: archiveMtime(),
          directories: [`${top}/`, ...layout.directories.map((d) => `${top}/${d}/`)],
          owner: OUTPUT_DIR_OWNER,
        });
        if (checksumFile) await writeFileAtomic(checksumFile, checksumLine(written.sha256, basename(archivePath)), { owner: OUTPUT_DIR_OWNER });
        return written;
      } catch (err) {
        // A failed run leaves no bundle: neither the archive (an earlier one included) nor its .sha256.
        await removeStaleOutputs([archivePath, outputs.checksum], OUTPUT_DIR_OWNER);
        throw err;
      }
    });
    return { archive, checksumFile, contents };
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}
