// list-images' work: walk the collected charts, find every image (Caicloud markers, Helm charts, plain
// manifests), validate each with its file and line, keep the first occurrence, then merge hand-kept lists.
import { readFile } from 'node:fs/promises';
import pLimit from 'p-limit';
import { walkAddons } from '../charts/addons-walk.js';
import { DEFAULT_MARKERS, scanCaicloudText, type MarkerMap } from '../charts/caicloud-scanner.js';
import type { FoundImage } from '../charts/found-image.js';
import { helmAvailable, imagesInRenderedChart, renderHelmChart } from '../charts/helm-render.js';
import { imagesInHelmChart, readChartArchive, readChartFolder } from '../charts/helm-chart.js';
import { imagesInManifests, looksLikeManifest } from '../charts/k8s-manifests.js';
import { ConfigurationError } from '../errors/errors.js';
import { parseImageList } from './image-list.js';
import { displayPath } from '../action/inputs.js';
import type { Logger } from '../action/logger.js';
import { InvalidReferenceError, parseReference } from '../image/reference.js';

export interface ListRequest {
  /** Absolute path of the charts folder. */
  addonsPath: string;
  addonsInput: string;
  /** Marker → project, on top of the defaults. */
  markers: ReadonlyMap<string, string>;
  /** Absolute paths of hand-kept lists, merged after the scanned images. */
  extraLists: string[];
  render: boolean;
  logger: Logger;
}

export interface ListOutcome {
  /** Every image once, first occurrence first. */
  images: FoundImage[];
  /** Files scanned, with how many images (before dedup) each gave, in walk order. */
  perFile: Map<string, number>;
}

const READ_CONCURRENCY = 16;
/** At most this many problems are reported one by one; the rest are counted. */
const MAX_REPORTED = 10;

async function readText(path: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (err) {
    throw new ConfigurationError(`Cannot read ${displayPath(path)}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}.`, {
      file: displayPath(path),
    });
  }
}

/** Why a found reference cannot go into a list, in the user's terms; undefined when it is fine. */
export function referenceProblem(reference: string): string | undefined {
  const placeholder = /\[\[[^\]]*\]\]|\[\[.*/.exec(reference);
  if (placeholder) {
    return `'${reference}' still holds the placeholder ${placeholder[0]}: package-time placeholders are filled by collect-charts (was this file collected?)`;
  }
  try {
    parseReference(reference);
    return undefined;
  } catch (err) {
    if (err instanceof InvalidReferenceError) return err.message;
    throw err;
  }
}

async function imagesIn(entry: Awaited<ReturnType<typeof walkAddons>>[number], markers: MarkerMap, render: boolean, logger: Logger): Promise<FoundImage[]> {
  const display = displayPath(entry.path);
  if (entry.kind === 'yaml') {
    const text = await readText(entry.path);
    const found: FoundImage[] = scanCaicloudText(text, markers).map((s) => ({ ...s, file: display, origin: 'caicloud' as const }));
    if (looksLikeManifest(text)) found.push(...imagesInManifests(text, display));
    return found;
  }
  const chart = entry.kind === 'helm-folder' ? await readChartFolder(entry.path, display) : await readChartArchive(entry.path, display);
  for (const skipped of chart.skipped ?? []) logger.warning(`${display}/${skipped}: a link that leaves the chart was skipped`);
  const found = imagesInHelmChart(chart);
  if (render) {
    if (await helmAvailable()) found.push(...imagesInRenderedChart(await renderHelmChart(entry.path), display));
    else logger.warning(`render: true, but helm is not on PATH: ${display} was read without rendering`);
  }
  return found;
}

export async function listImages(request: ListRequest): Promise<ListOutcome> {
  const markers = new Map([...DEFAULT_MARKERS, ...request.markers]);
  const entries = await walkAddons(request.addonsPath, request.addonsInput, request.logger);
  const perFile = new Map<string, number>();
  const all: FoundImage[] = [];
  // Files are read in parallel (reading one at a time left the process waiting on the disk most of the
  // time), but their images are taken in walk order, and the first failure in walk order is reported.
  const limit = pLimit(READ_CONCURRENCY);
  const settled = await Promise.allSettled(entries.map((entry) => limit(() => imagesIn(entry, markers, request.render, request.logger))));
  settled.forEach((result, i) => {
    if (result.status === 'rejected') throw result.reason;
    perFile.set(displayPath(entries[i].path), result.value.length);
    all.push(...result.value);
  });
  for (const list of request.extraLists) {
    const text = await readText(list);
    const entriesOfList = parseImageList(text, list);
    perFile.set(displayPath(list), entriesOfList.length);
    all.push(...entriesOfList.map((e) => ({ reference: e.text, file: displayPath(list), line: e.line, source: e.text, origin: 'extra-list' as const })));
  }

  const problems: ConfigurationError[] = [];
  const seen = new Set<string>();
  const images: FoundImage[] = [];
  for (const image of all) {
    const problem = referenceProblem(image.reference);
    if (problem) {
      const where = `${image.file}${image.line ? `:${image.line}` : ''}`;
      problems.push(new ConfigurationError(`${where}: ${problem}`, { file: image.file.split(':')[0], line: image.line }));
      continue;
    }
    if (seen.has(image.reference)) continue;
    seen.add(image.reference);
    images.push(image);
  }
  if (problems.length > 0) {
    // Each problem is annotated on its file; the step fails with the first and the count.
    for (const p of problems.slice(1, MAX_REPORTED)) request.logger.error(p.message, { file: p.file, line: p.line });
    const [first] = problems;
    const more = problems.length > 1 ? ` (and ${problems.length - 1} more problem(s))` : '';
    throw new ConfigurationError(`${first.message}${more}; no list was written.`, { file: first.file, line: first.line });
  }
  return { images, perFile };
}
