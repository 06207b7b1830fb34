// A local stand-in for the GitHub REST API on 127.0.0.1, backed by real bare git repositories read with the
// git CLI: repository, tags (paginated with Link headers), git refs and tag objects, commits, contents
// (base64 JSON, the raw media type, folder listings), tarballs (through a redirect, like codeload) and pull
// requests with review requests kept in memory. Response shapes follow docs.github.com (API 2022-11-28).
import { execFile } from 'node:child_process';
import http from 'node:http';
import { promisify } from 'node:util';
import { listenLoopback } from './http-listen.js';

const run = promisify(execFile);

export interface GitHubServerOptions {
  /** `owner/repo` → path of a bare repository. */
  repos: Record<string, string>;
  /** When set, every API request must carry `Authorization: Bearer <token>` (or `token <token>`). */
  token?: string;
  /** Caps the page size of the tags endpoint below the `per_page` asked for (to test pagination). */
  tagsPerPage?: number;
  /** When set, only these users and team slugs can be asked to review; any other name makes GitHub's 422. */
  collaborators?: string[];
}

export interface GitHubRequestLog {
  method: string;
  /** The path without its query, percent-decoded (clients may send `tags%2Fv1` for `tags/v1`), e.g. `/repos/acme/app/tags`. */
  path: string;
  /** The query string without `?`. */
  query: string;
  /** Whether an Authorization header came with the request. */
  authorized: boolean;
}

export interface PullRecord {
  /** `owner/repo`, as configured. */
  repo: string;
  number: number;
  title: string;
  body: string;
  /** The head branch name. */
  head: string;
  base: string;
  state: 'open' | 'closed';
  html_url: string;
  /** Users asked to review, in request order. */
  reviewers: string[];
  /** Team slugs asked to review, in request order. */
  teams: string[];
  /** PATCH requests received. */
  updates: number;
}

/** An answer served instead of the real one to the next request whose path starts with `path` (all when unset). */
export interface InjectedResponse {
  status: number;
  path?: string;
  headers?: Record<string, string>;
  body?: unknown;
}

export interface GitHubServer {
  url: string;
  requests: GitHubRequestLog[];
  pulls: PullRecord[];
  /** A queue of canned failures (5xx, rate limits) for retry tests; each is used once. */
  inject: InjectedResponse[];
  stop(): Promise<void>;
}

const DOCS = 'https://docs.github.com/rest';
const MAX_BODY_BYTES = 1 << 20;
/** Above this the contents API sends no content ("encoding": "none") and the raw media type is needed. */
const CONTENT_JSON_LIMIT = 1024 * 1024;
const GIT_TIMEOUT_MS = 60_000;
/** Who opens pull requests with the workflow's GITHUB_TOKEN. */
const PULL_AUTHOR = 'github-actions[bot]';

class HttpAnswer extends Error {
  constructor(
    readonly status: number,
    readonly body: unknown,
  ) {
    super(`HTTP ${status}`);
  }
}

const notFound = (message = 'Not Found'): HttpAnswer => new HttpAnswer(404, { message, documentation_url: DOCS, status: '404' });
const invalid = (message: string, errors: unknown[] = []): HttpAnswer =>
  new HttpAnswer(422, { message, errors, documentation_url: DOCS, status: '422' });

async function git(cwd: string, args: string[]): Promise<Buffer> {
  const { stdout } = await run('git', args, { cwd, encoding: 'buffer', maxBuffer: 1 << 30, timeout: GIT_TIMEOUT_MS });
  return stdout;
}

async function gitText(cwd: string, args: string[]): Promise<string> {
  return (await git(cwd, args)).toString('utf8').replace(/\n$/, '');
}

/** The output of a git command that may legitimately fail (an unknown ref), or undefined. */
async function gitMaybe(cwd: string, args: string[]): Promise<string | undefined> {
  try {
    return await gitText(cwd, args);
  } catch {
    return undefined;
  }
}

interface TreeEntry {
  mode: string;
  type: 'blob' | 'tree' | 'commit';
  sha: string;
  size: number;
  path: string;
}

function parseLsTree(out: Buffer): TreeEntry[] {
  return out
    .toString('utf8')
    .split('\0')
    .filter(Boolean)
    .map((record) => {
      const tab = record.indexOf('\t');
      const [mode, type, sha, size] = record.slice(0, tab).split(/\s+/);
      return { mode: mode!, type: type as TreeEntry['type'], sha: sha!, size: size === '-' ? 0 : Number(size), path: record.slice(tab + 1) };
    });
}

