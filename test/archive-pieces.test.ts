// The archive writer's pieces: gzip members framed by hand (stored) or by zlib (deflated) read back as the
// same tar, marked data is stored unsampled, the bytes repeat, and a failed or stopped write leaves no file.
import { execFileSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { writeArchive, type ArchiveFile } from '../shared/archive/archive-file.js';
import { GZIP_PIECE, storedMember } from '../shared/tar/gzip.js';

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'prel-pieces-'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** Random bytes (like a gzip'd layer), in a local file the writer reads straight from. */
function randomFile(name: string, size: number): { file: string; bytes: Buffer } {
  const bytes = crypto.randomBytes(size);
  const file = path.join(dir, name);
  fs.writeFileSync(file, bytes);
  return { file, bytes };
}

describe('stored gzip members', () => {
  test.each([0, 1, 0xffff, 0x10000, 3 * 0xffff + 7, GZIP_PIECE])('%i bytes read back whole', (size) => {
    const piece = crypto.randomBytes(size);
    expect(gunzipSync(Buffer.concat(storedMember(piece))).equals(piece)).toBe(true);
  });
});

describe('writeArchive', () => {
  const layer = () => randomFile('layer', 2 * GZIP_PIECE + 12345);
  const text = Buffer.from('compressible text, '.repeat(200_000));
  const files = (local: string, marked: boolean): ArchiveFile[] => [
    { path: 'a/layer', size: fs.statSync(local).size, data: () => ({ file: local }), incompressible: true },
    { path: 'b/text', size: text.length, data: () => text, incompressible: marked },
    { path: 'c/stream', size: 5000, data: () => Readable.from([Buffer.alloc(3000, 1), Buffer.alloc(2000, 2)]) },
  ];

  test('the gzip file is the plain tar, valid for gzip(1) and tar(1), and repeats byte for byte', async () => {
    const { file } = layer();
    const plain = await writeArchive(path.join(dir, 'p.tar'), files(file, false), { compression: 'none', mtime: 0 });
    const first = await writeArchive(path.join(dir, 'g1.tar.gz'), files(file, false), { compression: 'gzip', mtime: 0, hashTar: true });
    const second = await writeArchive(path.join(dir, 'g2.tar.gz'), files(file, false), { compression: 'gzip', mtime: 0, hashTar: true });
    const tar = fs.readFileSync(plain.path);
    expect(gunzipSync(fs.readFileSync(first.path)).equals(tar)).toBe(true);
    expect(first.tarSha256).toBe(plain.sha256);
    expect(first.size).toBe(fs.statSync(first.path).size);
    expect(first.sha256).toBe(crypto.createHash('sha256').update(fs.readFileSync(first.path)).digest('hex'));
    expect(fs.readFileSync(second.path).equals(fs.readFileSync(first.path))).toBe(true);
    execFileSync('gzip', ['-t', first.path]);
    expect(execFileSync('tar', ['-tzf', first.path], { encoding: 'utf8' }).split('\n').filter(Boolean)).toEqual(['a/', 'a/layer', 'b/', 'b/text', 'c/', 'c/stream']);
  });

  test('compressible text shrinks unless marked incompressible, and then it is stored', async () => {
    const { file } = layer();
    const unmarked = await writeArchive(path.join(dir, 'u.tar.gz'), files(file, false), { compression: 'gzip', mtime: 0 });
    const marked = await writeArchive(path.join(dir, 'm.tar.gz'), files(file, true), { compression: 'gzip', mtime: 0 });
    const tarBytes = gunzipSync(fs.readFileSync(marked.path)).length;
    expect(unmarked.size).toBeLessThan(tarBytes - text.length / 2);
    // Stored: every byte of the tar is there, plus a little framing.
    expect(marked.size).toBeGreaterThan(tarBytes);
    expect(marked.size).toBeLessThan(tarBytes * 1.001);
  });

  test('a large archive has the sha256 and size of its file, and of its tar', async () => {
    const { file } = randomFile('large', 40 * GZIP_PIECE + 999);
    const result = await writeArchive(path.join(dir, 'large.tar.gz'), files(file, false), { compression: 'gzip', mtime: 0, hashTar: true });
    const written = fs.readFileSync(result.path);
    expect(result.size).toBe(written.length);
    expect(result.sha256).toBe(crypto.createHash('sha256').update(written).digest('hex'));
    expect(result.tarSha256).toBe(crypto.createHash('sha256').update(gunzipSync(written)).digest('hex'));
  });

  test('a local file shorter than announced fails the write and leaves no file behind', async () => {
    const { file } = randomFile('short', 1000);
    const output = path.join(dir, 'short.tar.gz');
    const bad: ArchiveFile[] = [{ path: 'x', size: 2000, data: () => ({ file }) }];
    await expect(writeArchive(output, bad, { compression: 'gzip', mtime: 0 })).rejects.toThrow(/tar entry x: 1000 bytes instead of 2000/);
    expect(fs.readdirSync(dir).filter((n) => n.includes('short.tar.gz'))).toEqual([]);
  });

  test('a stopped write fails with the stop and leaves no file behind', async () => {
    const { file } = randomFile('big', 20 * GZIP_PIECE);
    const output = path.join(dir, 'stopped.tar.gz');
    const controller = new AbortController();
    let opened = 0;
    const entries: ArchiveFile[] = ['one', 'two'].map((name) => ({
      path: name,
      size: 20 * GZIP_PIECE,
      data: () => {
        if (++opened === 2) controller.abort(new Error('stopped by the test'));
        return { file };
      },
    }));
    await expect(writeArchive(output, entries, { compression: 'gzip', mtime: 0, signal: controller.signal })).rejects.toThrow('stopped by the test');
    expect(fs.readdirSync(dir).filter((n) => n.includes('stopped.tar.gz'))).toEqual([]);
  });
});

describe('data still on its way, and spool files read once', () => {
  test('an entry whose data is a promise is written when it comes; a file marked once is deleted after, others kept', async () => {
    const spooled = randomFile('spooled', 300_000);
    const kept = randomFile('kept', 1000);
    let arrive!: () => void;
    const arrived = new Promise<void>((r) => (arrive = r));
    const out = path.join(dir, 'later.tar');
    const writing = writeArchive(out, [
      { path: 'a', size: 300_000, data: () => arrived.then(() => ({ file: spooled.file, once: true })) },
      { path: 'b', size: 1000, data: () => ({ file: kept.file }) },
    ], { compression: 'none', mtime: 0 });
    await new Promise((r) => setTimeout(r, 50));
    expect(fs.existsSync(out)).toBe(false);
    arrive();
    await writing;
    const listed = execFileSync('tar', ['-tvf', out], { encoding: 'utf8' });
    expect(listed).toMatch(/300000 .* a\n/);
    expect(fs.existsSync(spooled.file)).toBe(false);
    expect(fs.existsSync(kept.file)).toBe(true);
  });
});
