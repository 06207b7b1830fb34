// The README's "How it is built" map is the tree: every entry of shared/ (folders, and the few files its
// root may hold) has its line, every line names something that exists, and so do the top-level folders.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** The lines of the first fenced block under `## How it is built`. */
function mapLines(readme: string): string[] {
  const section = readme.split(/^## How it is built$/m)[1]?.split(/^## /m)[0];
  if (section === undefined) throw new Error('README.md has no "## How it is built" section');
  const block = /^```[a-z]*\n([\s\S]*?)^```$/m.exec(section);
  if (!block) throw new Error('the "How it is built" section has no fenced map');
  return block[1].split('\n').filter((line) => line.trim() !== '');
}

/** `shared/`'s entries as the map names them: folders with a trailing slash, files as they are. */
function mapEntries(lines: string[], indent: string): string[] {
  const pattern = new RegExp(`^${indent}(\\S+)\\s`);
  return lines.flatMap((line) => {
    const name = pattern.exec(line)?.[1];
    return name && !/^\s/.test(line.slice(indent.length)) ? [name] : [];
  });
}

describe('README map', () => {
  const lines = mapLines(readFileSync(join(root, 'README.md'), 'utf8'));

  it('names every entry of shared/, and nothing else under it', () => {
    const onDisk = readdirSync(join(root, 'shared'), { withFileTypes: true })
      .map((entry) => (entry.isDirectory() ? `${entry.name}/` : entry.name))
      .sort();
    const inMap = mapEntries(lines, '  ').sort();
    expect(inMap).toEqual(onDisk);
  });

  it('names top-level folders that exist', () => {
    const top = mapEntries(lines, '').map((name) => name.replace(/<name>\/$/, ''));
    expect(top).toContain('shared/');
    for (const name of top) expect(existsSync(join(root, name)), name).toBe(true);
  });
});
