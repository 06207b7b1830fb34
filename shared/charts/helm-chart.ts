// Finds images in a Helm chart without rendering it (folder or .tgz, subcharts included): Chart.yaml image
// annotations, image fields in values.yaml, and literal `image:` lines in templates. Rendering with helm
// (helm-render.ts) is the optional complement for images that only templates compute.
//
// Out of scope, on purpose: parent values overriding a subchart's values (each chart is read with its own
// values.yaml and appVersion), `condition`/`tags` that disable subcharts (every vendored subchart is
// listed: an extra image costs less offline than a missing one), and dependencies not vendored under
// `charts/` (run `helm dependency build` first).
import { readFile, readdir, realpath, stat } from 'node:fs/promises';
import { join, sep } from 'node:path';
import { isAlias, isMap, isScalar, isSeq, type Document, type Node, type YAMLMap } from 'yaml';
import { ConfigurationError, errorMessage } from '../errors/errors.js';
import { readTar } from '../tar/tar-reader.js';
import type { FoundImage } from './found-image.js';
import { literalImage, parseYaml, type ParsedYaml } from './k8s-manifests.js';

/** A chart as a small in-memory file tree. */
export interface ChartFiles {
  /** Display path: `addons/webapp` for a folder, `addons/webapp-1.0.0.tgz:webapp` inside an archive. */
  root: string;
  /** Chart-relative '/'-paths → contents. */
  files: Map<string, Buffer>;
  /** Symlinks not followed because they leave the chart folder (chart-relative), for a warning. */
  skipped?: string[];
}

const byPath = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

// ---------------------------------------------------------------------------------------- reading

function isInside(root: string, path: string): boolean {
  return path === root || path.startsWith(root + sep);
}

export async function readChartFolder(dir: string, display: string): Promise<ChartFiles> {
  const root = await realpath(dir);
  const files = new Map<string, Buffer>();
  const skipped: string[] = [];
  const visited = new Set<string>([root]); // real folder paths, so a link back up cannot loop
  const walk = async (folder: string, relative: string): Promise<void> => {
    const entries = (await readdir(folder, { withFileTypes: true })).sort((a, b) => byPath(a.name, b.name));
    for (const entry of entries) {
      if (entry.name === '.git') continue;
      const rel = relative ? `${relative}/${entry.name}` : entry.name;
      let path = join(folder, entry.name);
      let info: { isDirectory(): boolean; isFile(): boolean } = entry;
      if (entry.isSymbolicLink()) {
        const target = await realpath(path).catch(() => undefined);
        if (!target || !isInside(root, target)) {
          skipped.push(rel);
          continue;
        }
        path = target;
        info = await stat(target);
      }
      if (info.isDirectory()) {
        if (visited.has(path)) continue;
        visited.add(path);
        await walk(path, rel);
      } else if (info.isFile()) {
        files.set(rel, await readFile(path));
      }
    }
  };
  await walk(root, '');
  return { root: display, files, skipped };
}

/** Why an archive entry path may not be unpacked, or undefined when it stays inside the folder. */
function escapes(path: string, type: string): string | undefined {
  if (path.startsWith('/') || /^[A-Za-z]:[\\/]/.test(path) || path.startsWith('\\')) return 'an absolute path';
  if (path.split(/[\\/]/).includes('..')) return "a '..' component";
  if (type === 'symlink' || type === 'hardlink') return `a ${type}`;
  return undefined;
}

/** A chart from .tgz bytes: one top folder `<chart>/…`, stripped (as Helm does). */
function chartFromArchive(bytes: Buffer, display: string): ChartFiles {
  let entries;
  try {
    entries = readTar(bytes);
  } catch (err) {
    throw new ConfigurationError(`${display}: not a readable chart archive: ${errorMessage(err)}`, { file: display });
  }
  const files = new Map<string, Buffer>();
  let top: string | undefined;
  for (const entry of entries) {
    const why = escapes(entry.path, entry.type);
    if (why) {
      throw new ConfigurationError(
        `${display}: archive entry '${entry.path}' is ${why}; archive entries that escape the chart folder are rejected`,
        { file: display },
      );
    }
    const parts = entry.path.split('/').filter((part) => part !== '' && part !== '.');
    if (parts.length === 0) continue;
    if (top !== undefined && parts[0] !== top) {
      throw new ConfigurationError(`${display}: not a Helm chart archive: entries under both '${top}/' and '${parts[0]}/'`, { file: display });
    }
    top = parts[0];
    if (entry.type !== 'file') continue; // folders are implied; devices and fifos have no place in a chart
    if (parts.length === 1) {
      throw new ConfigurationError(`${display}: not a Helm chart archive: '${entry.path}' is not inside a chart folder`, { file: display });
    }
    files.set(parts.slice(1).join('/'), entry.data);
  }
  if (top === undefined) throw new ConfigurationError(`${display}: not a Helm chart archive: it is empty`, { file: display });
  return { root: `${display}:${top}`, files };
}

