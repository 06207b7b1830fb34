// Image list files (SPEC 2.1): one reference per line, `#` comments and blank lines skipped, trimmed.
// Several files or globs are read in order; each entry remembers its file and line for messages.
import { readFile } from 'node:fs/promises';
import { ConfigurationError } from '../errors/errors.js';
import { displayPath, workspacePath } from '../action/inputs.js';
import { InvalidReferenceError, parseReference, type ImageReference } from '../image/reference.js';

export interface ImageListEntry {
  ref: ImageReference;
  /** The line as written (trimmed). */
  text: string;
  file: string;
  line: number;
}

/** Expands paths and globs (relative to the workspace); a pattern that matches nothing is an error. */
export async function expandListPaths(patterns: string[], inputName: string): Promise<string[]> {
  if (patterns.length === 0) throw new ConfigurationError(`Input '${inputName}' is required and was not supplied.`);
  const files: string[] = [];
  for (const pattern of patterns) {
    const isGlob = /[*?[\]{}]/.test(pattern);
    const matches = isGlob ? await globFiles(pattern) : [workspacePath(pattern)];
    if (matches.length === 0) throw new ConfigurationError(`Input '${inputName}': '${pattern}' matches no file.`);
    for (const file of matches) if (!files.includes(file)) files.push(file);
  }
  return files;
}

/** The glob library (~90 KB of code) is loaded only by a run whose list names a pattern. */
async function globFiles(pattern: string): Promise<string[]> {
  const { glob } = await import('tinyglobby');
  return (await glob(pattern, { cwd: workspacePath('.'), absolute: true, onlyFiles: true })).sort();
}

export function parseImageList(text: string, file: string): ImageListEntry[] {
  const entries: ImageListEntry[] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) return;
    try {
      entries.push({ ref: parseReference(line), text: line, file, line: index + 1 });
    } catch (err) {
      if (err instanceof InvalidReferenceError) {
        throw new ConfigurationError(`${displayPath(file)}:${index + 1}: ${err.message}`, { file: displayPath(file), line: index + 1 });
      }
      throw err;
    }
  });
  return entries;
}

/** Reads every list; the same reference listed twice is kept once (first occurrence). */
export async function readImageLists(files: string[]): Promise<ImageListEntry[]> {
  const seen = new Set<string>();
  const entries: ImageListEntry[] = [];
  for (const file of files) {
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder' : (err as Error).message;
      throw new ConfigurationError(`Cannot read image list ${displayPath(file)}: ${why}.`);
    }
    for (const entry of parseImageList(text, file)) {
      if (seen.has(entry.text)) continue;
      seen.add(entry.text);
      entries.push(entry);
    }
  }
  return entries;
}
