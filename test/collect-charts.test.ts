// collect-charts: the three component files 959d840 collected, byte for byte, from real git
// repositories at the tags its release_charts.yaml pins; staging, clean, and failures that change nothing.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { run } from '../actions/collect-charts/src/main.js';
import { componentRepo } from './helpers/component-repos.js';
import { runWithInputs } from './helpers/run-action.js';

const fixtures = join(import.meta.dirname, 'fixtures');
const component = (file: string) => readFileSync(join(fixtures, 'component-charts', file), 'utf8');
const collected = (file: string) => readFileSync(join(fixtures, 'product-release-959d840', 'addons', file), 'utf8');

let work: string;
const repos: Record<string, Awaited<ReturnType<typeof componentRepo>>> = {};

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'prel-collect-'));
  // The tags 959d840's release_charts.yaml pins, on repos holding the component files as they were.
  repos.helm = await componentRepo('helm-registry', [
    { files: { 'release/helm-registry.yaml': component('helm-registry__helm-registry.yaml') }, tags: ['v0.2.9-experiment'] },
  ]);
  repos.lb = await componentRepo('loadbalancer-controller', [
    { files: { 'release/loadbalancer-controller.yaml': component('loadbalancer-controller__loadbalancer-controller.yaml') }, tags: ['v0.5.1'] },
  ]);
  repos.cyclone = await componentRepo('cyclone', [
    { files: { 'release/workflow-controller.yaml': component('cyclone__workflow-controller.yaml') }, tags: ['v0.9.3-beta.1'], annotated: true },
  ]);
  repos.charts = await componentRepo('charts', [{ tags: ['v1.3.1'] }]);
  repos.provider = await componentRepo('loadbalancer-provider', [{ tags: ['v0.5.1'] }]);
});

function releaseCharts(extra = ''): string {
  return [
    'metadata: {name: collect set}',
    'spec:',
    '- repositoryFullName: caicloud/helm-registry',
    '  tag: v0.2.9-experiment',
    `  commit: ${repos.helm.commits['v0.2.9-experiment']}`,
    `  url: ${repos.helm.url}`,
    '  resourcePaths: [release/helm-registry.yaml]',
    '  targetPath: app',
    '- repositoryFullName: caicloud/charts',
    '  tag: v1.3.1',
    `  url: ${repos.charts.url}`,
    '- repositoryFullName: caicloud/cyclone',
    '  tag: v0.9.3-beta.1',
    `  commit: ${repos.cyclone.commits['v0.9.3-beta.1']}`,
    `  url: ${repos.cyclone.url}`,
    '  resourcePaths: [release/workflow-controller.yaml]',
    '  targetPath: devops',
    '- repositoryFullName: caicloud/loadbalancer-controller',
    '  tag: v0.5.1',
    `  url: ${repos.lb.url}`,
    '  resourcePaths: [release/loadbalancer-controller.yaml]',
    '  targetPath: loadbalancer',
    '- repositoryFullName: caicloud/loadbalancer-provider',
    '  tag: v0.5.1',
    `  url: ${repos.provider.url}`,
    extra,
  ].join('\n');
}

function workspace(charts = releaseCharts()): { dir: string; release: string; addons: string } {
  const dir = mkdtempSync(join(work, 'ws-'));
  writeFileSync(join(dir, 'release_charts.yaml'), charts);
  return { dir, release: join(dir, 'release_charts.yaml'), addons: join(dir, 'addons') };
}

function tree(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else out[relative(dir, p)] = readFileSync(p, 'utf8');
    }
  };
  if (existsSync(dir)) walk(dir);
  return out;
}

