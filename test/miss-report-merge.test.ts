// The sync shards' and the pack job's miss reports, downloaded side by side, become one
// miss_image.txt and one miss_push_image.txt (sorted, without duplicates) and one summary.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../shared/cli/cli.js';
import { mergeMissReports } from '../shared/miss-reports/miss-report-merge.js';
import { runWithInputs } from './helpers/run-action.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'prel-merge-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function report(folder: string, file: string, lines: string[]): void {
  mkdirSync(join(dir, 'reports', folder), { recursive: true });
  writeFileSync(join(dir, 'reports', folder, file), `${lines.join('\n')}\n`);
}

/** Four sync shards and the pack job, as download-artifact lays out several artifacts: one folder each. */
function fourShards(): void {
  report('miss-reports-ab12cd34-sync-1', 'miss_image.txt', ['src.example.com/release/b:v1', 'src.example.com/release/a:v1']);
  report('miss-reports-ab12cd34-sync-2', 'miss_image.txt', ['src.example.com/release/c:v2']);
  report('miss-reports-ab12cd34-sync-2', 'miss_push_image.txt', ['rel.example.com/release/z:v1', 'rel.example.com/release/y:v1']);
  report('miss-reports-ab12cd34-sync-3', 'miss_push_image.txt', ['rel.example.com/release/y:v1']);
  report('miss-reports-ab12cd34-sync-4', 'miss_image.txt', ['src.example.com/release/a:v1', '', 'src.example.com/release/d:v1']);
  // pack reads from the release registry: what sync could not push is missing there too.
  report('miss-reports-ab12cd34-pack', 'miss_image.txt', ['rel.example.com/release/y:v1']);
}

describe('merging the shards\' miss reports', () => {
  it('gives one sorted, de-duplicated list of each kind, and where each came from', async () => {
    fourShards();
    const merged = await mergeMissReports(join(dir, 'reports'));
    expect(merged.missing).toEqual([
      'rel.example.com/release/y:v1',
      'src.example.com/release/a:v1',
      'src.example.com/release/b:v1',
      'src.example.com/release/c:v2',
      'src.example.com/release/d:v1',
    ]);
    expect(merged.missingPush).toEqual(['rel.example.com/release/y:v1', 'rel.example.com/release/z:v1']);
    expect(merged.sources.map((source) => [source.source, source.missing.length, source.missingPush.length])).toEqual([
      ['miss-reports-ab12cd34-pack', 1, 0],
      ['miss-reports-ab12cd34-sync-1', 2, 0],
      ['miss-reports-ab12cd34-sync-2', 1, 2],
      ['miss-reports-ab12cd34-sync-3', 0, 1],
      ['miss-reports-ab12cd34-sync-4', 2, 0],
    ]);
  });

  it('reads a single report downloaded straight into the folder', async () => {
    mkdirSync(join(dir, 'reports'));
    writeFileSync(join(dir, 'reports', 'miss_image.txt'), 'src.example.com/release/b:v1\nsrc.example.com/release/a:v1\n');
    const merged = await mergeMissReports(join(dir, 'reports'));
    expect(merged.missing).toEqual(['src.example.com/release/a:v1', 'src.example.com/release/b:v1']);
    expect(merged.sources.map((source) => source.source)).toEqual(['.']);
  });

  it('finds nothing in a missing or empty folder', async () => {
    expect(await mergeMissReports(join(dir, 'none'))).toEqual({ sources: [], missing: [], missingPush: [] });
  });
});

describe('prel merge-reports, as the reports job runs it', () => {
  const cli = (args: string[]) => runCli(['merge-reports', ...args], { actionsDir: 'unused', actions: {}, version: 'test' });

  it('writes the two merged files, the counts and one summary', async () => {
    fourShards();
    const run = await runWithInputs(async () => void (await cli(['--reports-dir', join(dir, 'reports'), '--output-dir', join(dir, 'merged')])), {}, { GITHUB_ACTIONS: 'true' });
    expect(run.exitCode).toBe(0);
    expect(run.outputs).toEqual({ missing: '5', 'missing-push': '2' });
    expect(readFileSync(join(dir, 'merged', 'miss_image.txt'), 'utf8').split('\n')).toEqual([
      'rel.example.com/release/y:v1',
      'src.example.com/release/a:v1',
      'src.example.com/release/b:v1',
      'src.example.com/release/c:v2',
      'src.example.com/release/d:v1',
      '',
    ]);
    expect(readFileSync(join(dir, 'merged', 'miss_push_image.txt'), 'utf8')).toBe('rel.example.com/release/y:v1\nrel.example.com/release/z:v1\n');
    expect(run.summary.match(/<h3>/g)).toHaveLength(1);
    expect(run.summary).toContain('miss-reports-ab12cd34-sync-2');
    expect(run.summary).toMatch(/all, without duplicates<\/td><td>5<\/td><td>2<\/td>/);
  });

  it('writes no files when nothing was missing', async () => {
    const run = await runWithInputs(async () => void (await cli(['--reports-dir', join(dir, 'reports'), '--output-dir', join(dir, 'merged')])), {}, { GITHUB_ACTIONS: 'true' });
    expect(run.exitCode).toBe(0);
    expect(run.outputs).toEqual({ missing: '0', 'missing-push': '0' });
    expect(existsSync(join(dir, 'merged', 'miss_image.txt'))).toBe(false);
  });
});
