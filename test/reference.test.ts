// Image references (SPEC 2.1) and image list files.
import { describe, expect, test } from 'vitest';
import { parseImageList } from '../shared/image-list/image-list.js';
import { formatReference, parseReference } from '../shared/image/reference.js';
import { inShard, parseShard, shardOf } from '../shared/sync/shard.js';

const DIGEST = `sha256:${'a'.repeat(64)}`;

describe('parseReference', () => {
  test.each([
    ['release/app-admin:v0.3.17', { registry: undefined, repository: 'release/app-admin', tag: 'v0.3.17', digest: undefined }],
    ['nginx:1.25', { registry: undefined, repository: 'nginx', tag: '1.25' }],
    ['docker.io/library/nginx:1.25', { registry: 'docker.io', repository: 'library/nginx', tag: '1.25' }],
    ['localhost/a/b:1', { registry: 'localhost', repository: 'a/b', tag: '1' }],
    ['127.0.0.1:5000/release/x:v1', { registry: '127.0.0.1:5000', repository: 'release/x', tag: 'v1' }],
    ['cargo.caicloud.xyz/library/alpine:3.7', { registry: 'cargo.caicloud.xyz', repository: 'library/alpine', tag: '3.7' }],
    [`release/x@${DIGEST}`, { repository: 'release/x', tag: undefined, digest: DIGEST }],
    [`release/x:v1@${DIGEST}`, { repository: 'release/x', tag: 'v1', digest: DIGEST }],
    ['library/a__b-c.d:TAG_1.0-x', { repository: 'library/a__b-c.d', tag: 'TAG_1.0-x' }],
    ['[::1]:5000/a:1', { registry: '[::1]:5000', repository: 'a', tag: '1' }],
  ])('%s', (text, expected) => {
    expect(parseReference(text)).toMatchObject(expected);
    expect(formatReference(parseReference(text))).toBe(text);
  });

  test.each([
    ['release/app-admin', /no tag or digest/],
    ['', /empty/],
    ['release/App:v1', /must be lowercase/],
    ['release/app:v1 ', /white space/],
    ['release/app:-bad', /tag '-bad' is invalid/],
    [`release/app:${'x'.repeat(129)}`, /tag .* is invalid/],
    ['release/app@sha256:abc', /64 lowercase hex/],
    ['release/app@md5:0123', /not supported/],
    ['release//app:v1', /'' is not a valid repository path component/],
    ['release/app_:v1', /not a valid repository path component/],
    ['host:99999x/a:1', /invalid port/],
    ['"release/app:v1",', /not a valid repository path component|tag/],
  ])('rejects %j', (text, message) => {
    expect(() => parseReference(text)).toThrow(message);
  });
});

describe('image list files', () => {
  test('skips comments and blank lines, trims, and keeps file:line', () => {
    const entries = parseImageList('# base\n\n  release/a:v1  \r\nlibrary/b:2\n#library/c:3\n', 'images.list');
    expect(entries.map((e) => [e.text, e.line])).toEqual([
      ['release/a:v1', 3],
      ['library/b:2', 4],
    ]);
  });

  test('a bad line names the file and line', () => {
    expect(() => parseImageList('release/a:v1\nrelease/b\n', '/w/images.list')).toThrow(/images\.list:2: invalid image reference 'release\/b': it has no tag/);
  });
});

describe('shards', () => {
  test('parse i/n (1-based) and reject the rest', () => {
    expect(parseShard('shard', '2/4')).toEqual({ index: 2, count: 4 });
    expect(parseShard('shard', undefined)).toBeUndefined();
    for (const bad of ['0/4', '5/4', '1/0', 'a/b', '1-4']) expect(() => parseShard('shard', bad)).toThrow(/Input 'shard'/);
  });

  test('every item in exactly one shard, and stable when other items change', () => {
    const items = Array.from({ length: 200 }, (_, i) => `release/app-${i}:v1`);
    const parts = [1, 2, 3, 4].map((index) => inShard(items, (x) => x, { index, count: 4 }));
    expect(parts.flat().sort()).toEqual([...items].sort());
    for (const part of parts) expect(part.length).toBeGreaterThan(25);
    const fewer = items.slice(50);
    for (const item of fewer) expect(shardOf(item, 4)).toBe(shardOf(item, 4));
    expect(inShard(fewer, (x) => x, { index: 1, count: 4 })).toEqual(parts[0].filter((x) => fewer.includes(x)));
  });
});
