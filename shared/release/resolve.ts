// resolve-tags' work: pick each component's tag (or verify its pin), then check the component at that
// tag — every resourcePath exists, and its own images carry its tag once placeholders are filled.
import pLimit from 'p-limit';
import { scanCaicloudText } from '../charts/caicloud-scanner.js';
import { ConfigurationError, errorMessage, quoteText } from '../errors/errors.js';
import type { Logger } from '../action/logger.js';
import { parseReference } from '../image/reference.js';
import { atEntry, type ChartEntry, type ChartsList } from './charts-list.js';
import type { ComponentSource } from './component-source.js';
import { fillPlaceholders } from './placeholders.js';
import { selectTag, validTagPattern } from './tag-selection.js';

export interface ResolveRequest {
  list: ChartsList;
  /** The release file this run replaces, if any: where the old tags come from. */
  previous?: ChartsList;
  prerelease: boolean;
  concurrency: number;
  sourceFor: (entry: ChartEntry) => ComponentSource;
  logger: Logger;
}

export interface CheckFailure {
  /** `owner/repo@tag:path`. */
  where: string;
  message: string;
}

export interface ResolvedEntry {
  entry: ChartEntry;
  source: ComponentSource;
  tag: string;
  commit: string;
  oldTag?: string;
  checks: CheckFailure[];
}

/** Old tags by repository and occurrence, so a repository listed twice maps entry to entry. */
function oldTags(previous: ChartsList | undefined): Map<string, string> {
  const map = new Map<string, string>();
  const seen = new Map<string, number>();
  for (const entry of previous?.entries ?? []) {
    const n = seen.get(entry.repositoryFullName) ?? 0;
    seen.set(entry.repositoryFullName, n + 1);
    if (entry.tag) map.set(`${entry.repositoryFullName}#${n}`, entry.tag);
  }
  return map;
}

async function pick(entry: ChartEntry, source: ComponentSource, prerelease: boolean, file: string): Promise<{ tag: string; commit: string }> {
  const where = { file, line: entry.line };
  if (entry.tag) {
    const commit = await source.resolveTag(entry.tag);
    if (!commit) throw new ConfigurationError(`${file}:${entry.line}: ${source.label} has no tag ${quoteText(entry.tag)} (pinned with tag:).`, where);
    return { tag: entry.tag, commit };
  }
  if (entry.tagPattern && !validTagPattern(entry.tagPattern)) {
    throw new ConfigurationError(`${file}:${entry.line}: tagPattern '${entry.tagPattern}' is neither a glob (v2.7.*) nor a semver range (>=0.5.0 <0.6.0).`, where);
  }
  const tags = await source.listTags();
  const policy = { pattern: entry.tagPattern, prerelease: entry.prerelease ?? prerelease };
  const chosen = await selectTag(tags, policy, (t) => source.commitDate(t.commit));
  if (!chosen) {
    const why = tags.length === 0 ? 'it has no tags' : `none of its ${tags.length} tags matches${entry.tagPattern ? ` '${entry.tagPattern}'` : ''}${policy.prerelease ? '' : ' without a prerelease'}`;
    throw new ConfigurationError(`${file}:${entry.line}: no tag to release for ${source.label}: ${why}.`, where);
  }
  return { tag: chosen.name, commit: chosen.commit };
}

/** The component's own images: those named in `images:`, else those whose last path part is the repository's name. */
function isOwnImage(entry: ChartEntry, repository: string): boolean {
  if (entry.images) return entry.images.includes(repository);
  return repository.split('/').pop() === entry.name;
}

async function check(entry: ChartEntry, source: ComponentSource, tag: string, tagOfRepo: ReadonlyMap<string, string>): Promise<CheckFailure[]> {
  const failures: CheckFailure[] = [];
  for (const resource of entry.resourcePaths) {
    const where = `${source.label}@${tag}:${resource}`;
    const file = await source.readFile(tag, resource);
    if (!file) {
      if (!(await source.readFolder(tag, resource))) failures.push({ where, message: 'does not exist at this tag' });
      continue;
    }
    if (!/\.ya?ml$/.test(resource)) continue;
    let text: string;
    try {
      text = fillPlaceholders(file.toString('utf8'), tag, tagOfRepo, where);
    } catch (err) {
      failures.push({ where, message: errorMessage(err).replace(`${where}:`, 'line ') });
      continue;
    }
    for (const image of scanCaicloudText(text)) {
      let ref;
      try {
        ref = parseReference(image.reference);
      } catch (err) {
        failures.push({ where: `${where}:${image.line}`, message: errorMessage(err) });
        continue;
      }
      if (isOwnImage(entry, ref.repository) && ref.tag !== tag) {
        failures.push({ where: `${where}:${image.line}`, message: `${image.reference} is not tagged ${tag}` });
      }
    }
  }
  return failures;
}

export async function resolveTags(request: ResolveRequest): Promise<ResolvedEntry[]> {
  const { list, logger } = request;
  const limit = pLimit(request.concurrency);
  const picked = await Promise.all(
    list.entries.map((entry) =>
      limit(async () => {
        const source = request.sourceFor(entry);
        const { tag, commit } = await pick(entry, source, request.prerelease, list.file).catch((err: unknown) => {
          throw atEntry(err, list.file, entry);
        });
        logger.info(`${source.label}: ${tag}${entry.tag ? ' (pinned)' : ''} → ${commit.slice(0, 12)}`);
        return { entry, source, tag, commit };
      }),
    ),
  );
  const tagOfRepo = new Map<string, string>();
  for (const p of picked) if (!tagOfRepo.has(p.entry.name)) tagOfRepo.set(p.entry.name, p.tag);
  const old = oldTags(request.previous);
  const seen = new Map<string, number>();
  const withOld = picked.map((p) => {
    const n = seen.get(p.entry.repositoryFullName) ?? 0;
    seen.set(p.entry.repositoryFullName, n + 1);
    return { ...p, oldTag: old.get(`${p.entry.repositoryFullName}#${n}`) };
  });
  return Promise.all(
    withOld.map((p) =>
      limit(async () => {
        const checks = await check(p.entry, p.source, p.tag, tagOfRepo).catch((err: unknown) => {
          throw atEntry(err, list.file, p.entry);
        });
        for (const c of checks) logger.warning(`${c.where}: ${c.message}`);
        return { ...p, checks };
      }),
    ),
  );
}
