// collect-charts: planned (SPEC section 4); until it is built, the step fails with one clear line.
import { runAction } from '../../../shared/action-io.js';
import { notImplemented } from '../../../shared/not-implemented.js';

export async function run(): Promise<void> {
  await runAction(notImplemented('collect-charts'));
}
