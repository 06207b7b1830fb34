// `prel verify-bundle --bundle <file|dir> [--storage <dir>]`: the bundle verifier as a command, for CI
// (the release workflow runs it on the bundle it just assembled) and for anyone with Node at hand.
import { stat } from 'node:fs/promises';
import { verifyBundle } from './bundle-verifier.js';

export const VERIFY_BUNDLE_SUMMARY = 'Check a bundle (archive or unpacked folder) against its SHA256SUMS and images.lock, streaming';

export const VERIFY_BUNDLE_HELP = [
  `prel verify-bundle: ${VERIFY_BUNDLE_SUMMARY}.`,
  '',
  'Usage: prel verify-bundle --bundle <file|dir> [--storage <dir>]',
  '',
  '  --bundle   the bundle archive (<product>-component-<version>.tar[.gz]; its .sha256 beside it is',
  '             checked too) or the folder it was unpacked into',
  '  --storage  for a delta bundle: the site\'s registry storage (the folder holding docker/registry/v2),',
  '             where the blobs the delta leaves out are checked',
  '',
  'Every file is checked against SHA256SUMS (and none may be unlisted); for every image of images.lock,',
  'the tag link, the repository links and the sha256 of every manifest, config and layer in the registry',
  'storage archive. Prints one PROBLEM line per problem and a count; exit 0 only when everything holds.',
].join('\n');

export class VerifyUsageError extends Error {}

export function parseVerifyArgs(args: string[]): { bundle?: string; storage?: string; help: boolean } {
  const out: { bundle?: string; storage?: string; help: boolean } = { help: false };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--help' || arg === '-h') {
      out.help = true;
      continue;
    }
    const match = /^--(bundle|storage)(?:=(.*))?$/.exec(arg);
    if (!match) throw new VerifyUsageError(`verify-bundle has no argument '${arg}' (see prel verify-bundle --help)`);
    const value = match[2] ?? args[++i];
    if (value === undefined || value === '') throw new VerifyUsageError(`--${match[1]} needs a path`);
    out[match[1] as 'bundle' | 'storage'] = value;
  }
  return out;
}

/** Runs the command; returns the exit code (0 all holds, 1 problems found, 2 usage). */
export async function runVerifyBundle(args: string[], write: (line: string) => void): Promise<number> {
  const { bundle, storage, help } = parseVerifyArgs(args);
  if (help) {
    write(VERIFY_BUNDLE_HELP);
    return 0;
  }
  if (!bundle) throw new VerifyUsageError('verify-bundle needs --bundle <file|dir>');
  for (const [flag, path] of [['--bundle', bundle], ['--storage', storage]] as const) {
    if (path !== undefined && !(await stat(path).catch(() => undefined))) throw new VerifyUsageError(`${flag} ${path}: no such file or folder`);
  }
  const report = await verifyBundle(bundle, { storage });
  for (const note of report.notes) write(`note: ${note}`);
  for (const problem of report.problems) write(`PROBLEM ${problem}`);
  const counted = `${report.files} file(s), ${report.images} image(s), ${report.blobs} blob(s) checked`;
  if (report.problems.length === 0) {
    write(`verify-bundle: OK: ${counted}`);
    return 0;
  }
  write(`verify-bundle: ${report.problems.length} problem(s) found (${counted})`);
  return 1;
}
