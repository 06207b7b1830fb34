// Finds images in Caicloud chart files the way the team's lists were made (docs caicloud-format.md §5):
// a text scan for deploy-time registry markers (`[[ registry_release ]]/x` → `release/x`), on every line
// (image fields, args, env values, JSON inside block scalars), without YAML parsing — but with clean
// extraction (no quotes, commas or trailing spaces) and validation of what it finds.

/** Marker name → project it stands for. */
export type MarkerMap = ReadonlyMap<string, string>;

export const DEFAULT_MARKERS: MarkerMap = new Map([
  ['registry_release', 'release'],
  ['registry_library', 'library'],
  // Legacy names (2018, before v2.7.0).
  ['g_registry_prefix_release', 'release'],
  ['g_registry_prefix_library', 'library'],
]);

export interface ScannedImage {
  /** `project/path:tag` as it goes into the list (not yet validated). */
  reference: string;
  line: number;
  /** The source line, trimmed, for reports. */
  source: string;
}

const MARKER = /\[\[\s*([A-Za-z0-9_]+)\s*\]\]\//g;
// Non-ASCII is taken in too: `release/élan:v1` must be reported as written, not cut short to `release/`.
const REF_CHAR = /[A-Za-z0-9._/:@-]|[^\x00-\x7f]/u;

/** Where an unquoted `#` starts a comment on the line, or the line's length. */
function commentStart(line: string): number {
  let quote: string | undefined;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quote) {
      if (c === quote) quote = undefined;
    } else if (c === "'" || c === '"') {
      quote = c;
    } else if (c === '#' && (i === 0 || line[i - 1] === ' ' || line[i - 1] === '\t')) {
      return i;
    }
  }
  return line.length;
}

/** The reference after a marker: the longest run of reference characters, `[[ … ]]` groups included. */
function referenceAt(line: string, start: number): string {
  let end = start;
  while (end < line.length) {
    if (line.startsWith('[[', end)) {
      const close = line.indexOf(']]', end + 2);
      if (close < 0) break;
      end = close + 2;
    } else if (REF_CHAR.test(line[end])) {
      end++;
    } else {
      break;
    }
  }
  return line.slice(start, end);
}

export function scanCaicloudText(text: string, markers: MarkerMap = DEFAULT_MARKERS): ScannedImage[] {
  const found: ScannedImage[] = [];
  const lines = text.split('\n');
  lines.forEach((raw, index) => {
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (!line.includes('[[') || line.trimStart().startsWith('#')) return;
    const limit = commentStart(line);
    for (const match of line.matchAll(MARKER)) {
      if (match.index >= limit) break;
      const project = markers.get(match[1]);
      if (project === undefined) continue; // another deploy-time value, e.g. [[ compassWebEndpoint ]]/hodor
      const rest = referenceAt(line, match.index + match[0].length);
      found.push({ reference: `${project}/${rest}`, line: index + 1, source: line.trim() });
    }
  });
  return found;
}
