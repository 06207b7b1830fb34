// Picks a component's release tag (SPEC resolve-tags): tags matching tagPattern (a glob like `v2.7.*`
// or a semver range like `>=0.5.0 <0.6.0`), the highest by semver precedence (a leading `v` allowed;
// `v0.9.2` beats `v0.9.2-beta`, whatever was pushed last), prereleases only when allowed. Tags that are
// not semver (`release-x-f7hq6`) count only when no tag is semver; then the newest commit wins.
import semver from 'semver';
import type { TagInfo } from './component-source.js';

export interface TagPolicy {
  pattern?: string;
  prerelease: boolean;
}

function isGlob(pattern: string): boolean {
  return /[*?[\]]/.test(pattern);
}

function globToRegExp(glob: string): RegExp {
  let source = '';
  for (const c of glob) {
    if (c === '*') source += '.*';
    else if (c === '?') source += '.';
    else source += c.replace(/[.+^${}()|\\]/g, '\\$&');
  }
  return new RegExp(`^${source}$`);
}

/** Whether the pattern is one prel understands: a glob, or a valid semver range. */
export function validTagPattern(pattern: string): boolean {
  if (isGlob(pattern)) return true;
  return semver.validRange(pattern) !== null;
}

export function semverOf(tag: string): semver.SemVer | null {
  return semver.parse(tag);
}

function matches(tag: string, policy: TagPolicy): boolean {
  if (!policy.pattern) return true;
  if (isGlob(policy.pattern)) return globToRegExp(policy.pattern).test(tag);
  const version = semverOf(tag);
  return version !== null && semver.satisfies(version, policy.pattern, { includePrerelease: policy.prerelease });
}

/**
 * The tag to release, or undefined when none fits. `dateOf` is only asked for when no tag is semver
 * (it can be slow: one API call or fetch per tag).
 */
export async function selectTag(
  tags: TagInfo[],
  policy: TagPolicy,
  dateOf: (tag: TagInfo) => Promise<Date | undefined>,
): Promise<TagInfo | undefined> {
  const candidates = tags.filter((t) => matches(t.name, policy));
  const versioned = candidates
    .map((tag) => ({ tag, version: semverOf(tag.name) }))
    .filter((c): c is { tag: TagInfo; version: semver.SemVer } => c.version !== null);
  if (versioned.length > 0) {
    const allowed = versioned.filter((c) => policy.prerelease || c.version.prerelease.length === 0);
    // Equal precedence (v1.0.0 and 1.0.0, or differing only in build metadata): the name decides, so the pick is stable.
    allowed.sort((a, b) => semver.compare(b.version, a.version) || (a.tag.name < b.tag.name ? -1 : a.tag.name > b.tag.name ? 1 : 0));
    return allowed[0]?.tag;
  }
  let newest: { tag: TagInfo; date: number } | undefined;
  for (const tag of candidates) {
    const date = (await dateOf(tag))?.getTime() ?? 0;
    if (!newest || date > newest.date || (date === newest.date && tag.name > newest.tag.name)) newest = { tag, date };
  }
  return newest?.tag;
}