describe('the files 959d840 collected', () => {
  test('come out byte for byte as in its addons folder', async () => {
    const ws = workspace();
    const result = await runWithInputs(run, { 'release-charts': ws.release, 'addons-path': ws.addons });
    expect(result.errors).toEqual([]);
    expect(Object.keys(tree(ws.addons)).sort()).toEqual(['app/helm-registry.yaml', 'devops/workflow-controller.yaml', 'loadbalancer/loadbalancer-controller.yaml']);
    expect(readFileSync(join(ws.addons, 'app/helm-registry.yaml'), 'utf8')).toBe(collected('app/helm-registry.yaml'));
    expect(readFileSync(join(ws.addons, 'devops/workflow-controller.yaml'), 'utf8')).toBe(collected('devops/workflow-controller.yaml'));
    expect(readFileSync(join(ws.addons, 'loadbalancer/loadbalancer-controller.yaml'), 'utf8')).toBe(collected('loadbalancer/loadbalancer-controller.yaml'));
    expect(result.outputs.files).toBe('3');
    expect(JSON.parse(result.outputs['files-json'])[0]).toMatchObject({ path: 'app/helm-registry.yaml', tag: 'v0.2.9-experiment' });
  });

  test('helm-registry.yaml differs from its source only on the three substituted lines', async () => {
    const source = component('helm-registry__helm-registry.yaml').split('\n');
    const out = collected('app/helm-registry.yaml').split('\n');
    expect(out).toHaveLength(source.length);
    const changed = source.map((line, i) => (line === out[i] ? undefined : i + 1)).filter(Boolean);
    expect(changed).toHaveLength(3);
    const ws = workspace();
    await runWithInputs(run, { 'release-charts': ws.release, 'addons-path': ws.addons });
    expect(readFileSync(join(ws.addons, 'app/helm-registry.yaml'), 'utf8').split('\n')).toEqual(out);
  });
});

describe('clean', () => {
  test('true removes files this run did not produce; false keeps them', async () => {
    const ws = workspace();
    mkdirSync(join(ws.addons, 'old'), { recursive: true });
    writeFileSync(join(ws.addons, 'old', 'retired.yaml'), 'x: 1\n');
    const kept = await runWithInputs(run, { 'release-charts': ws.release, 'addons-path': ws.addons, clean: 'false' });
    expect(kept.errors).toEqual([]);
    expect(existsSync(join(ws.addons, 'old', 'retired.yaml'))).toBe(true);
    const cleaned = await runWithInputs(run, { 'release-charts': ws.release, 'addons-path': ws.addons });
    expect(existsSync(join(ws.addons, 'old', 'retired.yaml'))).toBe(false);
    expect(cleaned.summary).toContain('old/retired.yaml');
    expect(readdirSync(ws.dir).sort()).toEqual(['addons', 'release_charts.yaml']); // no staging left behind
  });
});

