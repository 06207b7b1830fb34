// The release workflow's prepare job as code (`prel release-plan`): a version, product or image the
// actions would refuse hours later is refused up front, with the actions' own messages; the shards
// become the matrix.
import { describe, expect, it } from 'vitest';
import { runCli } from '../shared/cli/cli.js';
import { planRelease } from '../shared/cli/release-plan.js';
import { runWithInputs } from './helpers/run-action.js';

const valid = { releaseVersion: 'v2.7.4', product: 'compass', releaseImage: 'cargo.example.com/release/release', baseImage: 'cargo.example.com/tools/pangolin:v0.0.4', shards: 4 };

describe('planning a release', () => {
  it('splits the sync into the shards of a matrix and names the bundle and the archive branch', () => {
    const plan = planRelease(valid, 'c0ffee01');
    expect(plan).toEqual({
      matrix: ['1/4', '2/4', '3/4', '4/4'],
      archiveBranch: 'prel/release-v2.7.4',
      bundleName: 'compass-component-v2.7.4',
      callId: 'c0ffee01',
    });
    expect(planRelease({ ...valid, shards: 1 }).matrix).toEqual(['1/1']);
    expect(planRelease({ ...valid, shards: 256 }).matrix).toHaveLength(256);
  });

  it('gives each call its own id', () => {
    expect(planRelease(valid).callId).toMatch(/^[0-9a-f]{8}$/);
    expect(planRelease(valid).callId).not.toBe(planRelease(valid).callId);
  });

  // Each of these passed the old shell check (git check-ref-format) and failed hours later.
  it.each([
    ['release/v1', /Input 'release-version': tag 'release\/v1' is invalid/],
    ['v1+build', /Input 'release-version': tag 'v1\+build' is invalid/],
    ['v1|2', /Input 'release-version': tag 'v1\|2' is invalid/],
    ['_v1', /Input 'release-version' must be a plain name/],
    ['v1..2', /Input 'release-version' \('v1\.\.2'\) cannot name the git tag/],
    ['v1.lock', /cannot name the git tag/],
    ['v1.', /cannot name the git tag/],
    ['v 1', /Input 'release-version'/],
  ])('refuses the version %s', (releaseVersion, message) => {
    expect(() => planRelease({ ...valid, releaseVersion })).toThrow(message);
  });

  it.each([['com/pass'], ['my product'], ['-x'], ['']])('refuses the product %j', (product) => {
    expect(() => planRelease({ ...valid, product })).toThrow(/Input 'product' must be a plain name/);
  });

  it('refuses a release image with a tag and a base image without a registry', () => {
    expect(() => planRelease({ ...valid, releaseImage: 'cargo.example.com/release/release:v1' })).toThrow(/Input 'release-image' is a repository without tag/);
    expect(() => planRelease({ ...valid, baseImage: 'tools/pangolin:v1' })).toThrow(/Input 'base-image' must name its registry/);
  });

  it.each([0, 257, 2.5])('refuses %s shards', (shards) => {
    expect(() => planRelease({ ...valid, shards })).toThrow(/Input 'shards' must be a whole number from 1 to 256/);
  });
});

describe('prel release-plan, as the prepare job runs it', () => {
  const inputs = { 'release-version': 'v2.7.4', 'release-image': valid.releaseImage, 'base-image': valid.baseImage, shards: '3' };
  const cli = (values: Record<string, string>) => runCli(['release-plan', ...Object.entries(values).flatMap(([id, value]) => [`--${id}`, value])], { actionsDir: 'unused', actions: {}, version: 'test' });

  it('writes its outputs to GITHUB_OUTPUT on a runner', async () => {
    const run = await runWithInputs(async () => void (await cli(inputs)), {}, { GITHUB_ACTIONS: 'true' });
    expect(run.exitCode).toBe(0);
    expect(JSON.parse(run.outputs.matrix)).toEqual(['1/3', '2/3', '3/3']);
    expect(run.outputs['bundle-name']).toBe('compass-component-v2.7.4');
    expect(run.outputs['call-id']).toMatch(/^[0-9a-f]{8}$/);
  });

  it('fails with one annotation naming the input', async () => {
    const run = await runWithInputs(async () => void (await cli({ ...inputs, 'release-version': 'v1+build' })), {}, { GITHUB_ACTIONS: 'true' });
    expect(run.exitCode).toBe(1);
    expect(run.errors).toEqual([expect.stringMatching(/^Input 'release-version': tag 'v1\+build' is invalid/)]);
    expect(run.outputs).toEqual({});
  });

  it.each([['0'], ['401'], ['x']])('refuses retention-days %s', async (days) => {
    const run = await runWithInputs(async () => void (await cli({ ...inputs, 'retention-days': days })), {}, { GITHUB_ACTIONS: 'true' });
    expect(run.exitCode).toBe(1);
    expect(run.errors.join('\n')).toMatch(/Input 'retention-days' must be a whole number from 1 to 400/);
  });
});
