// Writing an image list (one reference per line, LF, final newline; or JSON with where each came from),
// and what changed against the list it replaces, for the reviewer of the archive PR.
import { readFile } from 'node:fs/promises';
import type { FoundImage } from '../charts/found-image.js';

export function renderImageList(images: FoundImage[], format: 'list' | 'json'): string {
  if (format === 'json') {
    const records = images.map(({ reference, file, line, source, origin }) => ({ image: reference, file, line, source, origin }));
    return `${JSON.stringify(records, null, 2)}\n`;
  }
  return images.map((i) => `${i.reference}\n`).join('');
}

export interface ListFile {
  text: string;
  references: string[];
}

/** The list a run replaces (either format): its text and references, or undefined when there was none. */
export async function previousImages(path: string): Promise<ListFile | undefined> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    return undefined;
  }
  if (text.trimStart().startsWith('[')) {
    try {
      return { text, references: (JSON.parse(text) as { image: string }[]).map((r) => r.image) };
    } catch {
      // not our JSON: read it as a list
    }
  }
  const references = text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'));
  return { text, references };
}

export function listChanges(before: string[] | undefined, after: string[]): { added: string[]; removed: string[] } {
  const old = new Set(before ?? []);
  const now = new Set(after);
  return { added: after.filter((r) => !old.has(r)), removed: (before ?? []).filter((r) => !now.has(r)) };
}

/**
 * What rewriting the list did, in words: images added and removed, or, when the images are the same,
 * whether the file changed at all (order, comments, blank lines, trailing spaces) — "0 new, 0
 * removed" would hide a rewrite the PR shows.
 */
export function describeListChange(before: ListFile | undefined, after: ListFile): string {
  if (!before) return 'a new file';
  const { added, removed } = listChanges(before.references, after.references);
  if (added.length + removed.length > 0) return `${added.length} new, ${removed.length} removed`;
  if (before.text === after.text) return 'unchanged';
  if (before.references.join('\n') !== after.references.join('\n')) return 'the same images in another order';
  return 'the same images; only comments, blank lines or spaces changed';
}
