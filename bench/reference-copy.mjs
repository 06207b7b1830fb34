// The benches' yardsticks, run as a plain Node process (no TypeScript loader, nothing of prel's): what the machine
// allows, to measure prel against the limit and not only against skopeo.
//   copy SOURCE TARGET LIST CONCURRENCY     the minimal complete registry→registry copy: each manifest GET once,
//       each blob GET→POST→PUT once per target (later repositories mount it), the manifests PUT; plain HTTP with
//       keep-alive, the same concurrency as prel, no checks (no HEAD, no hashing, no retries).
//   ingest STORAGE_ROOT TARGET DIGESTS CONCURRENCY   the target's raw ingest: the same blobs read from the source's
//       storage files (tmpfs by default) and uploaded POST→PUT into one repository; no source registry involved.
//   serve SOURCE DIGESTS_BY_REPO CONCURRENCY   the source's serving time: each blob GET once and thrown away.
// Prints one JSON line of counts on stdout; the bench times the process.
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';

const ACCEPT = [
  'application/vnd.oci.image.index.v1+json',
  'application/vnd.docker.distribution.manifest.list.v2+json',
  'application/vnd.oci.image.manifest.v1+json',
  'application/vnd.docker.distribution.manifest.v2+json',
].join(', ');

const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });

/** One request; resolves { status, headers, body? } (body only when `collect`), rejects on a status outside `ok`. */
function call(method, url, { headers = {}, body, collect = false, ok = [200], sink } = {}) {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method, headers, agent }, (res) => {
      const chunks = [];
      if (sink) res.pipe(sink);
      else res.on('data', (c) => collect && chunks.push(c));
      res.on('end', () => {
        if (!ok.includes(res.statusCode)) reject(new Error(`${method} ${url}: ${res.statusCode} ${Buffer.concat(chunks).toString().slice(0, 200)}`));
        else resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) });
      });
      res.on('error', reject);
    });
    req.on('error', reject);
    if (body === undefined) req.end();
    else if (Buffer.isBuffer(body)) req.end(body);
    else body.pipe(req);
  });
}

/** A counting semaphore: at most `n` of the wrapped calls run at once. */
function limiter(n) {
  let active = 0;
  const queue = [];
  const next = () => {
    if (active >= n || queue.length === 0) return;
    active++;
    const { fn, resolve, reject } = queue.shift();
    fn().then(resolve, reject).finally(() => {
      active--;
      next();
    });
  };
  return (fn) => new Promise((resolve, reject) => {
    queue.push({ fn, resolve, reject });
    next();
  });
}

async function eachLimited(items, n, fn) {
  let i = 0;
  await Promise.all(Array.from({ length: Math.min(n, items.length) }, async () => {
    while (i < items.length) await fn(items[i++]);
  }));
}

/** POST an upload, then PUT `body` (a stream or buffer of `size` bytes) to its Location with the digest. */
async function upload(target, repo, digest, size, body) {
  const start = await call('POST', `http://${target}/v2/${repo}/blobs/uploads/`, { ok: [202] });
  const location = new URL(start.headers.location, `http://${target}`);
  location.searchParams.set('digest', digest);
  await call('PUT', location, { headers: { 'content-type': 'application/octet-stream', 'content-length': String(size) }, body, ok: [201] });
}

