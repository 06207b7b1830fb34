// The progress line a user follows in the log: what moved and how fast, never a total it cannot know.
import { expect, test } from 'vitest';
import { silentLogger } from '../shared/action/logger.js';
import { Progress } from '../shared/run/progress.js';

test('counts images and bytes moved, and claims no byte total (blobs already there never move)', () => {
  const progress = new Progress(silentLogger, 'sync', 3);
  progress.addBytes(9_300_000);
  progress.imageDone();
  const line = progress.line();
  expect(line).toMatch(/^sync: 1\/3 images, 9\.3 MB moved, [\d.]+ [KMG]?B\/s, \d+\.\ds$/);
  expect(line).not.toMatch(/at most|of \d/);
});
