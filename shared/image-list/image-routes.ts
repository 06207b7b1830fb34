// Where each listed image is read from and written to: relative names take the source registry (with
// the project map applied) and the target registry; absolute names keep their own host on the source side.
import { ConfigurationError } from '../errors/errors.js';
import { readImageLists, type ImageListEntry } from './image-list.js';
import { displayPath } from '../action/inputs.js';
import { formatReference } from '../image/reference.js';
import type { RegistryLocation } from '../registry/endpoint.js';

export interface ImageLocation {
  host: string;
  repository: string;
  tag?: string;
  digest?: string;
}

export interface ImageRoute {
  entry: ImageListEntry;
  source: ImageLocation;
  target?: ImageLocation;
}

export function locationString(loc: ImageLocation): string {
  return formatReference({ registry: loc.host, repository: loc.repository, tag: loc.tag, digest: loc.digest });
}

function joinPath(prefix: string, repository: string): string {
  return prefix ? `${prefix}/${repository}` : repository;
}

/** `release=devops_release`: renames the first path segment (source side only). */
export function applyProjectMap(repository: string, projectMap: ReadonlyMap<string, string>): string {
  const [first, ...rest] = repository.split('/');
  const mapped = projectMap.get(first);
  return mapped === undefined ? repository : [mapped, ...rest].join('/');
}

export function routeImage(
  entry: ImageListEntry,
  options: { source?: RegistryLocation; target?: RegistryLocation; projectMap: ReadonlyMap<string, string>; sourceInput: string },
): ImageRoute {
  const { ref } = entry;
  let source: ImageLocation;
  if (ref.registry) {
    // Docker Hub keeps official images under library/: docker.io/nginx is docker.io/library/nginx.
    const hub = ref.registry === 'docker.io' || ref.registry === 'index.docker.io';
    const repository = hub && !ref.repository.includes('/') ? `library/${ref.repository}` : ref.repository;
    source = { host: ref.registry, repository, tag: ref.tag, digest: ref.digest };
  } else {
    if (!options.source) {
      throw new ConfigurationError(
        `${displayPath(entry.file)}:${entry.line}: '${entry.text}' has no registry host, so input '${options.sourceInput}' is required.`,
        { file: displayPath(entry.file), line: entry.line },
      );
    }
    source = {
      host: options.source.host,
      repository: joinPath(options.source.prefix, applyProjectMap(ref.repository, options.projectMap)),
      tag: ref.tag,
      digest: ref.digest,
    };
  }
  const target = options.target && {
    host: options.target.host,
    repository: joinPath(options.target.prefix, ref.repository),
    tag: ref.tag,
    digest: ref.tag ? undefined : ref.digest,
  };
  return { entry, source, target };
}

/** Reads the lists and routes every entry; a bad line stops everything before any copy starts. */
export async function planRoutes(
  listFiles: string[],
  options: { source?: RegistryLocation; target?: RegistryLocation; projectMap: ReadonlyMap<string, string> },
): Promise<{ entries: ImageListEntry[]; routes: ImageRoute[] }> {
  const entries = await readImageLists(listFiles);
  const routes = entries.map((entry) => routeImage(entry, { ...options, sourceInput: 'source-registry' }));
  return { entries, routes };
}
