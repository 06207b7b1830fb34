// charts_list.yaml parsing, tag selection and placeholder filling: the parsers behind resolve-tags
// and collect-charts.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseChartsList } from '../shared/release/charts-list.js';
import { fillPlaceholders } from '../shared/release/placeholders.js';
import { renderReleaseCharts } from '../shared/release/release-charts.js';
import { selectTag, validTagPattern } from '../shared/release/tag-selection.js';

const fixture = join(import.meta.dirname, 'fixtures', 'product-release-959d840');
const tags = (...names: string[]) => names.map((name, i) => ({ name, commit: `c${i}` }));
const noDates = async () => undefined;

describe('charts_list.yaml', () => {
  test('the real file parses: 46 entries in order, a repository may appear twice', () => {
    const list = parseChartsList(readFileSync(join(fixture, 'charts_list.yaml'), 'utf8'), 'charts_list.yaml');
    expect(list.entries).toHaveLength(46);
    expect(list.entries[0]).toMatchObject({ repositoryFullName: 'caicloud/app-admin', name: 'app-admin', resourcePaths: ['release/app-admin.yaml'], targetPath: 'app' });
    expect(list.entries.find((e) => e.repositoryFullName === 'caicloud/charts')).toMatchObject({ resourcePaths: [] });
    expect(list.entries.filter((e) => e.repositoryFullName === 'caicloud/user-web')).toHaveLength(2);
  });

  test('the real release_charts.yaml parses with its tags', () => {
    const list = parseChartsList(readFileSync(join(fixture, 'release_charts.yaml'), 'utf8'), 'release_charts.yaml');
    expect(list.entries.find((e) => e.name === 'helm-registry')?.tag).toBe('v0.2.9-experiment');
  });

  test.each([
    ['spec:\n  - repositoryFullName: a/b\n    targetpath: x\n', /x\.yaml:3: unknown field 'targetpath'/],
    ['spec:\n  - repositoryFullName: a/b\n    resourcePaths: release/b.yaml\n    targetPath: b\n', /x\.yaml:3: 'resourcePaths' must be a list of strings/],
    ['spec:\n  - repositoryFullName: a/b\n    prerelease: "no"\n', /x\.yaml:3: 'prerelease' must be true or false/],
    ['spec:\n  - repositoryFullName: a\n', /x\.yaml:2: 'repositoryFullName' must be owner\/repo/],
    ['spec:\n  - resourcePaths: [a.yaml]\n', /x\.yaml:2: a spec entry needs 'repositoryFullName'/],
    ['spec:\n  - repositoryFullName: a/b\n    resourcePaths: [a.yaml]\n', /x\.yaml:2: a\/b: 'resourcePaths' needs a 'targetPath'/],
    ['specs:\n  - repositoryFullName: a/b\n', /x\.yaml:1: unknown field 'specs'/],
    ['spec:\n  - repositoryFullName: [a/b\n', /x\.yaml:\d+: invalid YAML/],
  ])('an error names the field and line: %j', (text, message) => {
    expect(() => parseChartsList(text, 'x.yaml')).toThrow(message);
  });

  test('release_charts.yaml keeps order and comments, with tag after repositoryFullName and commit after it', () => {
    const text = '# header comment\nmetadata: {name: set}\nspec:\n  # the admin\n  - repositoryFullName: a/admin # inline\n    resourcePaths: [release/admin.yaml]\n    targetPath: app\n  - repositoryFullName: a/charts\n';
    const list = parseChartsList(text, 'charts_list.yaml');
    const out = renderReleaseCharts(list, new Map([[list.entries[0], { tag: 'v1.2.0', commit: 'abc' }], [list.entries[1], { tag: '1.10', commit: 'def' }]]));
    expect(out).toBe(
      '# header comment\nmetadata: { name: set }\nspec:\n  # the admin\n  - repositoryFullName: a/admin # inline\n    tag: v1.2.0\n    commit: abc\n    resourcePaths: [ release/admin.yaml ]\n    targetPath: app\n  - repositoryFullName: a/charts\n    tag: "1.10"\n    commit: def\n',
    );
    expect(parseChartsList(out, 'release_charts.yaml').entries.map((e) => e.tag)).toEqual(['v1.2.0', '1.10']);
  });
});

