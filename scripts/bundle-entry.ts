// The shared bundle's entry: every action's run(), by name, and the `prel` CLI over them.
// scripts/build.mjs checks that it lists each folder under actions/.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { trimHeapWhileRunning } from '../shared/http/heap-trim.js';
import { tuneV8ForTransfers } from '../shared/http/v8-tuning.js';

// Each action is its own chunk, loaded on demand: a run evaluates only the code of its action (the
// bundler puts code that several actions share in shared chunks, once on disk). The tests use the same map.
export const actions: Record<string, () => Promise<void>> = {
  'resolve-tags': async () => (await import('../actions/resolve-tags/src/main.js')).run(),
  'collect-charts': async () => (await import('../actions/collect-charts/src/main.js')).run(),
  'list-images': async () => (await import('../actions/list-images/src/main.js')).run(),
  'build-release-image': async () => (await import('../actions/build-release-image/src/main.js')).run(),
  // Early collections keep sync-images under its memory bound; pack-registry, which has no such bound,
  // gains neither memory nor time from them (bench/RESULTS.md).
  'sync-images': async () => {
    trimHeapWhileRunning();
    return (await import('../actions/sync-images/src/main.js')).run();
  },
  'pack-registry': async () => (await import('../actions/pack-registry/src/main.js')).run(),
  'assemble-bundle': async () => (await import('../actions/assemble-bundle/src/main.js')).run(),
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
  tuneV8ForTransfers();
  const root = findRoot();
  const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
  const { runCli } = await import('../shared/cli/cli.js');
  return runCli(argv, { actionsDir: join(root, 'actions'), actions, version });
}

export async function runAction(name: string): Promise<void> {
  // Before the action's code loads: the young generation must not grow while the bundle is evaluated.
  tuneV8ForTransfers();
  const run = actions[name];
  if (!run) throw new Error(`prel has no action '${name}'`);
  await run();
}
