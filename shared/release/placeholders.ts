// Package-time placeholders (SPEC 3.3), filled as plain text everywhere in a file — no YAML
// re-serialization, so a collected file differs from its source only on the substituted lines:
// `[[ imageTagFromGitTag ]]` → the component's own tag, `[[ TagOfRepo(<name>) ]]` → that repo's tag.
// Every other `[[ … ]]` is for deploy time and stays.
import { ConfigurationError } from '../errors/errors.js';

const PLACEHOLDER = /\[\[\s*(imageTagFromGitTag|TagOfRepo\(\s*([^)\s]*)\s*\))\s*\]\]/g;

export function fillPlaceholders(text: string, ownTag: string, tagOfRepo: ReadonlyMap<string, string>, file: string): string {
  return text.replace(PLACEHOLDER, (whole, what: string, repo: string | undefined, offset: number) => {
    if (what === 'imageTagFromGitTag') return ownTag;
    const tag = tagOfRepo.get(repo ?? '');
    if (tag === undefined) {
      const line = text.slice(0, offset).split('\n').length;
      throw new ConfigurationError(
        `${file}:${line}: ${whole} names a repository that is not in release_charts.yaml (add an entry for ${repo} to charts_list.yaml, without resourcePaths)`,
        { file, line },
      );
    }
    return tag;
  });
}
