// The shared bundle's entry: every action's run(), by name. scripts/build.mjs checks that it lists
// each folder under actions/.
import { run as syncImages } from '../actions/sync-images/src/main.js';

const actions: Record<string, () => Promise<void>> = {
  'sync-images': syncImages,
};

export async function runAction(name: string): Promise<void> {
  const run = actions[name];
  if (!run) throw new Error(`prel has no action '${name}'`);
  await run();
}