export async function readChartArchive(file: string, display: string): Promise<ChartFiles> {
  return chartFromArchive(await readFile(file), display);
}

// ---------------------------------------------------------------------------------------- YAML

function resolve(node: unknown, doc: Document): unknown {
  return isAlias(node) ? node.resolve(doc) : node;
}

/** A scalar as written: `tag: 1.10` is the text "1.10", not the number 1.1. */
function scalarText(node: unknown): string | undefined {
  if (!isScalar(node) || node.value === null || node.value === undefined) return undefined;
  if (typeof node.value === 'string') return node.value.trim();
  return node.type === 'PLAIN' && node.source !== undefined ? node.source : String(node.value);
}

function parseChartYaml(chart: ChartFiles, name: string): ParsedYaml | undefined {
  const bytes = chart.files.get(name);
  return bytes && parseYaml(bytes.toString('utf8'), `${chart.root}/${name}`);
}

// ---------------------------------------------------------------------------------------- Chart.yaml

const IMAGE_ANNOTATIONS = ['artifacthub.io/images', 'helm.sh/images'];

/** Each annotation is a YAML string holding a list of `{name, image, …}`. */
function annotationImages(chart: ChartFiles, parsed: ParsedYaml, meta: unknown): FoundImage[] {
  const file = `${chart.root}/Chart.yaml`;
  const annotations = isMap(meta) ? meta.get('annotations', true) : undefined;
  if (!isMap(annotations)) return [];
  const found: FoundImage[] = [];
  for (const key of IMAGE_ANNOTATIONS) {
    const value = annotations.get(key, true);
    if (!isScalar(value) || typeof value.value !== 'string' || !value.range) continue;
    // A literal block keeps its lines, so inner line n is n lines below the `|`; other styles are
    // usually one line, and folded text has lost its line breaks anyway.
    const at = parsed.lineOf(value.range[0]);
    const inner = parseYaml(value.value, file, value.type === 'BLOCK_LITERAL' ? at + 1 : at);
    for (const doc of inner.documents) {
      const list = doc.contents;
      if (list === null) continue;
      if (!isSeq(list)) {
        throw new ConfigurationError(`${file}:${at}: annotation '${key}' must be a YAML list of {name, image}`, { file, line: at });
      }
      for (const item of list.items) {
        const image = isMap(item) ? item.get('image', true) : undefined;
        const reference = literalImage(image);
        if (!reference || !isScalar(image) || !image.range) continue;
        const line = inner.lineOf(image.range[0]);
        found.push({ reference, file, line, source: inner.sourceLine(line) || `${key}: ${reference}`, origin: 'helm-annotation' });
      }
    }
  }
  return found;
}

// ---------------------------------------------------------------------------------------- values.yaml

/** `image`, and keys like `initImage` or `sidecarimage`. */
const IMAGE_KEY = /image$/i;
const IMAGE_MAP_FIELDS = ['registry', 'repository', 'image', 'tag', 'digest'];

/**
 * An image map `{registry, repository|image, tag, digest}` as one reference, or 'skip' when it is
 * templated or has no repository. An empty tag takes appVersion, unless a digest pins the image
 * (then `repo@digest`, as charts that support digests render it).
 */
function imageFromMap(map: YAMLMap, doc: Document, appVersion: string | undefined): { reference: string; detail: string } | 'skip' {
  const fields: Record<string, string> = {};
  for (const name of IMAGE_MAP_FIELDS) {
    const text = scalarText(resolve(map.get(name, true), doc));
    if (text?.includes('{{')) return 'skip';
    if (text) fields[name] = text;
  }
  const repository = fields.repository ?? fields.image;
  if (!repository) return 'skip';
  const tag = fields.tag ?? (fields.digest ? undefined : appVersion);
  const registry = fields.registry?.replace(/\/+$/, '');
  const reference = `${registry ? `${registry}/` : ''}${repository}${tag ? `:${tag}` : ''}${fields.digest ? `@${fields.digest}` : ''}`;
  const shown = Object.entries(fields).map(([k, v]) => `${k}: ${v}`);
  if (!fields.tag && tag) shown.push(`tag: ${tag} (appVersion)`);
  return { reference, detail: `{${shown.join(', ')}}` };
}

