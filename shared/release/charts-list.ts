// charts_list.yaml and release_charts.yaml (SPEC 3.1, 3.2): the real format (metadata + spec entries of
// repositoryFullName, resourcePaths, targetPath) plus prel's optional fields. Unknown fields and wrong
// types are errors naming the field, the file and the line.
import { readFile } from 'node:fs/promises';
import { LineCounter, isMap, isScalar, isSeq, parseDocument, type Document, type Node, type YAMLMap } from 'yaml';
import { ConfigurationError, errorMessage } from '../errors/errors.js';
import { localErrorCode } from '../errors/fs-errors.js';
import { displayPath } from '../action/inputs.js';
import { describeYamlError } from '../errors/yaml-error.js';

export interface ChartEntry {
  /** `owner/repo`. */
  repositoryFullName: string;
  /** The repository's name: what `[[ TagOfRepo(<name>) ]]` refers to. */
  name: string;
  resourcePaths: string[];
  targetPath?: string;
  url?: string;
  tag?: string;
  commit?: string;
  tagPattern?: string;
  prerelease?: boolean;
  owners: string[];
  images?: string[];
  /** 1-based line of the entry, for messages. */
  line: number;
  /** The YAML node, so the writer can add tag and commit in place (comments kept). */
  node: YAMLMap;
}

export interface ChartsList {
  file: string;
  doc: Document;
  entries: ChartEntry[];
}

type FieldKind = 'string' | 'strings' | 'boolean';
const FIELDS: Record<string, FieldKind> = {
  repositoryFullName: 'string',
  tag: 'string',
  commit: 'string',
  resourcePaths: 'strings',
  targetPath: 'string',
  url: 'string',
  tagPattern: 'string',
  prerelease: 'boolean',
  owners: 'strings',
  images: 'strings',
};
const TOP_LEVEL = new Set(['metadata', 'spec']);
const REPOSITORY = /^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/;

export function parseChartsList(text: string, file: string): ChartsList {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, keepSourceTokens: true });
  const lineOf = (node: Node | null | undefined) => (node?.range ? lines.linePos(node.range[0]).line : 1);
  const fail = (message: string, node?: Node | null): never => {
    const line = lineOf(node);
    throw new ConfigurationError(`${file}:${line}: ${message}`, { file, line });
  };
  if (doc.errors.length > 0) {
    const { offset, message } = describeYamlError(doc.errors[0]!, text);
    const { line, col } = lines.linePos(offset);
    throw new ConfigurationError(`${file}:${line}: invalid YAML: ${message} (column ${col})`, { file, line });
  }
  const root = doc.contents;
  if (!isMap(root)) return fail('expected a mapping with `metadata` and `spec`', root);
  for (const pair of root.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : '';
    if (!TOP_LEVEL.has(key)) fail(`unknown field '${key}' (expected metadata and spec)`, pair.key as Node);
  }
  const spec = root.get('spec', true) as Node | undefined;
  if (!isSeq(spec)) return fail("'spec' must be a list of components", spec ?? root);
  // A repository may be listed more than once (the real list collects user-web into two folders).
  const entries: ChartEntry[] = [];
  for (const item of spec.items as Node[]) {
    if (!isMap(item)) fail('each spec entry must be a mapping', item);
    const map = item as YAMLMap;
    const values: Record<string, unknown> = {};
    for (const pair of map.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : '';
      const kind = FIELDS[key];
      if (!kind) fail(`unknown field '${key}' (expected one of ${Object.keys(FIELDS).join(', ')})`, pair.key as Node);
      const value = pair.value as Node | null;
      if (kind === 'string' || kind === 'boolean') {
        const scalar = isScalar(value) ? value.value : undefined;
        const ok = kind === 'boolean' ? typeof scalar === 'boolean' : typeof scalar === 'string' || typeof scalar === 'number';
        if (!ok) fail(`'${key}' must be ${kind === 'boolean' ? 'true or false' : 'a string'}`, value ?? (pair.key as Node));
        // Source text, not the parsed number: a tag like 1.10 must stay 1.10.
        values[key] = kind === 'string' && isScalar(value) ? (value.source ?? String(scalar)) : scalar;
      } else {
        if (!isSeq(value) || !value.items.every((v) => isScalar(v) && typeof (v as { value: unknown }).value === 'string')) {
          fail(`'${key}' must be a list of strings`, value ?? (pair.key as Node));
        }
        values[key] = (value as { items: { value: string }[] }).items.map((v) => v.value);
      }
    }
    const full = values.repositoryFullName as string | undefined;
    if (!full) fail("a spec entry needs 'repositoryFullName' (owner/repo)", map);
    if (!REPOSITORY.test(full!)) fail(`'repositoryFullName' must be owner/repo, got '${full}'`, map.get('repositoryFullName', true) as Node);
    const resourcePaths = (values.resourcePaths as string[] | undefined) ?? [];
    if (resourcePaths.length > 0 && !values.targetPath) fail(`${full}: 'resourcePaths' needs a 'targetPath'`, map);
    const line = lineOf(map);
    entries.push({
      repositoryFullName: full!,
      name: full!.split('/')[1],
      resourcePaths,
      targetPath: values.targetPath as string | undefined,
      url: values.url as string | undefined,
      tag: values.tag as string | undefined,
      commit: values.commit as string | undefined,
      tagPattern: values.tagPattern as string | undefined,
      prerelease: values.prerelease as boolean | undefined,
      owners: (values.owners as string[] | undefined) ?? [],
      images: values.images as string[] | undefined,
      line,
      node: map,
    });
  }
  return { file, doc, entries };
}

/** Reads and parses a charts list file; a missing or unreadable file names the input. */
export async function readChartsListFile(path: string, inputName: string): Promise<ChartsList> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new ConfigurationError(`Input '${inputName}': cannot read ${displayPath(path)}: ${code === 'ENOENT' ? 'no such file' : (code ?? (err as Error).message)}.`);
  }
  return parseChartsList(text, displayPath(path));
}

/**
 * A failure while working on one entry (a git URL or the GitHub API that does not answer, a missing tag),
 * located at the entry's line and naming the component; one that already names its place is kept. A
 * user's mistake stays a ConfigurationError; anything else keeps its kind, with the cause attached.
 */
export function atEntry(err: unknown, file: string, entry: ChartEntry): unknown {
  const message = errorMessage(err);
  // A local disk error is the caller's to name (fs-errors): it is not about this entry.
  if ((err instanceof ConfigurationError && err.file) || message.startsWith(`${file}:`) || localErrorCode(err)) return err;
  const component = message.includes(entry.repositoryFullName) ? '' : `${entry.repositoryFullName}: `;
  const text = `${file}:${entry.line}: ${component}${message}`;
  return err instanceof ConfigurationError ? new ConfigurationError(text, { file, line: entry.line }) : new Error(text, { cause: err });
}