function readBody(req: http.IncomingMessage): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let total = 0;
    req.on('data', (c: Buffer) => {
      total += c.length;
      if (total > MAX_BODY_BYTES) {
        reject(new HttpAnswer(413, { message: 'Payload too large', documentation_url: DOCS }));
        req.destroy();
      } else chunks.push(c);
    });
    req.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      if (!text) return resolve({});
      try {
        resolve(JSON.parse(text));
      } catch {
        reject(new HttpAnswer(400, { message: 'Problems parsing JSON', documentation_url: DOCS }));
      }
    });
    req.on('error', reject);
  });
}

export async function startGitHubServer(options: GitHubServerOptions): Promise<GitHubServer> {
  const repos = new Map(Object.entries(options.repos).map(([name, dir]) => [name.toLowerCase(), { name, dir }]));
  const requests: GitHubRequestLog[] = [];
  const pulls: PullRecord[] = [];
  const inject: InjectedResponse[] = [];
  let baseUrl = '';
  let codeloadUrl = '';

  const repoOf = (owner: string, repo: string) => {
    const found = repos.get(`${owner}/${repo}`.toLowerCase());
    if (!found) throw notFound();
    const [o, r] = found.name.split('/') as [string, string];
    return { ...found, owner: o, repo: r, api: `${baseUrl}/repos/${o}/${r}` };
  };
  type Repo = ReturnType<typeof repoOf>;

  const commitOf = (dir: string, ref: string) => gitMaybe(dir, ['rev-parse', '--verify', '-q', '--end-of-options', `${ref}^{commit}`]);
  const branchExists = async (dir: string, branch: string) => (await gitMaybe(dir, ['rev-parse', '--verify', '-q', `refs/heads/${branch}`])) !== undefined;
  const defaultBranch = async (dir: string) => (await gitMaybe(dir, ['symbolic-ref', '--short', 'HEAD'])) ?? 'main';

  /** Slices a list into the requested page and writes GitHub's Link header for it. */
  const page = <T>(items: T[], url: URL, res: http.ServerResponse, cap = 100): T[] => {
    const perPage = Math.max(1, Math.min(cap, 100, Number(url.searchParams.get('per_page')) || 30));
    const last = Math.max(1, Math.ceil(items.length / perPage));
    const current = Math.max(1, Math.floor(Number(url.searchParams.get('page')) || 1));
    const link = (n: number) => {
      const u = new URL(url.pathname + url.search, baseUrl);
      u.searchParams.set('per_page', String(perPage));
      u.searchParams.set('page', String(n));
      return `<${u}>`;
    };
    const rels: string[] = [];
    if (current > 1) rels.push(`${link(Math.min(current - 1, last))}; rel="prev"`);
    if (current < last) rels.push(`${link(current + 1)}; rel="next"`, `${link(last)}; rel="last"`);
    if (current > 1) rels.push(`${link(1)}; rel="first"`);
    if (rels.length) res.setHeader('link', rels.join(', '));
    return items.slice((current - 1) * perPage, current * perPage);
  };

  const repoJson = async (r: Repo) => ({
    id: 1000 + [...repos.keys()].indexOf(`${r.owner}/${r.repo}`.toLowerCase()),
    node_id: `R_${r.owner}_${r.repo}`,
    name: r.repo,
    full_name: `${r.owner}/${r.repo}`,
    owner: { login: r.owner, type: 'Organization' },
    private: false,
    html_url: `${baseUrl}/${r.owner}/${r.repo}`,
    url: r.api,
    default_branch: await defaultBranch(r.dir),
  });

  const listTags = async (r: Repo) => {
    const out = await gitText(r.dir, [
      'for-each-ref',
      '--sort=-v:refname',
      '--format=%(refname:strip=2)%00%(objectname)%00%(objecttype)%00%(*objectname)%00%(*objecttype)',
      'refs/tags',
    ]);
    const tags: { name: string; commit: string }[] = [];
    for (const line of out.split('\n').filter(Boolean)) {
      const [name, sha, type, peeled, peeledType] = line.split('\0') as [string, string, string, string, string];
      const commit = type === 'commit' ? sha : peeledType === 'commit' ? peeled : await commitOf(r.dir, `refs/tags/${name}`);
      if (commit) tags.push({ name, commit });
    }
    return tags.map((t) => ({
      name: t.name,
      zipball_url: `${r.api}/zipball/refs/tags/${t.name}`,
      tarball_url: `${r.api}/tarball/refs/tags/${t.name}`,
      commit: { sha: t.commit, url: `${r.api}/commits/${t.commit}` },
      node_id: `REF_${t.name}`,
    }));
  };

  const gitRef = async (r: Repo, ref: string) => {
    const sha = await gitMaybe(r.dir, ['rev-parse', '--verify', '-q', `refs/${ref}`]);
    if (!sha) throw notFound();
    const type = await gitText(r.dir, ['cat-file', '-t', sha]);
    return { ref: `refs/${ref}`, node_id: `REF_${ref}`, url: `${r.api}/git/refs/${ref}`, object: { type, sha, url: `${r.api}/git/${type}s/${sha}` } };
  };

  const tagObject = async (r: Repo, sha: string) => {
    if (!/^[0-9a-f]{40}$/.test(sha) || (await gitMaybe(r.dir, ['cat-file', '-t', sha])) !== 'tag') throw notFound();
    const raw = await gitText(r.dir, ['cat-file', 'tag', sha]);
    const blank = raw.indexOf('\n\n');
    const head = blank < 0 ? raw : raw.slice(0, blank);
    const fields = new Map(head.split('\n').map((l) => [l.slice(0, l.indexOf(' ')), l.slice(l.indexOf(' ') + 1)]));
    const tagger = /^(.*) <(.*)> (\d+) ([+-]\d{4})$/.exec(fields.get('tagger') ?? '');
    const type = fields.get('type')!;
    const object = fields.get('object')!;
    return {
      node_id: `TAG_${sha}`,
      sha,
      url: `${r.api}/git/tags/${sha}`,
      tag: fields.get('tag'),
      message: blank < 0 ? '' : `${raw.slice(blank + 2)}\n`,
      tagger: tagger ? { name: tagger[1], email: tagger[2], date: new Date(Number(tagger[3]) * 1000).toISOString().replace('.000Z', 'Z') } : undefined,
      object: { type, sha: object, url: `${r.api}/git/${type}s/${object}` },
      verification: { verified: false, reason: 'unsigned', signature: null, payload: null },
    };
  };

  const commitJson = async (r: Repo, ref: string) => {
    const sha = await commitOf(r.dir, ref);
    if (!sha) throw invalid(`No commit found for SHA: ${ref}`);
    const out = await gitText(r.dir, ['log', '-1', '--format=%H%x00%T%x00%P%x00%an%x00%ae%x00%aI%x00%cn%x00%ce%x00%cI%x00%B', sha]);
    const [id, tree, parents, an, ae, ad, cn, ce, cd, message] = out.split('\0') as string[];
    return {
      sha: id,
      node_id: `C_${id}`,
      url: `${r.api}/commits/${id}`,
      html_url: `${baseUrl}/${r.owner}/${r.repo}/commit/${id}`,
      commit: {
        author: { name: an, email: ae, date: new Date(ad!).toISOString().replace('.000Z', 'Z') },
        committer: { name: cn, email: ce, date: new Date(cd!).toISOString().replace('.000Z', 'Z') },
        message: message!.replace(/\n+$/, ''),
        tree: { sha: tree, url: `${r.api}/git/trees/${tree}` },
      },
      parents: parents!
        .split(' ')
        .filter(Boolean)
        .map((p) => ({ sha: p, url: `${r.api}/commits/${p}` })),
    };
  };

  const entryJson = (r: Repo, ref: string, e: TreeEntry) => {
    const type = e.type === 'tree' ? 'dir' : e.type === 'commit' ? 'submodule' : e.mode === '120000' ? 'symlink' : 'file';
    const self = `${r.api}/contents/${e.path}?ref=${encodeURIComponent(ref)}`;
    const gitUrl = e.type === 'tree' ? `${r.api}/git/trees/${e.sha}` : e.type === 'blob' ? `${r.api}/git/blobs/${e.sha}` : null;
    const html = `${baseUrl}/${r.owner}/${r.repo}/${e.type === 'tree' ? 'tree' : 'blob'}/${ref}/${e.path}`;
    return {
      type,
      size: e.type === 'blob' ? e.size : 0,
      name: e.path.slice(e.path.lastIndexOf('/') + 1),
      path: e.path,
      sha: e.sha,
      url: self,
      git_url: gitUrl,
      html_url: html,
      download_url: type === 'file' ? `${baseUrl}/_raw/${r.owner}/${r.repo}/${ref}/${e.path}` : null,
      _links: { self, git: gitUrl, html },
    };
  };

  const contents = async (r: Repo, filePath: string, url: URL, req: http.IncomingMessage, res: http.ServerResponse) => {
    const ref = url.searchParams.get('ref') || (await defaultBranch(r.dir));
    const commit = await commitOf(r.dir, ref);
    if (!commit) throw notFound(`No commit found for the ref ${ref}`);
    const listing = async (dir: string) => {
      const entries = parseLsTree(await git(r.dir, ['ls-tree', '-z', '-l', commit, ...(dir ? ['--', `${dir}/`] : [])]));
      return entries.map((e) => entryJson(r, ref, e));
    };
    if (filePath === '') return sendJson(res, 200, await listing(''));
    const [entry] = parseLsTree(await git(r.dir, ['ls-tree', '-z', '-l', commit, '--', filePath]));
    if (!entry || entry.path !== filePath) throw notFound();
    if (entry.type === 'tree') return sendJson(res, 200, await listing(filePath));
    const json = entryJson(r, ref, entry);
    if (entry.type === 'commit') return sendJson(res, 200, { ...json, submodule_git_url: '' });
    const bytes = await git(r.dir, ['cat-file', 'blob', entry.sha]);
    if (json.type === 'symlink') return sendJson(res, 200, { ...json, target: bytes.toString('utf8') });
    const accept = String(req.headers.accept ?? '');
    if (/application\/vnd\.github(\.v3)?\.raw/.test(accept)) {
      res.writeHead(200, { 'content-type': 'application/vnd.github.raw', 'content-length': bytes.length });
      res.end(bytes);
      return;
    }
    const big = bytes.length > CONTENT_JSON_LIMIT;
    // GitHub wraps base64 at 60 characters.
    const content = big ? '' : (bytes.toString('base64').match(/.{1,60}/g) ?? []).map((l) => `${l}\n`).join('');
    sendJson(res, 200, { ...json, encoding: big ? 'none' : 'base64', content });
  };

  const pullJson = async (r: Repo, p: PullRecord) => {
    const side = async (branch: string) => ({
      label: `${r.owner}:${branch}`,
      ref: branch,
      sha: (await gitMaybe(r.dir, ['rev-parse', '--verify', '-q', `refs/heads/${branch}`])) ?? null,
      repo: { full_name: `${r.owner}/${r.repo}`, name: r.repo, owner: { login: r.owner } },
    });
    return {
      url: `${r.api}/pulls/${p.number}`,
      id: 5000 + pulls.indexOf(p),
      node_id: `PR_${p.number}`,
      html_url: p.html_url,
      number: p.number,
      state: p.state,
      locked: false,
      title: p.title,
      body: p.body,
      user: { login: PULL_AUTHOR, type: 'Bot' },
      draft: false,
      merged: false,
      head: await side(p.head),
      base: await side(p.base),
      requested_reviewers: p.reviewers.map((login) => ({ login, type: 'User' })),
      requested_teams: p.teams.map((slug) => ({ slug, name: slug })),
    };
  };

  const findPull = (r: Repo, number: string) => {
    const p = pulls.find((x) => x.repo === `${r.owner}/${r.repo}` && String(x.number) === number);
    if (!p) throw notFound();
    return p;
  };

  const createPull = async (r: Repo, body: Record<string, unknown>) => {
    const { title, head, base } = body;
    if (typeof head !== 'string' || typeof base !== 'string' || typeof title !== 'string' || !title) {
      throw invalid('Validation Failed', [{ resource: 'PullRequest', code: 'missing_field', field: typeof title !== 'string' || !title ? 'title' : typeof head !== 'string' ? 'head' : 'base' }]);
    }
    const colon = head.indexOf(':');
    const headOwner = colon >= 0 ? head.slice(0, colon) : r.owner;
    const headBranch = colon >= 0 ? head.slice(colon + 1) : head;
    if (headOwner.toLowerCase() !== r.owner.toLowerCase() || !(await branchExists(r.dir, headBranch))) {
      throw invalid('Validation Failed', [{ resource: 'PullRequest', field: 'head', code: 'invalid' }]);
    }
    if (!(await branchExists(r.dir, base))) throw invalid('Validation Failed', [{ resource: 'PullRequest', field: 'base', code: 'invalid' }]);
    const full = `${r.owner}/${r.repo}`;
    if (pulls.some((p) => p.repo === full && p.state === 'open' && p.head === headBranch && p.base === base)) {
      throw invalid('Validation Failed', [{ resource: 'PullRequest', code: 'custom', message: `A pull request already exists for ${r.owner}:${headBranch}.` }]);
    }
    const ahead = await gitText(r.dir, ['rev-list', '--count', `refs/heads/${base}..refs/heads/${headBranch}`]);
    if (ahead === '0') throw invalid('Validation Failed', [{ resource: 'PullRequest', code: 'custom', message: `No commits between ${base} and ${headBranch}` }]);
    const number = pulls.filter((p) => p.repo === full).length + 1;
    const record: PullRecord = {
      repo: full,
      number,
      title,
      body: typeof body.body === 'string' ? body.body : '',
      head: headBranch,
      base,
      state: 'open',
      html_url: `${baseUrl}/${full}/pull/${number}`,
      reviewers: [],
      teams: [],
      updates: 0,
    };
    pulls.push(record);
    return record;
  };

  const handle = async (req: http.IncomingMessage, res: http.ServerResponse, url: URL) => {
    const method = req.method ?? 'GET';
    const parts = url.pathname.split('/').filter(Boolean).map(decodeURIComponent);

    if (parts[0] === '_codeload' && method === 'GET' && parts[3] === 'legacy.tar.gz') {
      const r = repoOf(parts[1]!, parts[2]!);
      const sha = await commitOf(r.dir, parts.slice(4).join('/'));
      if (!sha) throw notFound();
      const tar = await git(r.dir, ['archive', '--format=tar.gz', `--prefix=${r.owner}-${r.repo}-${sha.slice(0, 7)}/`, sha]);
      res.writeHead(200, { 'content-type': 'application/x-gzip', 'content-length': tar.length });
      res.end(tar);
      return;
    }

    const auth = req.headers.authorization;
    if (options.token !== undefined && auth !== `Bearer ${options.token}` && auth !== `token ${options.token}`) {
      throw new HttpAnswer(401, { message: 'Bad credentials', documentation_url: DOCS, status: '401' });
    }
    if (parts[0] !== 'repos' || parts.length < 3) throw notFound();
    const r = repoOf(parts[1]!, parts[2]!);
    const [, , , section, ...rest] = parts;

    if (method === 'GET') {
      if (section === undefined) return sendJson(res, 200, await repoJson(r));
      if (section === 'tags' && rest.length === 0) {
        const cap = options.tagsPerPage ?? 100;
        return sendJson(res, 200, page(await listTags(r), url, res, cap));
      }
      if (section === 'git' && rest[0] === 'ref' && rest.length > 1) return sendJson(res, 200, await gitRef(r, rest.slice(1).join('/')));
      if (section === 'git' && rest[0] === 'tags' && rest.length === 2) return sendJson(res, 200, await tagObject(r, rest[1]!));
      if (section === 'commits' && rest.length > 0) return sendJson(res, 200, await commitJson(r, rest.join('/')));
      if (section === 'contents') return contents(r, rest.join('/'), url, req, res);
      if (section === 'tarball') {
        const ref = rest.length ? rest.join('/') : await defaultBranch(r.dir);
        const sha = await commitOf(r.dir, ref);
        if (!sha) throw notFound();
        res.writeHead(302, { location: `${codeloadUrl}/_codeload/${r.owner}/${r.repo}/legacy.tar.gz/${sha}`, 'content-length': 0 });
        res.end();
        return;
      }
      if (section === 'pulls' && rest.length === 0) {
        const state = url.searchParams.get('state') ?? 'open';
        const head = url.searchParams.get('head');
        const base = url.searchParams.get('base');
        const matching = pulls.filter(
          (p) =>
            p.repo === `${r.owner}/${r.repo}` &&
            (state === 'all' || p.state === state) &&
            (!head || `${r.owner}:${p.head}`.toLowerCase() === head.toLowerCase() || (!head.includes(':') && p.head === head)) &&
            (!base || p.base === base),
        );
        return sendJson(res, 200, await Promise.all(page(matching, url, res).map((p) => pullJson(r, p))));
      }
      if (section === 'pulls' && rest.length === 1) return sendJson(res, 200, await pullJson(r, findPull(r, rest[0]!)));
    }
    if (method === 'POST' && section === 'pulls' && rest.length === 0) {
      const record = await createPull(r, (await readBody(req)) as Record<string, unknown>);
      return sendJson(res, 201, await pullJson(r, record), { location: `${r.api}/pulls/${record.number}` });
    }
    if (method === 'PATCH' && section === 'pulls' && rest.length === 1) {
      const p = findPull(r, rest[0]!);
      const body = (await readBody(req)) as Record<string, unknown>;
      if (typeof body.title === 'string') p.title = body.title;
      if (typeof body.body === 'string') p.body = body.body;
      if (body.state === 'open' || body.state === 'closed') p.state = body.state;
      if (typeof body.base === 'string') {
        if (!(await branchExists(r.dir, body.base))) throw invalid('Validation Failed', [{ resource: 'PullRequest', field: 'base', code: 'invalid' }]);
        p.base = body.base;
      }
      p.updates++;
      return sendJson(res, 200, await pullJson(r, p));
    }
    if (method === 'POST' && section === 'pulls' && rest.length === 2 && rest[1] === 'requested_reviewers') {
      const p = findPull(r, rest[0]!);
      const body = (await readBody(req)) as { reviewers?: unknown; team_reviewers?: unknown };
      const strings = (v: unknown) => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
      // GitHub refuses the whole request for one name it cannot ask, and asks nobody.
      if (strings(body.reviewers).some((login) => login.toLowerCase() === PULL_AUTHOR)) {
        throw invalid('Review cannot be requested from pull request author.');
      }
      const allowed = options.collaborators?.map((n) => n.toLowerCase());
      if (allowed && [...strings(body.reviewers), ...strings(body.team_reviewers)].some((n) => !allowed.includes(n.toLowerCase()))) {
        throw invalid(`Reviews may only be requested from collaborators. One or more of the users or teams you specified is not a collaborator of the ${r.owner}/${r.repo} repository.`);
      }
      for (const login of strings(body.reviewers)) if (!p.reviewers.includes(login)) p.reviewers.push(login);
      for (const slug of strings(body.team_reviewers)) if (!p.teams.includes(slug)) p.teams.push(slug);
      return sendJson(res, 201, await pullJson(r, p));
    }
    throw notFound();
  };

  const answer = (req: http.IncomingMessage, res: http.ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    requests.push({ method: req.method ?? 'GET', path: decodeURIComponent(url.pathname), query: url.search.replace(/^\?/, ''), authorized: req.headers.authorization !== undefined });
    const injected = inject.findIndex((f) => !f.path || url.pathname.startsWith(f.path));
    if (injected >= 0) {
      const [fault] = inject.splice(injected, 1);
      req.resume();
      return sendJson(res, fault!.status, fault!.body ?? { message: `injected ${fault!.status}`, documentation_url: DOCS }, fault!.headers);
    }
    handle(req, res, url).catch((err: unknown) => {
      if (res.headersSent) return res.destroy();
      if (err instanceof HttpAnswer) return sendJson(res, err.status, err.body);
      sendJson(res, 500, { message: `test server: ${err instanceof Error ? err.message : String(err)}`, documentation_url: DOCS });
    });
  };
  const listening = await listenLoopback(http.createServer(answer));
  // Tarballs come from a second origin, like codeload.github.com: a client must not send the token there.
  const codeload = await listenLoopback(http.createServer(answer)).catch(async (err: unknown) => {
    await listening.close();
    throw err;
  });
  baseUrl = `http://127.0.0.1:${listening.port}`;
  codeloadUrl = `http://127.0.0.1:${codeload.port}`;
  return { url: baseUrl, requests, pulls, inject, stop: async () => void (await Promise.all([listening.close(), codeload.close()])) };
}

function sendJson(res: http.ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const bytes = Buffer.from(JSON.stringify(body));
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': bytes.length,
    'x-github-api-version-selected': '2022-11-28',
    ...headers,
  });
  res.end(bytes);
}