async function copy(source, target, listFile, concurrency) {
  const images = fs.readFileSync(listFile, 'utf8').split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
  const streams = limiter(concurrency);
  const firstHolder = new Map(); // digest -> { repo, done: Promise }
  const inRepo = new Map(); // `${repo}@${digest}` -> Promise
  let bytes = 0;
  const copyBlob = (repo, desc) => {
    const key = `${repo}@${desc.digest}`;
    if (inRepo.has(key)) return inRepo.get(key);
    const holder = firstHolder.get(desc.digest);
    let done;
    if (holder) {
      done = holder.done.then(() =>
        call('POST', `http://${target}/v2/${repo}/blobs/uploads/?mount=${desc.digest}&from=${holder.repo}`, { ok: [201] }),
      );
    } else {
      done = streams(() => new Promise((resolve, reject) => {
        const req = http.get(`http://${source}/v2/${repo}/blobs/${desc.digest}`, { agent }, (res) => {
          if (res.statusCode !== 200) return reject(new Error(`GET blob ${desc.digest}: ${res.statusCode}`));
          upload(target, repo, desc.digest, desc.size, res).then(resolve, reject);
        });
        req.on('error', reject);
      }));
      firstHolder.set(desc.digest, { repo, done });
      bytes += desc.size;
    }
    inRepo.set(key, done);
    return done;
  };
  await eachLimited(images, concurrency, async (image) => {
    const colon = image.lastIndexOf(':');
    const [repo, tag] = [image.slice(0, colon), image.slice(colon + 1)];
    const get = (ref) => call('GET', `http://${source}/v2/${repo}/manifests/${ref}`, { headers: { accept: ACCEPT }, collect: true });
    const root = await get(tag);
    const rootJson = JSON.parse(root.body.toString());
    const nodes = rootJson.manifests
      ? await Promise.all(rootJson.manifests.map(async (d) => ({ ref: d.digest, res: await get(d.digest) })))
      : [];
    const images = nodes.length ? nodes.map((n) => JSON.parse(n.res.body.toString())) : [rootJson];
    const blobs = images.flatMap((m) => [m.config, ...m.layers]);
    await Promise.all(blobs.map((d) => copyBlob(repo, d)));
    const put = (ref, res) => call('PUT', `http://${target}/v2/${repo}/manifests/${ref}`, { headers: { 'content-type': res.headers['content-type'] }, body: res.body, ok: [201] });
    for (const n of nodes) await put(n.ref, n.res);
    await put(tag, root);
  });
  return { images: images.length, bytes };
}

async function ingest(storageRoot, target, digestsFile, concurrency) {
  const digests = fs.readFileSync(digestsFile, 'utf8').split('\n').filter(Boolean);
  let bytes = 0;
  await eachLimited(digests, concurrency, async (digest) => {
    const hex = digest.slice('sha256:'.length);
    const file = path.join(storageRoot, 'docker/registry/v2/blobs/sha256', hex.slice(0, 2), hex, 'data');
    const size = fs.statSync(file).size;
    bytes += size;
    await upload(target, 'ingest/blobs', digest, size, fs.createReadStream(file, { highWaterMark: 1 << 20 }));
  });
  return { blobs: digests.length, bytes };
}

async function serve(source, digestsFile, concurrency) {
  // One line per blob: `repository digest`.
  const lines = fs.readFileSync(digestsFile, 'utf8').split('\n').filter(Boolean).map((l) => l.split(' '));
  let bytes = 0;
  await eachLimited(lines, concurrency, async ([repo, digest]) => {
    const res = await call('GET', `http://${source}/v2/${repo}/blobs/${digest}`, { collect: false });
    bytes += Number(res.headers['content-length'] ?? 0);
  });
  return { blobs: lines.length, bytes };
}

const [mode, a, b, c, n] = process.argv.slice(2);
const concurrency = Number(mode === 'serve' ? c : n) || 8;
const run = { copy: () => copy(a, b, c, concurrency), ingest: () => ingest(a, b, c, concurrency), serve: () => serve(a, b, concurrency) }[mode];
if (!run) {
  process.stderr.write('usage: node bench/reference-copy.mjs copy|ingest|serve ...\n');
  process.exit(2);
}
run().then(
  (r) => {
    process.stdout.write(`${JSON.stringify(r)}\n`);
    agent.destroy();
  },
  (err) => {
    process.stderr.write(`reference-copy ${mode}: ${err.stack ?? err}\n`);
    process.exit(1);
  },
);
