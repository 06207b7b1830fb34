// Finds container images in plain Kubernetes manifests (and in `helm template` output, which is the
// same thing): every container, initContainer and ephemeralContainer of each workload's pod spec.
import { LineCounter, isMap, isScalar, isSeq, parseAllDocuments, type Document, type Node, type YAMLMap } from 'yaml';
import { describeYamlError } from '../errors/yaml-error.js';
import { ConfigurationError } from '../errors/errors.js';
import type { FoundImage } from './found-image.js';

/** Kind → path from the object to its pod spec. */
const POD_SPEC_PATHS: Record<string, string[]> = {
  Pod: ['spec'],
  CronJob: ['spec', 'jobTemplate', 'spec', 'template', 'spec'],
  Deployment: ['spec', 'template', 'spec'],
  StatefulSet: ['spec', 'template', 'spec'],
  DaemonSet: ['spec', 'template', 'spec'],
  Job: ['spec', 'template', 'spec'],
  ReplicaSet: ['spec', 'template', 'spec'],
  ReplicationController: ['spec', 'template', 'spec'],
};

const CONTAINER_LISTS = ['containers', 'initContainers', 'ephemeralContainers'];

/** A parsed YAML stream with the means to turn node offsets into 1-based lines. */
export interface ParsedYaml {
  documents: Document[];
  lineOf(offset: number): number;
  /** The source line (1-based), trimmed. */
  sourceLine(line: number): string;
}

/**
 * Parses a (multi-document) YAML file; a syntax error is the user's to fix, so it is a
 * ConfigurationError `<file>:<line>: invalid YAML: <reason>`. Shared with the Helm chart reader, which
 * also parses YAML held in a string inside another file: `firstLine` is where that text starts.
 */
export function parseYaml(text: string, file: string, firstLine = 1): ParsedYaml {
  const lineCounter = new LineCounter();
  // prettyErrors off: the message stays the bare reason, the line comes from the counter.
  const documents = parseAllDocuments(text, { lineCounter, prettyErrors: false, merge: true });
  const lines = text.split(/\r?\n/);
  const lineOf = (offset: number) => lineCounter.linePos(offset).line + firstLine - 1;
  for (const doc of documents) {
    const error = doc.errors[0];
    if (error) {
      const { offset, message } = describeYamlError(error, text);
      const line = lineOf(offset);
      throw new ConfigurationError(`${file}:${line}: invalid YAML: ${message}`, { file, line });
    }
  }
  return { documents: [...documents], lineOf, sourceLine: (line) => (lines[line - firstLine] ?? '').trim() };
}

/** True when some document of the file has `apiVersion:` and `kind:` at column 0: worth parsing as a manifest. */
export function looksLikeManifest(text: string): boolean {
  return text.split(/^---.*$/m).some((doc) => /^apiVersion:/m.test(doc) && /^kind:/m.test(doc));
}

/** A usable literal image string, or undefined for empty, non-string and templated values. */
export function literalImage(node: unknown): string | undefined {
  if (!isScalar(node) || typeof node.value !== 'string') return undefined;
  const value = node.value.trim();
  return value === '' || value.includes('{{') ? undefined : value;
}

function nodeAt(node: unknown, path: string[]): unknown {
  let at = node;
  for (const key of path) {
    if (!isMap(at)) return undefined;
    at = at.get(key, true);
  }
  return at;
}

/** `helm template` marks each document with `# Source: <chart>/templates/<file>`. */
function helmSource(doc: Document): string | undefined {
  const comment = [doc.commentBefore, (doc.contents as Node | null)?.commentBefore].filter(Boolean).join('\n');
  return /^\s*Source:\s*(\S+)/m.exec(comment)?.[1];
}

export function imagesInManifests(text: string, file: string, origin: 'manifest' | 'helm-render' = 'manifest'): FoundImage[] {
  const parsed = parseYaml(text, file);
  const found: FoundImage[] = [];
  const visit = (object: unknown, template: string | undefined) => {
    if (!isMap(object)) return;
    const kind = object.get('kind');
    if (kind === 'List') {
      const items = object.get('items', true);
      if (isSeq(items)) items.items.forEach((item) => visit(item, template));
      return;
    }
    const path = typeof kind === 'string' ? POD_SPEC_PATHS[kind] : undefined;
    const podSpec = path && nodeAt(object, path);
    if (!isMap(podSpec)) return;
    // The spec's own key order, so images come out in document order.
    for (const pair of podSpec.items) {
      const containers = pair.value;
      if (!isScalar(pair.key) || !CONTAINER_LISTS.includes(String(pair.key.value)) || !isSeq(containers)) continue;
      for (const container of containers.items) {
        const image = isMap(container) ? (container as YAMLMap).get('image', true) : undefined;
        const reference = literalImage(image);
        if (!reference || !isScalar(image) || !image.range) continue;
        const line = parsed.lineOf(image.range[0]);
        const source = parsed.sourceLine(line);
        found.push({ reference, file, line, source: template ? `${source} (${template})` : source, origin });
      }
    }
  };
  for (const doc of parsed.documents) visit(doc.contents, origin === 'helm-render' ? helmSource(doc) : undefined);
  return found;
}
