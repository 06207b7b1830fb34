// Component repositories for resolve-tags and collect-charts tests: real git repos with chart files at
// tags, bare-cloned so they are read through file:// URLs (or served by the local GitHub API server).
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bareClone, commit, fileUrl, makeRepo, tag } from './git-repos.js';

export interface TaggedState {
  /** Files committed before the tags (merged into the repo). */
  files?: Record<string, string>;
  tags: string[];
  annotated?: boolean;
}

/** A bare repository whose history is the given states in order (one commit each); returns its path and tag commits. */
export async function componentRepo(name: string, states: TaggedState[], root = mkdtempSync(join(tmpdir(), 'prel-repos-'))): Promise<{ bare: string; url: string; commits: Record<string, string> }> {
  const dir = join(root, name);
  await makeRepo(dir, { 'README.md': `# ${name}\n` });
  const commits: Record<string, string> = {};
  let day = 1;
  for (const state of states) {
    const date = `2024-01-${String(day++).padStart(2, '0')}T00:00:00Z`;
    await commit(dir, state.files ?? { 'CHANGELOG.md': `${state.tags.join(',')}\n` }, `release ${state.tags.join(', ')}`, date);
    for (const t of state.tags) commits[t] = await tag(dir, t, { annotated: state.annotated, date });
  }
  const bare = await bareClone(dir);
  return { bare, url: fileUrl(bare), commits };
}
