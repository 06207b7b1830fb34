// Typed readers for action inputs. Every action's inputs.ts builds its Inputs object with these and
// nothing else calls core.getInput. Each failure names the input and what it accepts.
import * as core from '@actions/core';
import { isAbsolute, relative, resolve } from 'node:path';
import { ConfigurationError } from '../errors/errors.js';

export function getOptionalInput(name: string): string | undefined {
  const value = core.getInput(name);
  return value === '' ? undefined : value;
}

export function getRequiredInput(name: string): string {
  const value = getOptionalInput(name);
  if (value === undefined) throw new ConfigurationError(`Input '${name}' is required and was not supplied.`);
  return value;
}

/** A credential: masked in logs before anything else can print it. */
export function getSecretInput(name: string): string | undefined {
  const value = getOptionalInput(name);
  if (value !== undefined) core.setSecret(value);
  return value;
}

const TRUE_WORDS = new Set(['true', 'True', 'TRUE']);
const FALSE_WORDS = new Set(['false', 'False', 'FALSE']);

export function getBooleanInput(name: string, fallback: boolean): boolean {
  const value = getOptionalInput(name);
  if (value === undefined) return fallback;
  if (TRUE_WORDS.has(value)) return true;
  if (FALSE_WORDS.has(value)) return false;
  throw new ConfigurationError(`Input '${name}' must be 'true' or 'false', got '${value}'.`);
}

export function getIntInput(name: string, fallback: number, range: { min?: number; max?: number } = {}): number {
  const value = getOptionalInput(name);
  if (value === undefined) return fallback;
  const n = Number(value);
  const { min = Number.MIN_SAFE_INTEGER, max = Number.MAX_SAFE_INTEGER } = range;
  if (!/^-?\d+$/.test(value) || n < min || n > max) {
    throw new ConfigurationError(`Input '${name}' must be a whole number from ${min} to ${max}, got '${value}'.`);
  }
  return n;
}

/** Minutes, decimals allowed (`0.5` is 30 seconds), more than 0 and at most `max`. */
export function getMinutesInput(name: string, fallback: number, max: number): number {
  const value = getOptionalInput(name);
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!/^\d+(\.\d+)?$/.test(value) || n <= 0 || n > max) {
    throw new ConfigurationError(`Input '${name}' must be a number of minutes above 0 and at most ${max} (e.g. 90, or 0.5 for 30 seconds), got '${value}'.`);
  }
  return n;
}

export function getEnumInput<T extends string>(name: string, allowed: readonly T[], fallback: T): T {
  const value = getOptionalInput(name);
  if (value === undefined) return fallback;
  if (!(allowed as readonly string[]).includes(value)) {
    throw new ConfigurationError(`Input '${name}' must be one of ${allowed.join(', ')}; got '${value}'.`);
  }
  return value as T;
}

/** Splits on commas outside `{…}`, so a glob like `images_{base,extra}.list` stays whole. */
function splitOnCommas(line: string): string[] {
  const items: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < line.length; i++) {
    if (line[i] === '{') depth++;
    else if (line[i] === '}') depth = Math.max(0, depth - 1);
    else if (line[i] === ',' && depth === 0) {
      items.push(line.slice(start, i));
      start = i + 1;
    }
  }
  items.push(line.slice(start));
  return items;
}

/** Splits a list input on newlines and commas; trims, drops empty entries and `#` comment lines. */
export function splitList(value: string | undefined): string[] {
  if (value === undefined) return [];
  return value
    .split(/\r?\n/)
    .filter((line) => !line.trim().startsWith('#'))
    .flatMap(splitOnCommas)
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

export function getListInput(name: string): string[] {
  return splitList(getOptionalInput(name));
}

/** `key=value` entries (newline or comma separated) as a map; a malformed entry names the input. */
export function getMapInput(name: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const entry of getListInput(name)) {
    const eq = entry.indexOf('=');
    const key = entry.slice(0, eq).trim();
    const value = entry.slice(eq + 1).trim();
    if (eq < 0 || key === '' || value === '') {
      throw new ConfigurationError(`Input '${name}' expects entries like 'from=to', got '${entry}'.`);
    }
    map.set(key, value);
  }
  return map;
}

/** Paths in inputs are relative to the workspace (GITHUB_WORKSPACE, else the current directory). */
export function workspacePath(path: string): string {
  if (isAbsolute(path)) return path;
  return resolve(process.env.GITHUB_WORKSPACE || process.cwd(), path);
}

/** A path as messages show it: relative to the workspace when it is inside, else as it is. */
export function displayPath(file: string): string {
  const rel = relative(workspacePath('.'), file);
  return rel.startsWith('..') ? file : rel;
}
