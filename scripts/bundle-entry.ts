// The shared bundle's entry: every action's run(), by name. scripts/build.mjs checks that it lists
// each folder under actions/.
import { run as assembleBundle } from '../actions/assemble-bundle/src/main.js';
import { run as buildReleaseImage } from '../actions/build-release-image/src/main.js';
import { run as collectCharts } from '../actions/collect-charts/src/main.js';
import { run as listImages } from '../actions/list-images/src/main.js';
import { run as packRegistry } from '../actions/pack-registry/src/main.js';
import { run as resolveTags } from '../actions/resolve-tags/src/main.js';
import { run as syncImages } from '../actions/sync-images/src/main.js';

const actions: Record<string, () => Promise<void>> = {
  'resolve-tags': resolveTags,
  'collect-charts': collectCharts,
  'list-images': listImages,
  'build-release-image': buildReleaseImage,
  'sync-images': syncImages,
  'pack-registry': packRegistry,
  'assemble-bundle': assembleBundle,
};

export async function runAction(name: string): Promise<void> {
  const run = actions[name];
  if (!run) throw new Error(`prel has no action '${name}'`);
  await run();
}
