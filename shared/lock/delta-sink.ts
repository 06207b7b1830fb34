// For a delta pack: a sink that never reads the blobs the site already holds (those of the previous
// release's images.lock), so a delta costs only the new layers, in bytes read as in bytes written.
import type { Readable } from 'node:stream';
import type { Descriptor } from '../transfer/image-graph.js';
import type { ImageSink } from '../transfer/image-source.js';

export function skipKnownBlobs(sink: ImageSink, known: ReadonlySet<string>): ImageSink {
  if (known.size === 0) return sink;
  return {
    name: sink.name,
    currentDigest: () => sink.currentDigest(),
    planned: (root) => sink.planned?.(root),
    putBlob: (desc: Descriptor, open: () => Promise<Readable>) => (known.has(desc.digest) ? Promise.resolve(0) : sink.putBlob(desc, open)),
    putManifest: (node, root) => sink.putManifest(node, root),
  };
}
