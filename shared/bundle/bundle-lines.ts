// The `files` input of assemble-bundle: `source => path-in-bundle` lines, parsed and checked before
// anything is read or downloaded. Every error names the line.
import { ConfigurationError } from '../errors/errors.js';
import { isLoopback } from '../http/loopback.js';
import { parseRepositoryFullName } from '../github/github-names.js';

export type BundleSource =
  /** A workspace path (file or folder), as written. */
  | { kind: 'local'; path: string }
  /** An `https://` URL (or `http://` to a loopback host). */
  | { kind: 'url'; url: string }
  | { kind: 'github-release'; owner: string; repo: string; tag: string; asset: string };

export interface BundleLine {
  /** 1-based line number in the `files` input (or in the default layout). */
  line: number;
  /** The line as written, trimmed. */
  text: string;
  /** True for the lines of the default layout (the `files` input was empty). */
  defaulted: boolean;
  source: BundleSource;
  /** '/'-separated path inside the bundle folder, without `.` segments or a trailing '/'. */
  destination: string;
  /** The destination ended with '/': a file source lands inside it under its own name. */
  intoFolder: boolean;
}

/** Section 1 row 9 of the spec: the bundle the team packed by hand, each file from the workspace path of the same name. */
export const DEFAULT_BUNDLE_PATHS = ['cadm', 'config.sample', 'install.sh', 'image/release.tar.gz', 'pangolin-deploy-images.tar.gz'] as const;

const SOURCE_FORMS = 'a workspace path, an https:// URL or github-release://owner/repo@tag/asset';

/** How a line is named in messages: `files line 3 ('cadm => cadm')`. */
export function describeLine(line: Pick<BundleLine, 'line' | 'text' | 'defaulted'>): string {
  // Line 0: a file the action adds itself (verify.sh, images.lock, BASE); its text says where from.
  if (line.line === 0) return line.text;
  return `${line.defaulted ? 'files (default layout)' : 'files'} line ${line.line} ('${line.text}')`;
}

/** Parses the `files` input; empty or undefined gives the default layout. */
export function parseBundleLines(text: string | undefined): BundleLine[] {
  if (text === undefined || text.trim() === '') {
    return DEFAULT_BUNDLE_PATHS.map((path, index) => parseLine(`${path} => ${path}`, index + 1, true));
  }
  const lines: BundleLine[] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const trimmed = raw.trim();
    if (trimmed === '' || trimmed.startsWith('#')) return;
    lines.push(parseLine(trimmed, index + 1, false));
  });
  if (lines.length === 0) throw new ConfigurationError(`Input 'files' has no 'source => path-in-bundle' lines (only blanks and comments).`);
  return lines;
}

function parseLine(text: string, line: number, defaulted: boolean): BundleLine {
  const where = describeLine({ line, text, defaulted });
  const arrow = text.indexOf('=>');
  if (arrow < 0) throw new ConfigurationError(`${where}: expected 'source => path-in-bundle'.`);
  const sourceText = text.slice(0, arrow).trim();
  const destinationText = text.slice(arrow + 2).trim();
  if (sourceText === '') throw new ConfigurationError(`${where}: there is no source before '=>'.`);
  const { destination, intoFolder } = parseDestination(destinationText, where);
  return { line, text, defaulted, source: parseSource(sourceText, where), destination, intoFolder };
}

function parseDestination(raw: string, where: string): { destination: string; intoFolder: boolean } {
  if (raw === '') throw new ConfigurationError(`${where}: there is no path-in-bundle after '=>'.`);
  if (raw.startsWith('/') || raw.startsWith('~') || /^[A-Za-z]:/.test(raw)) {
    throw new ConfigurationError(`${where}: the path-in-bundle '${raw}' is absolute; write it relative to the bundle folder.`);
  }
  if (raw.includes('\\')) throw new ConfigurationError(`${where}: the path-in-bundle '${raw}' contains '\\'; separate folders with '/'.`);
  const segments = raw.split('/').filter((s) => s !== '' && s !== '.');
  if (segments.includes('..')) throw new ConfigurationError(`${where}: the path-in-bundle '${raw}' contains '..' and could escape the bundle folder.`);
  if (segments.length === 0) throw new ConfigurationError(`${where}: the path-in-bundle '${raw}' names no path inside the bundle folder.`);
  return { destination: segments.join('/'), intoFolder: raw.endsWith('/') };
}

function parseSource(raw: string, where: string): BundleSource {
  const scheme = /^([A-Za-z][A-Za-z0-9+.-]*):\/\//.exec(raw)?.[1]?.toLowerCase();
  if (scheme === undefined) return { kind: 'local', path: raw };
  if (scheme === 'https' || scheme === 'http') {
    let url: URL;
    try {
      url = new URL(raw);
    } catch {
      throw new ConfigurationError(`${where}: '${raw}' is not a valid URL.`);
    }
    // Plain http only reaches this machine (tests, a local mirror); anything else must be https.
    if (scheme === 'http' && !isLoopback(url.host)) {
      throw new ConfigurationError(`${where}: '${raw}' uses http://; only https:// URLs are downloaded (http:// only from localhost).`);
    }
    return { kind: 'url', url: url.toString() };
  }
  if (scheme === 'github-release') return parseGitHubRelease(raw, where);
  throw new ConfigurationError(`${where}: unknown source scheme '${scheme}://'; a source is ${SOURCE_FORMS}.`);
}

function parseGitHubRelease(raw: string, where: string): BundleSource {
  const form = 'github-release://owner/repo@tag/asset';
  // The tag may contain '/', an asset name cannot: the asset is the last segment.
  const m = /^github-release:\/\/([^/@]+\/[^/@]+)@(.+)\/([^/]+)$/i.exec(raw);
  if (!m) throw new ConfigurationError(`${where}: '${raw}' is not ${form}.`);
  let owner: string;
  let repo: string;
  try {
    ({ owner, repo } = parseRepositoryFullName(m[1]!));
  } catch {
    throw new ConfigurationError(`${where}: '${m[1]}' in '${raw}' is not a GitHub owner/repo (expected ${form}).`);
  }
  return { kind: 'github-release', owner, repo, tag: m[2]!, asset: m[3]! };
}
