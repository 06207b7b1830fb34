// Independent checks with skopeo: what prel wrote, read by another tool.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const exec = promisify(execFile);

export async function skopeo(args: string[]): Promise<string> {
  const { stdout } = await exec('skopeo', args, { maxBuffer: 64 << 20 });
  return stdout;
}

/** The raw manifest bytes skopeo reads for `docker://ref` over plain http. */
export async function skopeoRawManifest(ref: string): Promise<string> {
  return skopeo(['inspect', '--raw', '--tls-verify=false', `docker://${ref}`]);
}

/** Copies one platform of an image into a dir: layout, which makes skopeo fetch and verify every blob. */
export async function skopeoPull(ref: string, dest: string, platform?: string): Promise<void> {
  const args = ['copy', '--src-tls-verify=false'];
  if (platform) {
    const [os, arch, variant] = platform.split('/');
    args.push('--override-os', os, '--override-arch', arch);
    if (variant) args.push('--override-variant', variant);
  }
  await skopeo([...args, `docker://${ref}`, `dir:${dest}`]);
}
