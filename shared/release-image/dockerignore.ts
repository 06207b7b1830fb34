// .dockerignore rules: parsing and matching, with Docker's semantics (moby/patternmatcher and
// ignorefile): Go filepath.Match wildcards plus `**`, `!` exceptions, the last matching rule wins, and a
// rule matching a folder also matches everything under it.
import { posix } from 'node:path';
import { ConfigurationError } from '../errors/errors.js';

export interface IgnoreRule {
  /** The cleaned pattern, without its `!`. */
  pattern: string;
  /** A `!` rule: re-includes what earlier rules excluded. */
  exception: boolean;
  regex: RegExp;
  /** The pattern up to its first wildcard: every path it matches starts with this. */
  literalPrefix: string;
}

/** Where rules came from, for error messages: a file (with line numbers) or an input. */
export type RuleSource = { file: string } | { input: string };

function describeSource(source: RuleSource, line: number): string {
  return 'file' in source ? `${source.file}:${line}` : `Input '${source.input}'`;
}

/** Go's filepath.Clean on '/'-paths: no `.` or empty parts, `..` resolved, no trailing '/'. */
function cleanPattern(pattern: string): string {
  const normalized = posix.normalize(pattern);
  return normalized.length > 1 && normalized.endsWith('/') ? normalized.slice(0, -1) : normalized;
}

const REGEX_SYNTAX = new Set([...'^$\\.*+?()[]{}|/']);
const CLASS_SYNTAX = new Set([...'\\]^-[']);

function escapeChar(ch: string, inClass: boolean): string {
  return (inClass ? CLASS_SYNTAX : REGEX_SYNTAX).has(ch) ? `\\${ch}` : ch;
}

/**
 * Translates a cleaned pattern into an anchored regular expression, as patternmatcher does: `*` and `?`
 * stop at '/', `**` spans any number of folders (zero too), `[...]` is a character class (`^` or `!`
 * negates), `\` makes the next character literal.
 */
function compile(pattern: string): { regex: RegExp; literalPrefix: string } {
  const chars = [...pattern];
  let source = '';
  let literalPrefix: string | undefined;
  const wildcardAt = (i: number) => {
    if (literalPrefix === undefined) literalPrefix = chars.slice(0, i).join('').replace(/\\(.)/g, '$1');
  };
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i];
    if (ch === '*') {
      wildcardAt(i);
      if (chars[i + 1] !== '*') {
        source += '[^/]*';
        continue;
      }
      i++;
      if (chars[i + 1] === '/') i++;
      source += i + 1 >= chars.length ? '.*' : '(?:.*/)?';
    } else if (ch === '?') {
      wildcardAt(i);
      source += '[^/]';
    } else if (ch === '\\') {
      if (i + 1 < chars.length) source += escapeChar(chars[++i], false);
      else source += '\\\\';
    } else if (ch === '[') {
      wildcardAt(i);
      let j = i + 1;
      let cls = '[';
      if (chars[j] === '^' || chars[j] === '!') {
        cls += '^';
        j++;
      }
      let members = 0;
      for (; j < chars.length && !(chars[j] === ']' && members > 0); j++) {
        let member = chars[j];
        if (member === '\\') {
          j++;
          if (j >= chars.length) break;
          member = chars[j];
        }
        if (chars[j + 1] === '-' && j + 2 < chars.length && chars[j + 2] !== ']') {
          let high = chars[j + 2];
          j += 2;
          if (high === '\\') high = chars[++j] ?? '';
          if (high === '' || high < member) throw new Error(`bad character range '${member}-${high}'`);
          cls += `${escapeChar(member, true)}-${escapeChar(high, true)}`;
        } else {
          cls += escapeChar(member, true);
        }
        members++;
      }
      if (j >= chars.length) throw new Error("'[' without its closing ']'");
      source += `${cls}]`;
      i = j;
    } else {
      source += escapeChar(ch, false);
    }
  }
  return { regex: new RegExp(`^${source}$`, 'su'), literalPrefix: literalPrefix ?? pattern.replace(/\\(.)/g, '$1') };
}

/** One rule from one line of text; undefined for blank lines and comments. */
function parseRule(raw: string, source: RuleSource, line: number): IgnoreRule | undefined {
  // A comment needs '#' in column 1, as in Docker; ' #x' is a pattern.
  if (raw.startsWith('#')) return undefined;
  let text = raw.trim();
  if (text === '') return undefined;
  const exception = text.startsWith('!');
  if (exception) text = text.slice(1).trim();
  if (text === '') throw new ConfigurationError(`${describeSource(source, line)}: '!' needs a pattern after it.`, whereOf(source, line));
  let pattern = cleanPattern(text);
  if (pattern.length > 1 && pattern.startsWith('/')) pattern = pattern.slice(1);
  try {
    return { pattern, exception, ...compile(pattern) };
  } catch (err) {
    throw new ConfigurationError(`${describeSource(source, line)}: bad pattern '${raw.trim()}': ${(err as Error).message}.`, whereOf(source, line));
  }
}

function whereOf(source: RuleSource, line: number): { file?: string; line?: number } | undefined {
  return 'file' in source ? { file: source.file, line } : undefined;
}

/** Rules from a .dockerignore file's text (a leading byte order mark is skipped). */
export function parseDockerignore(text: string, file: string): IgnoreRule[] {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  return lines.flatMap((raw, index) => parseRule(raw, { file }, index + 1) ?? []);
}

/** Rules from a list input (one pattern per entry, same syntax). */
export function parseIgnorePatterns(patterns: readonly string[], input: string): IgnoreRule[] {
  return patterns.flatMap((raw, index) => parseRule(raw, { input }, index + 1) ?? []);
}

export class IgnoreMatcher {
  private readonly hasExceptions: boolean;

  constructor(readonly rules: readonly IgnoreRule[]) {
    this.hasExceptions = rules.some((r) => r.exception);
  }

  /**
   * True when `path` ('/'-separated, relative to the context) is left out: the last rule matching it or
   * one of its parent folders decides.
   */
  excludes(path: string): boolean {
    const parts = path.split('/');
    const parents = parts.slice(0, -1).map((_, i) => parts.slice(0, i + 1).join('/'));
    let excluded = false;
    for (const rule of this.rules) {
      // A rule can only change the verdict: skip excluding rules once excluded, exceptions until then.
      if (rule.exception !== excluded) continue;
      if (rule.regex.test(path) || parents.some((p) => rule.regex.test(p))) excluded = !rule.exception;
    }
    return excluded;
  }

  /** Whether an excluded folder must still be walked, because an exception may re-include something under it. */
  mayIncludeUnder(dir: string): boolean {
    if (!this.hasExceptions) return false;
    const below = `${dir}/`;
    return this.rules.some((r) => r.exception && (r.literalPrefix.startsWith(below) || below.startsWith(r.literalPrefix)));
  }
}