describe('tag selection', () => {
  test('semver precedence beats push order: v0.9.2 over a later v0.9.2-beta', async () => {
    expect((await selectTag(tags('v0.9.1', 'v0.9.2', 'v0.9.2-beta'), { prerelease: true }, noDates))?.name).toBe('v0.9.2');
  });

  test('junk tags are ignored while any tag is semver', async () => {
    expect((await selectTag(tags('release-loadbalancer-controller-f7hq6', 'v0.5.1', 'v0.5.0'), { prerelease: true }, noDates))?.name).toBe('v0.5.1');
  });

  test('prerelease: false picks the highest stable tag; true may pick a prerelease', async () => {
    const list = tags('v1.4.2', 'v1.5.0-alpha.5', 'v1.5.0-alpha.4');
    expect((await selectTag(list, { prerelease: false }, noDates))?.name).toBe('v1.4.2');
    expect((await selectTag(list, { prerelease: true }, noDates))?.name).toBe('v1.5.0-alpha.5');
  });

  test('tagPattern as a glob and as a semver range', async () => {
    const list = tags('v1.2.0', 'v1.2.7', 'v1.3.0', 'v0.5.3', 'v0.5.10', 'v0.6.0', 'v0.5.11-rc.1');
    expect((await selectTag(list, { pattern: 'v1.2.*', prerelease: true }, noDates))?.name).toBe('v1.2.7');
    expect((await selectTag(list, { pattern: '>=0.5.0 <0.6.0', prerelease: false }, noDates))?.name).toBe('v0.5.10');
    expect((await selectTag(list, { pattern: '>=0.5.0 <0.6.0', prerelease: true }, noDates))?.name).toBe('v0.5.11-rc.1');
    expect(await selectTag(list, { pattern: 'v9.*', prerelease: true }, noDates)).toBeUndefined();
    expect(validTagPattern('>=0.5.0 <0.6.0')).toBe(true);
    expect(validTagPattern('v2.7.*')).toBe(true);
    expect(validTagPattern('not a range!')).toBe(false);
  });

  test('with no semver tag at all, the newest commit wins', async () => {
    const dates: Record<string, string> = { c0: '2019-01-01', c1: '2019-03-01', c2: '2019-02-01' };
    const picked = await selectTag(tags('release-a', 'release-b', 'v0.1.0.alpha.2'), { prerelease: true }, async (t) => new Date(dates[t.commit]));
    expect(picked?.name).toBe('release-b');
  });
});

describe('placeholders', () => {
  const repos = new Map([['charts', 'v1.3.1'], ['loadbalancer-provider', 'v0.5.1']]);
  test('imageTagFromGitTag and TagOfRepo are filled as plain text; deploy-time placeholders stay', () => {
    const text = "version: \"[[ imageTagFromGitTag ]]\"\nimage: '[[ registry_release ]]/charts:[[ TagOfRepo(charts) ]]'\nvalue: '[[ cargo_registry ]]'\n";
    expect(fillPlaceholders(text, 'v0.2.9', repos, 'x.yaml')).toBe("version: \"v0.2.9\"\nimage: '[[ registry_release ]]/charts:v1.3.1'\nvalue: '[[ cargo_registry ]]'\n");
  });

  test('an unknown TagOfRepo name is an error with file:line', () => {
    expect(() => fillPlaceholders('a: 1\nb: [[ TagOfRepo(nope) ]]\n', 'v1', repos, 'release/x.yaml')).toThrow(/^release\/x\.yaml:2: \[\[ TagOfRepo\(nope\) \]\] names a repository that is not in release_charts\.yaml/);
  });
});
