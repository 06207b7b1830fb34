// Start-up, measured as spawn → exit of tiny bundles (built here with the same ncc as dist/) and as spawn → first
// request of sync-images against a local HTTP server that answers 500 (the run then fails at once): how much of a
// run's start is node itself, how much each library prel loads, how much prel's own code. Runs are interleaved;
// min and median of N.
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { parseBenchOptions } from './cli-options.js';
import { ROOT, cleanEnv, fmtS, loadLine, median, table } from './measure.js';

const HELP = `Usage: bench/startup.sh [--runs N] [--dist DIR] [--baseline DIR]

  --runs N         interleaved runs of each case (default 15)
  --dist DIR       the built actions: DIR/sync-images/index.js (default: the repository's dist/)
  --baseline DIR   also time DIR/sync-images/index.js (another build), interleaved with --dist's
`;
const options = parseBenchOptions('startup-bench', HELP, {
  runs: { type: 'string', default: '15' },
  dist: { type: 'string', default: path.join(ROOT, 'dist') },
  baseline: { type: 'string' },
});
const runs = options.int('runs', options.values.runs, 3, 200);
const entryOf = (dist: string) => {
  const file = path.resolve(dist, 'sync-images', 'index.js');
  if (!fs.existsSync(file)) options.usageError(`${file} does not exist (build it with npm run build)`);
  return file;
};
const entry = entryOf(options.values.dist);
const baseline = options.values.baseline === undefined ? undefined : entryOf(options.values.baseline);

/** Each library on its own, bundled the way dist/ is (one file, ESM): what loading it costs a process. */
const LIBRARIES: Record<string, string> = {
  // Its http-client's undici import is shims/undici-for-http-client (ProxyAgent loaded on first use).
  '@actions/core': "import * as core from '@actions/core'; globalThis.x = core;",
  'undici (the whole package)': "import { Agent, EnvHttpProxyAgent, request } from 'undici'; globalThis.x = [Agent, EnvHttpProxyAgent, request];",
  "undici's client only (shared/http/undici-core.ts)": "import * as u from '../../shared/http/undici-core.ts'; globalThis.x = u;",
  yaml: "import * as yaml from 'yaml'; globalThis.x = yaml;",
};

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'prel-startup-'));
function bundle(name: string, source: string): string {
  // ncc resolves packages from the entry's folder: the entry sits inside the repository (bench/out) for the build.
  fs.mkdirSync(path.join(ROOT, 'bench', 'out'), { recursive: true });
  const src = path.join(ROOT, 'bench', 'out', `startup-entry-${process.pid}.mjs`);
  fs.writeFileSync(src, source);
  const out = path.join(work, name.replace(/\W+/g, '-'));
  try {
    execFileSync(process.execPath, [path.join(ROOT, 'node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js'), 'build', src, '-o', out, '--quiet'], { stdio: 'ignore' });
  } finally {
    fs.rmSync(src, { force: true });
  }
  return path.join(out, 'index.mjs');
}

function spawnToExit(args: string[]): Promise<number> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { stdio: 'ignore', env: cleanEnv() });
    child.once('error', reject);
    child.once('exit', () => resolve((performance.now() - started) / 1000));
  });
}

/** sync-images against `port`: seconds from spawn to the first request the server sees. */
async function spawnToFirstRequest(server: { port: number; first?: number }, list: string, file = entry): Promise<number> {
  server.first = undefined;
  const started = performance.now();
  const env = Object.assign(cleanEnv(), {
    'INPUT_IMAGES-FILE': list,
    'INPUT_SOURCE-REGISTRY': `127.0.0.1:${server.port}`,
    'INPUT_TARGET-REGISTRY': `127.0.0.1:${server.port}`,
    INPUT_RETRIES: '1',
    'INPUT_JOB-SUMMARY': 'false',
  });
  await new Promise<void>((resolve, reject) => {
    const child = spawn(process.execPath, [file], { stdio: 'ignore', env });
    child.once('error', reject);
    child.once('exit', () => resolve());
  });
  if (server.first === undefined) throw new Error('sync-images exited without a request');
  return (server.first - started) / 1000;
}

const state: { port: number; first?: number } = { port: 0 };
const server = http.createServer((_req, res) => {
  state.first ??= performance.now();
  res.writeHead(500);
  res.end();
});
await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
state.port = (server.address() as { port: number }).port;
const list = path.join(work, 'images.list');
fs.writeFileSync(list, 'release/app:v1\n');

try {
  const cases: { name: string; run: () => Promise<number> }[] = [{ name: 'node -e 0', run: () => spawnToExit(['-e', '0']) }];
  for (const [name, source] of Object.entries(LIBRARIES)) {
    const file = bundle(name, source);
    cases.push({ name: `${name}, bundled: spawn → exit`, run: () => spawnToExit([file]) });
  }
  cases.push({ name: 'sync-images: spawn → first request', run: () => spawnToFirstRequest(state, list) });
  if (baseline) cases.push({ name: `sync-images of ${path.dirname(path.dirname(baseline))}: spawn → first request`, run: () => spawnToFirstRequest(state, list, baseline) });
  const seconds = new Map<string, number[]>(cases.map((c) => [c.name, []]));
  for (let i = 0; i < runs; i++) for (const c of cases) seconds.get(c.name)!.push(await c.run());
  console.log(`start-up, ${runs} interleaved runs each; ${loadLine()}`);
  console.log(table([['case', 's min', 's median'], ...cases.map((c) => [c.name, fmtS(Math.min(...seconds.get(c.name)!)), fmtS(median(seconds.get(c.name)!))])]));
} finally {
  server.close();
  fs.rmSync(work, { recursive: true, force: true });
}