describe('bad input: one clear message; addons-path and release_charts.yaml untouched', () => {
  async function expectRefused(charts: string, message: RegExp, setup?: () => Promise<void>) {
    const ws = workspace(charts);
    cpSync(join(fixtures, 'product-release-959d840', 'addons', 'app'), join(ws.addons, 'app'), { recursive: true });
    const before = tree(ws.addons);
    await setup?.();
    const result = await runWithInputs(run, { 'release-charts': ws.release, 'addons-path': ws.addons });
    expect(result.exitCode).toBe(1);
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toMatch(message);
    expect(tree(ws.addons)).toEqual(before);
    expect(readFileSync(ws.release, 'utf8')).toBe(charts);
    expect(readdirSync(ws.dir).sort()).toEqual(['addons', 'release_charts.yaml']);
  }

  test('an unknown field', () => expectRefused(releaseCharts('  targetpath: x'), /release_charts\.yaml:\d+: unknown field 'targetpath'/));
  test('a wrong type', () => expectRefused(releaseCharts('  resourcePaths: release/x.yaml'), /release_charts\.yaml:\d+: 'resourcePaths' must be a list of strings/));

  test('a missing release file', async () => {
    const ws = workspace();
    const result = await runWithInputs(run, { 'release-charts': join(ws.dir, 'nope.yaml'), 'addons-path': ws.addons });
    expect(result.errors).toEqual([expect.stringMatching(/^Input 'release-charts': cannot read .*nope\.yaml: no such file\.$/)]);
    expect(existsSync(ws.addons)).toBe(false);
  });

  test('a resource missing at its tag', async () => {
    const charts = releaseCharts().replace('[release/workflow-controller.yaml]', '[release/workflow-controller.yaml, release/gone.yaml]');
    await expectRefused(charts, /cyclone\.git@v0\.9\.3-beta\.1:release\/gone\.yaml: no such file or folder at tag v0\.9\.3-beta\.1/);
  });

  test('an unknown TagOfRepo name, with file:line', async () => {
    const charts = releaseCharts().replace(/- repositoryFullName: caicloud\/charts\n  tag: v1\.3\.1\n  url: \S+\n/, '');
    await expectRefused(charts, /helm-registry\.git@v0\.2\.9-experiment:release\/helm-registry\.yaml:37: \[\[ TagOfRepo\(charts\) \]\] names a repository that is not in release_charts\.yaml/);
  });

  test('a tag that moved since it was resolved', async () => {
    const moved = await componentRepo('moved', [{ files: { 'release/moved.yaml': 'a: 1\n' }, tags: [] }]);
    const charts = releaseCharts(
      ['- repositoryFullName: caicloud/moved', '  tag: v1.0.0', `  commit: ${'0'.repeat(40)}`, `  url: ${moved.url}`, '  resourcePaths: [release/moved.yaml]', '  targetPath: moved'].join('\n'),
    );
    const { git } = await import('./helpers/git-repos.js');
    await git(moved.bare, ['tag', 'v1.0.0', 'main']);
    await expectRefused(charts, /release_charts\.yaml:\d+: tag v1\.0\.0 of .*moved\.git now points to [0-9a-f]{12}, not 000000000000 as resolved: run resolve-tags again/);
  });

  test('two resources landing on one path name both', async () => {
    const charts = releaseCharts(
      ['- repositoryFullName: caicloud/other-helm', '  tag: v0.2.9-experiment', `  url: ${repos.helm.url}`, '  resourcePaths: [release/helm-registry.yaml]', '  targetPath: app'].join('\n'),
    );
    await expectRefused(charts, /helm-registry\.git@v0\.2\.9-experiment:release\/helm-registry\.yaml and .*helm-registry\.git@v0\.2\.9-experiment:release\/helm-registry\.yaml both land on addons\/app\/helm-registry\.yaml/);
  });
});

describe('through the GitHub API', () => {
  test('the same files come out when the repositories are read through the REST API', async () => {
    const { startGitHubServer } = await import('./helpers/github-server.js');
    const server = await startGitHubServer({
      repos: {
        'caicloud/helm-registry': repos.helm.bare,
        'caicloud/charts': repos.charts.bare,
        'caicloud/loadbalancer-controller': repos.lb.bare,
        'caicloud/loadbalancer-provider': repos.provider.bare,
      },
      token: 'ghs_collect_token',
    });
    try {
      // The same release file without url: entries: GitHub is the source.
      const charts = releaseCharts()
        .split('\n')
        .filter((line) => !line.includes('url: '))
        .join('\n')
        .replace(/- repositoryFullName: caicloud\/cyclone\n(  .*\n)+/, '');
      const ws = workspace(charts);
      const result = await runWithInputs(
        run,
        { 'release-charts': ws.release, 'addons-path': ws.addons, 'github-token': 'ghs_collect_token' },
        { GITHUB_API_URL: server.url },
      );
      expect(result.errors).toEqual([]);
      expect(readFileSync(join(ws.addons, 'app/helm-registry.yaml'), 'utf8')).toBe(collected('app/helm-registry.yaml'));
      expect(readFileSync(join(ws.addons, 'loadbalancer/loadbalancer-controller.yaml'), 'utf8')).toBe(collected('loadbalancer/loadbalancer-controller.yaml'));
      expect(server.requests.some((r) => r.path.startsWith('/repos/caicloud/helm-registry/'))).toBe(true);
      expect(server.requests.every((r) => r.authorized)).toBe(true);
    } finally {
      await server.stop();
    }
  });
});
