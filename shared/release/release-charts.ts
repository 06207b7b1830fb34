// Writes release_charts.yaml (SPEC 3.2): the charts_list.yaml document with `tag` (right after
// repositoryFullName) and `commit` per entry, in the input's order, its comments kept.
import { Scalar, type Document, type YAMLMap } from 'yaml';
import type { ChartEntry, ChartsList } from './charts-list.js';

export interface Pin {
  tag: string;
  commit: string;
}

function setAfter(doc: Document, map: YAMLMap, key: string, value: string, after: string): void {
  const node = new Scalar(value);
  const existing = map.items.find((p) => (p.key as Scalar | undefined)?.value === key);
  if (existing) {
    existing.value = node;
    return;
  }
  const index = map.items.findIndex((p) => (p.key as Scalar | undefined)?.value === after);
  map.items.splice(index + 1, 0, doc.createPair(key, node));
}

/** The document with every entry pinned; entries missing from `pins` are left as they are. */
export function renderReleaseCharts(list: ChartsList, pins: ReadonlyMap<ChartEntry, Pin>): string {
  for (const entry of list.entries) {
    const pin = pins.get(entry);
    if (!pin) continue;
    setAfter(list.doc, entry.node, 'tag', pin.tag, 'repositoryFullName');
    setAfter(list.doc, entry.node, 'commit', pin.commit, 'tag');
  }
  return list.doc.toString({ lineWidth: 0 });
}
