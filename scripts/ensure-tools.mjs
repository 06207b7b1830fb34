// Makes sure the programs the tests and the demo drive are on PATH: a registry binary (Debian's
// docker-registry, or upstream's registry), skopeo, umoci, git, openssl and tinyproxy (the proxy
// tests' forward proxy). Installs them with apt-get when it can (root), otherwise stops with one
// message naming the packages.
import { execFileSync, spawnSync } from 'node:child_process';

const wanted = process.argv.slice(2);
const TOOLS = {
  registry: { commands: ['docker-registry', 'registry'], pkg: 'docker-registry' },
  skopeo: { commands: ['skopeo'], pkg: 'skopeo' },
  umoci: { commands: ['umoci'], pkg: 'umoci' },
  git: { commands: ['git'], pkg: 'git' },
  openssl: { commands: ['openssl'], pkg: 'openssl' },
  // verify.sh is tested, and run in the demo, under busybox's own sh and applets.
  busybox: { commands: ['busybox'], pkg: 'busybox' },
  tinyproxy: { commands: ['tinyproxy'], pkg: 'tinyproxy' },
};

const onPath = (command) => spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;
const missing = wanted
  .map((name) => {
    const tool = TOOLS[name];
    if (!tool) throw new Error(`ensure-tools: unknown tool '${name}'`);
    return tool;
  })
  .filter((tool) => !tool.commands.some(onPath))
  .map((tool) => tool.pkg);

if (missing.length > 0) {
  const canInstall = process.getuid?.() === 0 && onPath('apt-get');
  if (!canInstall) {
    console.error(`prel needs the Debian packages: ${missing.join(' ')}. Install them (apt-get install -y ${missing.join(' ')}) and run again.`);
    process.exit(1);
  }
  console.log(`installing ${missing.join(' ')} with apt-get…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...missing], { stdio: 'inherit', env });
}
