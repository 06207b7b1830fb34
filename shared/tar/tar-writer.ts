// Path rules of the deterministic tar the archive writer produces (archive/archive-file.ts): entry order
// and the folder entries a path needs.

/** Byte-wise order of full paths; a folder's path is a prefix of its children's, so it comes first. */
export function compareTarPaths(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a), Buffer.from(b));
}

/** The folder entries ('a/', 'a/b/') every path needs, so each file has its parents in the archive. */
export function parentDirectories(path: string): string[] {
  const parts = path.replace(/\/$/, '').split('/');
  const dirs: string[] = [];
  for (let i = 1; i < parts.length; i++) dirs.push(`${parts.slice(0, i).join('/')}/`);
  return dirs;
}
