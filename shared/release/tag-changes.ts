// What a resolve-tags run changed, for the changes-json output, the job summary and the PR body:
// component, old → new tag, a compare link, and the checks that failed at the new tag.
import type { ResolvedEntry } from './resolve.js';

export interface TagChange {
  repository: string;
  oldTag?: string;
  newTag: string;
  commit: string;
  compareUrl?: string;
  checks: string[];
}

/** Compare links exist for GitHub entries only (url: entries live elsewhere). */
function compareUrl(resolved: ResolvedEntry): string | undefined {
  if (resolved.entry.url) return undefined;
  const server = (process.env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/$/, '');
  const base = `${server}/${resolved.entry.repositoryFullName}`;
  return resolved.oldTag ? `${base}/compare/${resolved.oldTag}...${resolved.tag}` : `${base}/tree/${resolved.tag}`;
}

/** Entries whose tag changed (or that are new), each repository once. */
export function tagChanges(resolved: ResolvedEntry[]): TagChange[] {
  const seen = new Set<string>();
  const changes: TagChange[] = [];
  for (const r of resolved) {
    if (r.oldTag === r.tag || seen.has(r.entry.repositoryFullName)) continue;
    seen.add(r.entry.repositoryFullName);
    changes.push({
      repository: r.source.label,
      oldTag: r.oldTag,
      newTag: r.tag,
      commit: r.commit,
      compareUrl: compareUrl(r),
      checks: r.checks.map((c) => `${c.where}: ${c.message}`),
    });
  }
  return changes;
}

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

/** The PR body: one row per changed component, with the checks each owner should look at. */
export function pullRequestBody(changes: TagChange[], file: string): string {
  const rows = changes.map((c) => {
    const link = c.compareUrl ? `[compare](${c.compareUrl})` : '';
    const checks = c.checks.length ? `⚠️ ${c.checks.map(cell).join('<br>')}` : '✅';
    return `| ${cell(c.repository)} | ${c.oldTag ?? '(new)'} → **${c.newTag}** | ${link} | ${checks} |`;
  });
  return [
    `prel resolve-tags updated \`${file}\`: ${changes.length} component(s) move to a new tag.`,
    '',
    'Owners: please check your component\'s tag, its chart at that tag, and that its images carry the tag. Edit the tag in this PR if it is wrong.',
    '',
    '| component | tag | diff | checks |',
    '|---|---|---|---|',
    ...rows,
  ].join('\n');
}
