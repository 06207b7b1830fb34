// The prel command (dist/cli.js, the package's bin): the same code as the actions, inputs from flags,
// help generated from action.yml, plain output.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, test } from 'vitest';
import { plainLine } from '../shared/cli/plain-output.js';

const root = join(import.meta.dirname, '..');
const exec = promisify(execFile);

async function prel(args: string[], env: Record<string, string> = {}): Promise<{ stdout: string; stderr: string; code: number }> {
  try {
    const { stdout, stderr } = await exec(process.execPath, [join(root, 'dist', 'cli.js'), ...args], { cwd: root, env: { ...process.env, ...env } });
    return { stdout, stderr, code: 0 };
  } catch (err) {
    const e = err as { stdout: string; stderr: string; code: number };
    return { stdout: e.stdout, stderr: e.stderr, code: e.code };
  }
}

describe('prel --help and prel <action> --help', () => {
  test('list the seven actions, from their action.yml', async () => {
    const { stdout, code } = await prel(['--help']);
    expect(code).toBe(0);
    for (const name of ['resolve-tags', 'collect-charts', 'list-images', 'build-release-image', 'sync-images', 'pack-registry', 'assemble-bundle']) {
      expect(stdout).toMatch(new RegExp(`^  ${name} +\\S`, 'm'));
    }
  });

  test('an action lists its inputs with defaults, and its outputs', async () => {
    const { stdout, code } = await prel(['sync-images', '--help']);
    expect(code).toBe(0);
    expect(stdout).toContain('--images-file  (required)');
    expect(stdout).toContain('--concurrency  (default: 8)');
    expect(stdout).toMatch(/Outputs:[\s\S]*report-json/);
  });
});

describe('prel <action> runs the action', () => {
  test('inputs from flags, outputs as name=value lines, plain logs', async () => {
    const target = join(mkdtempSync(join(tmpdir(), 'prel-cli-')), 'images.list');
    const { stdout, code } = await prel(['list-images', '--addons-path', 'test/fixtures/product-release-959d840/addons', `--target-file=${target}`]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^count=101$/m);
    expect(stdout).toMatch(/^▸ Scan charts$/m);
    expect(stdout).not.toMatch(/^::/m);
    expect(readFileSync(target, 'utf8').split('\n')[0]).toBe('release/app-admin:v0.4.0');
  });

  test('a *-json output prints as its size; --json prints it whole', async () => {
    const target = join(mkdtempSync(join(tmpdir(), 'prel-cli-')), 'images.list');
    const args = ['list-images', '--addons-path', 'test/fixtures/product-release-959d840/addons', `--target-file=${target}`];
    const short = await prel(args);
    expect(short.code).toBe(0);
    expect(short.stdout).toMatch(/^images-json: 101 entries \(--json prints it\)$/m);
    expect(short.stdout).not.toMatch(/^images-json=/m);
    expect(Math.max(...short.stdout.split('\n').map((l) => l.length))).toBeLessThan(200);
    const full = await prel([...args, '--json']);
    expect(full.code).toBe(0);
    const line = full.stdout.split('\n').find((l) => l.startsWith('images-json='));
    expect(JSON.parse(line!.slice('images-json='.length))).toHaveLength(101);
  });

  test('a failing action exits 1 with its error as a plain line on stderr', async () => {
    const { stdout, stderr, code } = await prel(['list-images', '--addons-path', 'no/such/folder']);
    expect(code).toBe(1);
    expect(stderr).toMatch(/^error: Input 'addons-path': .*no\/such\/folder does not exist\.$/m);
    expect(stdout).not.toMatch(/error:/);
  });

  test('an unknown action or input is a usage error (exit 2) naming it', async () => {
    expect(await prel(['sink-images'])).toMatchObject({ code: 2, stderr: "prel: no action named 'sink-images' (see prel --help)\n" });
    expect(await prel(['sync-images', '--image-file', 'x'])).toMatchObject({ code: 2, stderr: 'prel: sync-images has no input --image-file (see prel sync-images --help)\n' });
  });
});

describe('prel verify-bundle', () => {
  test('is listed in the help, explains itself, and names what is missing (exit 2)', async () => {
    expect((await prel(['--help'])).stdout).toMatch(/^ {2}verify-bundle +Check a bundle/m);
    const help = await prel(['verify-bundle', '--help']);
    expect(help).toMatchObject({ code: 0 });
    expect(help.stdout).toContain('Usage: prel verify-bundle --bundle <file|dir> [--storage <dir>]');
    expect(await prel(['verify-bundle'])).toMatchObject({ code: 2, stderr: 'prel: verify-bundle needs --bundle <file|dir>\n' });
    expect(await prel(['verify-bundle', '--bundle', 'no/such.tar.gz'])).toMatchObject({ code: 2, stderr: 'prel: --bundle no/such.tar.gz: no such file or folder\n' });
    expect(await prel(['verify-bundle', '--bundel', 'x'])).toMatchObject({ code: 2, stderr: "prel: verify-bundle has no argument '--bundel' (see prel verify-bundle --help)\n" });
  });
});

describe('plain output', () => {
  test('workflow commands become plain lines; masks and debug lines are dropped', () => {
    expect(plainLine('::group::Plan 3 images', false)).toBe('▸ Plan 3 images');
    expect(plainLine('::endgroup::', false)).toBeUndefined();
    expect(plainLine('::warning file=a.yaml,line=3::careful', false)).toBe('warning: careful');
    expect(plainLine('::error::broken', false)).toBe('error: broken');
    expect(plainLine('::add-mask::s3cret', false)).toBeUndefined();
    expect(plainLine('::debug::detail', false)).toBeUndefined();
    expect(plainLine('::debug::detail', true)).toBe('debug: detail');
    expect(plainLine('count=3', false)).toBe('count=3');
  });
});
