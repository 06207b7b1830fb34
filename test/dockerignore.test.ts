// .dockerignore rules behave as Docker's (moby/patternmatcher): wildcards, `**`, exceptions, last rule wins.
import { describe, expect, test } from 'vitest';
import { IgnoreMatcher, parseDockerignore, parseIgnorePatterns } from '../shared/release-image/dockerignore.js';
import { ConfigurationError } from '../shared/errors/errors.js';

function matcher(text: string): IgnoreMatcher {
  return new IgnoreMatcher(parseDockerignore(text, '.dockerignore'));
}

function excluded(text: string, paths: string[]): string[] {
  const m = matcher(text);
  return paths.filter((p) => m.excludes(p));
}

describe('reading a .dockerignore file', () => {
  test('skips comments (# in column 1), blank lines and surrounding white space', () => {
    const rules = parseDockerignore('\uFEFF# a comment\n\n  .git  \r\n\t\nbuild/\n', '.dockerignore');
    expect(rules.map((r) => r.pattern)).toEqual(['.git', 'build']);
  });

  test('a # after column 1 is part of a pattern', () => {
    expect(parseDockerignore(' #keep', '.dockerignore').map((r) => r.pattern)).toEqual(['#keep']);
  });

  test('cleans patterns: leading / and ./ stripped, trailing /, // and .. resolved', () => {
    const rules = parseDockerignore('/Makefile\n./docs/\na//b\nc/./d/../e\n!/hack/\n', '.dockerignore');
    expect(rules.map((r) => `${r.exception ? '!' : ''}${r.pattern}`)).toEqual(['Makefile', 'docs', 'a/b', 'c/e', '!hack']);
  });

  test('a bad pattern names the file and line', () => {
    let error: unknown;
    try {
      parseDockerignore('ok\nbad[ab\n', 'ctx/.dockerignore');
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(ConfigurationError);
    expect((error as ConfigurationError).message).toMatch(/^ctx\/\.dockerignore:2: bad pattern 'bad\[ab'/);
    expect((error as ConfigurationError).line).toBe(2);
  });

  test("a lone '!' is an error", () => {
    expect(() => parseDockerignore('!\n', '.dockerignore')).toThrow(/'!' needs a pattern/);
  });

  test('patterns from an input name the input', () => {
    expect(() => parseIgnorePatterns(['[z-a]'], 'exclude')).toThrow(/^Input 'exclude': bad pattern '\[z-a\]'/);
  });
});

describe('matching paths', () => {
  test('a plain name matches that path at the root only, and everything under it', () => {
    expect(excluded('docs', ['docs', 'docs/a.md', 'docs/x/y.md', 'src/docs', 'docs.md'])).toEqual(['docs', 'docs/a.md', 'docs/x/y.md']);
  });

  test('* and ? stay within one path segment', () => {
    expect(excluded('*.tmp', ['a.tmp', 'dir/a.tmp', '.tmp'])).toEqual(['a.tmp', '.tmp']);
    expect(excluded('*/*.tmp', ['a.tmp', 'dir/a.tmp', 'a/b/c.tmp'])).toEqual(['dir/a.tmp']);
    expect(excluded('file?.txt', ['file1.txt', 'file12.txt', 'file/.txt'])).toEqual(['file1.txt']);
  });

  test('** matches any number of folders, none included', () => {
    expect(excluded('**/*.log', ['a.log', 'x/a.log', 'x/y/z/a.log', 'a.logs'])).toEqual(['a.log', 'x/a.log', 'x/y/z/a.log']);
    expect(excluded('a/**/b', ['a/b', 'a/x/b', 'a/x/y/b', 'b', 'xa/b'])).toEqual(['a/b', 'a/x/b', 'a/x/y/b']);
    expect(excluded('build/**', ['build', 'build/x', 'build/x/y'])).toEqual(['build/x', 'build/x/y']);
    expect(excluded('**', ['a', 'a/b', '.dockerignore'])).toEqual(['a', 'a/b', '.dockerignore']);
  });

  test('character classes, ranges and negation', () => {
    expect(excluded('v[0-9].txt', ['v1.txt', 'va.txt'])).toEqual(['v1.txt']);
    expect(excluded('v[^0-9].txt', ['v1.txt', 'va.txt'])).toEqual(['va.txt']);
    expect(excluded('v[!0-9].txt', ['v1.txt', 'va.txt'])).toEqual(['va.txt']);
    expect(excluded('[]x]', [']', 'x', 'y'])).toEqual([']', 'x']);
  });

  test('regular expression characters are literal', () => {
    expect(excluded('a+b(c).{d}$', ['a+b(c).{d}$', 'aab(c)x{d}'])).toEqual(['a+b(c).{d}$']);
    expect(excluded('^x|y', ['^x|y', 'x'])).toEqual(['^x|y']);
  });

  test('a backslash makes the next character literal', () => {
    expect(excluded('\\*.md', ['*.md', 'a.md'])).toEqual(['*.md']);
    expect(excluded('q\\?', ['q?', 'qa'])).toEqual(['q?']);
  });

  test('non-ASCII names', () => {
    expect(excluded('文档/?.md', ['文档/说.md', '文档/ab.md'])).toEqual(['文档/说.md']);
  });
});

describe('exceptions and rule order', () => {
  test('! re-includes what an earlier rule excluded', () => {
    expect(excluded('*.md\n!README.md', ['a.md', 'README.md'])).toEqual(['a.md']);
  });

  test('the last matching rule wins', () => {
    expect(excluded('!README.md\n*.md', ['a.md', 'README.md'])).toEqual(['a.md', 'README.md']);
    expect(excluded('*.md\n!*.md\nsecret.md', ['a.md', 'secret.md'])).toEqual(['secret.md']);
  });

  test('an exception re-includes a path under an excluded folder, and that path only', () => {
    const m = matcher('docs\n!docs/keep.md');
    expect(['docs', 'docs/a.md', 'docs/keep.md', 'docs/keep.md/x'].filter((p) => m.excludes(p))).toEqual(['docs', 'docs/a.md']);
  });

  test('an exception for a folder re-includes what is under it', () => {
    expect(excluded('addons\n!addons/cluster', ['addons/a.yaml', 'addons/cluster/b.yaml', 'addons/cluster'])).toEqual(['addons/a.yaml']);
  });

  test('excluded folders are walked only when an exception may apply under them', () => {
    expect(matcher('docs').mayIncludeUnder('docs')).toBe(false);
    const m = matcher('docs\nbuild\n!docs/keep.md');
    expect(m.mayIncludeUnder('docs')).toBe(true);
    expect(m.mayIncludeUnder('build')).toBe(false);
    expect(matcher('docs\n!**/keep.md').mayIncludeUnder('docs')).toBe(true);
    expect(matcher('a\n!a/b/c').mayIncludeUnder('a/b')).toBe(true);
  });

  test('input patterns come after the file, so they win', () => {
    const m = new IgnoreMatcher([...parseDockerignore('!keep.txt', '.dockerignore'), ...parseIgnorePatterns(['*.txt'], 'exclude')]);
    expect(m.excludes('keep.txt')).toBe(true);
  });
});
