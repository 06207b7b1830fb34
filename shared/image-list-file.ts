// Writing an image list (one reference per line, LF, final newline; or JSON with where each came from),
// and what changed against the list it replaces, for the reviewer of the archive PR.
import { readFile } from 'node:fs/promises';
import type { FoundImage } from './charts/found-image.js';

export function renderImageList(images: FoundImage[], format: 'list' | 'json'): string {
  if (format === 'json') {
    const records = images.map(({ reference, file, line, source, origin }) => ({ image: reference, file, line, source, origin }));
    return `${JSON.stringify(records, null, 2)}\n`;
  }
  return images.map((i) => `${i.reference}\n`).join('');
}

/** The references of the list a run replaces (either format), or undefined when there was none. */
export async function previousImages(path: string): Promise<string[] | undefined> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    return undefined;
  }
  if (text.trimStart().startsWith('[')) {
    try {
      return (JSON.parse(text) as { image: string }[]).map((r) => r.image);
    } catch {
      // not our JSON: read it as a list
    }
  }
  return text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'));
}

export function listChanges(before: string[] | undefined, after: string[]): { added: string[]; removed: string[] } {
  const old = new Set(before ?? []);
  const now = new Set(after);
  return { added: after.filter((r) => !old.has(r)), removed: (before ?? []).filter((r) => !now.has(r)) };
}