function valuesImages(chart: ChartFiles, appVersion: string | undefined): FoundImage[] {
  const parsed = parseChartYaml(chart, 'values.yaml');
  if (!parsed) return [];
  const file = `${chart.root}/values.yaml`;
  const found: FoundImage[] = [];
  for (const doc of parsed.documents) {
    // Aliases are not followed by the walk (the anchored node is visited where it is defined), only
    // when they are an image field's value.
    const walk = (node: unknown, path: string) => {
      if (isSeq(node)) node.items.forEach((item, i) => walk(item, `${path}[${i}]`));
      if (!isMap(node)) return;
      for (const pair of node.items) {
        const key = isScalar(pair.key) ? String(pair.key.value) : '';
        const keyPath = path ? `${path}.${key}` : key;
        const line = parsed.lineOf((pair.key as Node | null)?.range?.[0] ?? 0);
        const value = resolve(pair.value, doc);
        if (key && IMAGE_KEY.test(key) && isScalar(value)) {
          const reference = literalImage(value);
          if (reference) found.push({ reference, file, line, source: parsed.sourceLine(line), origin: 'helm-values' });
          continue;
        }
        if (key && IMAGE_KEY.test(key) && isMap(value) && IMAGE_MAP_FIELDS.some((f) => value.has(f))) {
          const image = imageFromMap(value, doc, appVersion);
          if (image !== 'skip') found.push({ reference: image.reference, file, line, source: `${keyPath}: ${image.detail}`, origin: 'helm-values' });
          continue;
        }
        if (!isAlias(pair.value)) walk(pair.value, keyPath);
      }
    };
    walk(doc.contents, '');
  }
  return found;
}

// ---------------------------------------------------------------------------------------- templates

/** `image: <literal>`, quoted or not, optionally as a list item, optionally followed by a comment. */
const TEMPLATE_IMAGE = /^\s*(?:-\s+)?["']?image["']?\s*:\s*(?:"([^"]*)"|'([^']*)'|([^\s"'#]+))\s*(?:#.*)?$/;
/** `helm test` pods (the `helm create` scaffold's `image: busybox`) are not part of the release. */
const TEST_HOOK = /helm\.sh\/hook["']?\s*:\s*["']?test(?:-success)?\b/;

function templateImages(chart: ChartFiles): FoundImage[] {
  const found: FoundImage[] = [];
  const templates = [...chart.files.keys()].filter((p) => p.startsWith('templates/') && /\.(ya?ml|tpl)$/.test(p)).sort(byPath);
  for (const path of templates) {
    const text = chart.files.get(path)!.toString('utf8');
    if (TEST_HOOK.test(text)) continue;
    text.split(/\r?\n/).forEach((source, i) => {
      if (source.includes('{{')) return;
      const match = TEMPLATE_IMAGE.exec(source);
      const reference = (match?.[1] ?? match?.[2] ?? match?.[3] ?? '').trim();
      if (reference) found.push({ reference, file: `${chart.root}/${path}`, line: i + 1, source: source.trim(), origin: 'helm-template' });
    });
  }
  return found;
}

// ---------------------------------------------------------------------------------------- subcharts

/** Vendored subcharts: folders `charts/<sub>/` with a Chart.yaml, and `charts/<sub>.tgz`. */
function subcharts(chart: ChartFiles): ChartFiles[] {
  const found: ChartFiles[] = [];
  const folders = new Set<string>();
  for (const path of [...chart.files.keys()].sort(byPath)) {
    const match = /^charts\/([^/]+)\/Chart\.yaml$/.exec(path);
    if (match) folders.add(match[1]);
    else if (/^charts\/[^/]+\.tgz$/.test(path)) found.push(chartFromArchive(chart.files.get(path)!, `${chart.root}/${path}`));
  }
  for (const name of folders) {
    const prefix = `charts/${name}/`;
    const files = new Map<string, Buffer>();
    for (const [path, data] of chart.files) if (path.startsWith(prefix)) files.set(path.slice(prefix.length), data);
    found.push({ root: `${chart.root}/charts/${name}`, files });
  }
  return found.sort((a, b) => byPath(a.root, b.root));
}

// ---------------------------------------------------------------------------------------- the chart

/** Images of a chart and its subcharts: annotations, values, templates, then each subchart in name order. */
export function imagesInHelmChart(chart: ChartFiles): FoundImage[] {
  const parsed = parseChartYaml(chart, 'Chart.yaml');
  if (!parsed) throw new ConfigurationError(`${chart.root}: not a Helm chart (no Chart.yaml)`, { file: chart.root });
  const meta = parsed.documents[0]?.contents;
  const appVersion = isMap(meta) ? scalarText(meta.get('appVersion', true)) : undefined;
  return [
    ...annotationImages(chart, parsed, meta),
    ...valuesImages(chart, appVersion || undefined),
    ...templateImages(chart),
    ...subcharts(chart).flatMap(imagesInHelmChart),
  ];
}
