// Splits an image list between matrix jobs: `i/n` (1-based). Each image's shard comes from a hash of its
// reference, so adding or removing other images never moves it to another job.
import { createHash } from 'node:crypto';
import { ConfigurationError } from '../errors/errors.js';

export interface Shard {
  index: number;
  count: number;
}

export function parseShard(inputName: string, value: string | undefined): Shard | undefined {
  if (value === undefined) return undefined;
  const match = /^(\d+)\s*\/\s*(\d+)$/.exec(value.trim());
  const index = Number(match?.[1]);
  const count = Number(match?.[2]);
  if (!match || count < 1 || index < 1 || index > count) {
    throw new ConfigurationError(`Input '${inputName}' must be 'i/n' with 1 <= i <= n (e.g. '2/4'), got '${value}'.`);
  }
  return { index, count };
}

export function shardOf(key: string, count: number): number {
  const hash = createHash('sha256').update(key).digest();
  return (hash.readUInt32BE(0) % count) + 1;
}

export function inShard<T>(items: T[], key: (item: T) => string, shard: Shard | undefined): T[] {
  if (!shard || shard.count === 1) return items;
  return items.filter((item) => shardOf(key(item), shard.count) === shard.index);
}
