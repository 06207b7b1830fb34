// Walks the collected charts folder the way the team's lists were made: depth-first, each folder's
// entries sorted byte-wise by name (`infra` before `infra-patch`), hidden entries skipped, no links
// followed out of the tree. Says what each entry is: a chart file, a Helm chart folder, or a .tgz chart.
import type { Dirent } from 'node:fs';
import { readdir, realpath, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { ConfigurationError } from '../errors/errors.js';
import type { Logger } from '../action/logger.js';

export type ChartEntry =
  | { kind: 'yaml'; path: string }
  | { kind: 'helm-folder'; path: string }
  | { kind: 'helm-archive'; path: string };

function byName(a: Dirent, b: Dirent): number {
  return Buffer.compare(Buffer.from(a.name), Buffer.from(b.name));
}

function inside(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel === '' || (!rel.startsWith(`..${sep}`) && rel !== '..');
}

async function hasChartYaml(dir: string): Promise<boolean> {
  try {
    return (await stat(join(dir, 'Chart.yaml'))).isFile();
  } catch {
    return false;
  }
}

export async function walkAddons(root: string, inputName: string, logger: Logger): Promise<ChartEntry[]> {
  let rootReal: string;
  try {
    rootReal = await realpath(root);
    if (!(await stat(rootReal)).isDirectory()) throw new ConfigurationError(`Input '${inputName}': ${root} is not a folder.`);
  } catch (err) {
    if (err instanceof ConfigurationError) throw err;
    throw new ConfigurationError(`Input '${inputName}': ${root} does not exist.`);
  }
  if (await hasChartYaml(rootReal)) return [{ kind: 'helm-folder', path: root }];
  const found: ChartEntry[] = [];
  const visited = new Set<string>([rootReal]);
  const walk = async (dir: string): Promise<void> => {
    let entries: Dirent[];
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch (err) {
      throw new ConfigurationError(`Cannot read folder ${dir}: ${(err as Error).message}`);
    }
    for (const entry of entries.sort(byName)) {
      if (entry.name.startsWith('.')) continue;
      const path = join(dir, entry.name);
      let isDir = entry.isDirectory();
      let isFile = entry.isFile();
      if (entry.isSymbolicLink()) {
        // A link is followed only when it stays inside the tree: charts must not pull files from elsewhere.
        const target = await realpath(path).catch(() => undefined);
        if (!target || !inside(rootReal, target)) {
          logger.warning(`${path}: a link that leaves ${root} (or is broken) was skipped`);
          continue;
        }
        const info = await stat(target);
        isDir = info.isDirectory();
        isFile = info.isFile();
      }
      if (isDir) {
        // A link back to a folder already walked would loop forever.
        const real = await realpath(path);
        if (visited.has(real)) continue;
        visited.add(real);
        if (await hasChartYaml(path)) found.push({ kind: 'helm-folder', path });
        else await walk(path);
      } else if (isFile && /\.ya?ml$/.test(entry.name)) {
        found.push({ kind: 'yaml', path });
      } else if (isFile && entry.name.endsWith('.tgz')) {
        found.push({ kind: 'helm-archive', path });
      }
    }
  };
  await walk(root);
  return found;
}
