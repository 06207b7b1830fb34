// The shared bundle's entry: every action's run(), by name, and the `prel` CLI over them.
// scripts/build.mjs checks that it lists each folder under actions/.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runCli } from '../shared/cli/cli.js';
import { run as assembleBundle } from '../actions/assemble-bundle/src/main.js';
import { run as buildReleaseImage } from '../actions/build-release-image/src/main.js';
import { run as collectCharts } from '../actions/collect-charts/src/main.js';
import { run as listImages } from '../actions/list-images/src/main.js';
import { run as packRegistry } from '../actions/pack-registry/src/main.js';
import { run as resolveTags } from '../actions/resolve-tags/src/main.js';
import { run as syncImages } from '../actions/sync-images/src/main.js';

/** Every action's run(), by name (the tests use the same map). */
export const actions: Record<string, () => Promise<void>> = {
  'resolve-tags': resolveTags,
  'collect-charts': collectCharts,
  'list-images': listImages,
  'build-release-image': buildReleaseImage,
  'sync-images': syncImages,
  'pack-registry': packRegistry,
  'assemble-bundle': assembleBundle,
};

/** The repository root, where each action.yml lives under actions/ (above dist/prel or scripts/). */
function findRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 5; i++) {
    if (existsSync(join(dir, 'actions', 'sync-images', 'action.yml'))) return dir;
    dir = dirname(dir);
  }
  throw new Error('cannot find the actions folder next to the prel bundle');
}

/** The `prel` command. */
export async function runPrel(argv: string[]): Promise<number> {
  const root = findRoot();
  const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
  return runCli(argv, { actionsDir: join(root, 'actions'), actions, version });
}

export async function runAction(name: string): Promise<void> {
  const run = actions[name];
  if (!run) throw new Error(`prel has no action '${name}'`);
  await run();
}
