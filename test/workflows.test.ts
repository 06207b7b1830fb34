// Every workflow (the reusable templates, the caller examples, prel's own CI) and every action.yml is
// valid for GitHub: each file goes through @actions/workflow-parser, the parser and schema behind
// GitHub's Actions language services. On top of that, the rules the parser cannot know
// (docs/actions-style.md §3, items 17–21) and the contract between the templates and the actions:
// each `uses: ./.prel/actions/<name>` names an action that exists and passes only inputs it declares.
// (That each action.yml declares exactly the inputs its code reads is test/action-metadata.test.ts.)
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { register } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parseOutputFile } from './helpers/run-action.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

// @actions/workflow-parser imports its JSON schemas without `with { type: 'json' }` (it is published
// for bundlers), which Node's ESM loader refuses. This hook adds the attribute, for its files only.
const addJsonAttribute = `
export async function load(url, context, nextLoad) {
  if (url.endsWith('.json') && url.includes('/@actions/workflow-parser/') && !context.importAttributes?.type) {
    return nextLoad(url, { ...context, importAttributes: { ...context.importAttributes, type: 'json' } });
  }
  return nextLoad(url, context);
}`;
register(`data:text/javascript,${encodeURIComponent(addJsonAttribute)}`);
const { parseWorkflow, convertWorkflowTemplate, NoOperationTraceWriter } = await import('@actions/workflow-parser');
const { parseAction, convertActionTemplate } = await import('@actions/workflow-parser/actions/index');
type FileReference = import('@actions/workflow-parser/workflows/file-reference').FileReference;

// ---------------------------------------------------------------------------------------------------
// The files

const ACTIONS = ['resolve-tags', 'collect-charts', 'list-images', 'build-release-image', 'sync-images', 'pack-registry', 'assemble-bundle'];

const yamlFiles = (dir: string) =>
  existsSync(join(root, dir))
    ? readdirSync(join(root, dir))
        .filter((name) => /\.ya?ml$/.test(name))
        .sort()
        .map((name) => `${dir}/${name}`)
    : [];

const workflowFiles = [...yamlFiles('.github/workflows'), ...yamlFiles('workflows-examples')];
const actionFiles = [
  'action.yml',
  ...readdirSync(join(root, 'actions'))
    .filter((name) => existsSync(join(root, 'actions', name, 'action.yml')))
    .sort()
    .map((name) => `actions/${name}/action.yml`),
];

const read = (file: string) => readFileSync(join(root, file), 'utf8');

// Loose shapes of the YAML: the parser has already checked the real structure.
type Map = Record<string, unknown>;
interface Step {
  id?: string;
  name?: string;
  uses?: string;
  run?: string;
  if?: unknown;
  with?: Map;
  env?: Map;
}
interface Job {
  name?: string;
  'runs-on'?: unknown;
  'timeout-minutes'?: unknown;
  permissions?: unknown;
  needs?: string | string[];
  if?: unknown;
  uses?: string;
  with?: Map;
  secrets?: unknown;
  strategy?: { matrix?: Map; 'fail-fast'?: unknown };
  outputs?: Record<string, string>;
  steps?: Step[];
}
interface InputSpec {
  type?: string;
  required?: boolean;
  default?: unknown;
  description?: string;
}
interface Workflow {
  name?: string;
  on: Map;
  permissions?: unknown;
  jobs: Record<string, Job>;
}
interface ActionYml {
  inputs?: Record<string, { required?: boolean; default?: string } | null>;
  outputs?: Record<string, unknown>;
  runs: { using: string; steps?: Step[] };
}

const workflow = (file: string) => parse(read(file)) as Workflow;
const actionYml = (name: string) => parse(read(`actions/${name}/action.yml`)) as ActionYml;
const needsOf = (job: Job) => (job.needs === undefined ? [] : Array.isArray(job.needs) ? job.needs : [job.needs]);
const trigger = (wf: Workflow, event: string) => (wf.on?.[event] ?? undefined) as { inputs?: Record<string, InputSpec>; secrets?: Map; outputs?: Record<string, { value: string }> } | undefined;
const isTemplate = (file: string) => file.startsWith('.github/workflows/') && trigger(workflow(file), 'workflow_call') !== undefined;
const templateFiles = workflowFiles.filter(isTemplate);
const exampleFiles = workflowFiles.filter((file) => file.startsWith('workflows-examples/'));

/** Every `${{ … }}` expression in a value (strings nested in maps and lists too). */
function expressions(value: unknown): string[] {
  if (typeof value === 'string') return [...value.matchAll(/\$\{\{([\s\S]*?)\}\}/g)].map((match) => match[1].trim());
  if (Array.isArray(value)) return value.flatMap(expressions);
  if (value && typeof value === 'object') return Object.values(value).flatMap(expressions);
  return [];
}

/** Names after a context in expressions, e.g. `inputs.release-version` → release-version. */
function referenced(value: unknown, pattern: RegExp): string[][] {
  return expressions(value).flatMap((expression) => [...expression.matchAll(pattern)].map((match) => match.slice(1)));
}

// ---------------------------------------------------------------------------------------------------
// GitHub's parser

/** Reusable workflows the examples call: `<org>/prel/<path>@<ref>` is this checkout's file. */
const fileProvider = {
  async getFileContent(ref: FileReference) {
    const path = 'repository' in ref ? (ref.repository === 'prel' ? ref.path : undefined) : ref.path;
    if (path === undefined || !existsSync(join(root, path))) throw new Error(`no such workflow: ${JSON.stringify(ref)}`);
    return { name: path, content: read(path) };
  },
};

async function workflowErrors(file: string): Promise<string[]> {
  const parsed = parseWorkflow({ name: file, content: read(file) }, new NoOperationTraceWriter());
  const errors = parsed.context.errors.getErrors().map((error) => error.message);
  if (errors.length > 0 || !parsed.value) return errors.length > 0 ? errors : [`${file}: nothing parsed`];
  // The conversion checks jobs, needs, matrices, and a called workflow's inputs and secrets.
  const template = await convertWorkflowTemplate(parsed.context, parsed.value, fileProvider, { fetchReusableWorkflowDepth: 1 });
  return (template.errors ?? []).map((error) => error.Message);
}

describe('GitHub parses every workflow (@actions/workflow-parser)', () => {
  it('finds the templates, the examples and CI', () => {
    expect(workflowFiles).toEqual(
      expect.arrayContaining([
        '.github/workflows/update-tags.yml',
        '.github/workflows/release.yml',
        '.github/workflows/ci.yml',
        'workflows-examples/update-tags.yml',
        'workflows-examples/release.yml',
      ]),
    );
  });

  it.each(workflowFiles)('%s', async (file) => {
    expect(await workflowErrors(file)).toEqual([]);
  });

  it('reports real mistakes (so a green run means something)', async () => {
    const broken = `on: push
jobs:
  a:
    runs-on: ubuntu-latest
    needs: [b]
    stepz: []
    steps:
      - run: echo \${{ nope.x }}
`;
    const parsed = parseWorkflow({ name: 'broken.yml', content: broken }, new NoOperationTraceWriter());
    const messages = parsed.context.errors.getErrors().map((error) => error.message).join('\n');
    expect(messages).toMatch(/stepz/);
    expect(messages).toMatch(/nope/);

    // A caller passing an input the template does not declare.
    const caller = `on: workflow_dispatch
jobs:
  release:
    uses: your-org/prel/.github/workflows/release.yml@v1
    with:
      release-version: v1.0.0
      release-registry: r.example.com
      base-image: b.example.com/tool:v1
      release-image: r.example.com/release
      no-such-input: x
`;
    const call = parseWorkflow({ name: 'caller.yml', content: caller }, new NoOperationTraceWriter());
    const converted = await convertWorkflowTemplate(call.context, call.value!, fileProvider, { fetchReusableWorkflowDepth: 1 });
    expect((converted.errors ?? []).map((error) => error.Message).join('\n')).toMatch(/no-such-input/);
  });
});

describe('GitHub parses every action.yml (@actions/workflow-parser)', () => {
  it.each(actionFiles)('%s', (file) => {
    const parsed = parseAction({ name: file, content: read(file) }, new NoOperationTraceWriter());
    expect(parsed.context.errors.getErrors().map((error) => error.message)).toEqual([]);
    const action = convertActionTemplate(parsed.context, parsed.value!);
    expect(parsed.context.errors.getErrors().map((error) => error.message)).toEqual([]);
    expect(action.runs.using).toBe(file === 'action.yml' ? 'composite' : 'node24');
  });
});

// ---------------------------------------------------------------------------------------------------
// Workflow hygiene (actions-style §3.21), every workflow

describe.each(workflowFiles)('%s: hygiene', (file) => {
  const wf = workflow(file);
  const jobs = Object.entries(wf.jobs);

  it('sets permissions at the top and in every job', () => {
    expect(wf.permissions, 'top-level permissions').toBeDefined();
    for (const [id, job] of jobs) expect(job.permissions, `job '${id}' has no permissions:`).toBeDefined();
  });

  it('gives every job that runs steps a runner and a time limit', () => {
    for (const [id, job] of jobs.filter(([, job]) => job.uses === undefined)) {
      expect(job['runs-on'], `job '${id}' runs-on`).toBe('ubuntu-latest');
      expect(typeof job['timeout-minutes'], `job '${id}' timeout-minutes`).toBe('number');
    }
  });

  it('passes values to scripts through env:, never inline in run:', () => {
    for (const [id, job] of jobs) {
      for (const step of job.steps ?? []) {
        if (step.run === undefined) continue;
        // Any expression in a script is a template-injection risk, not only inputs, secrets and github.event.
        expect(step.run, `job '${id}', step '${step.name ?? step.id ?? step.run.slice(0, 40)}'`).not.toMatch(/\$\{\{/);
      }
    }
  });

  it('pins third-party actions by full SHA with a version comment', () => {
    for (const [index, line] of read(file).split('\n').entries()) {
      const match = /^\s*(?:-\s+)?uses:\s*(\S+)(.*)$/.exec(line);
      if (!match) continue;
      const [, target, rest] = match;
      if (target.startsWith('./') || target.startsWith('docker://')) continue;
      // The examples call prel's own templates by its release tags, as its README tells users to.
      if (/^[\w.-]+\/prel\/\.github\/workflows\/[\w.-]+\.ya?ml@v\d+$/.test(target) && file.startsWith('workflows-examples/')) continue;
      expect(target, `${file}:${index + 1}`).toMatch(/^[\w.-]+\/[\w./-]+@[0-9a-f]{40}$/);
      expect(rest, `${file}:${index + 1} needs a '# vX.Y.Z' comment`).toMatch(/^\s+#\s*v\d+\.\d+\.\d+\b/);
    }
  });

  it("runs GitHub's own actions at their node24 releases", () => {
    // The first major on node24: checkout v5, upload-artifact v6, download-artifact v7, setup-node v5.
    const firstNode24: Record<string, number> = { checkout: 5, 'upload-artifact': 6, 'download-artifact': 7, 'setup-node': 5 };
    for (const [index, line] of read(file).split('\n').entries()) {
      const match = /uses:\s*actions\/([\w-]+)@[0-9a-f]{40}\s+#\s*v(\d+)\./.exec(line);
      if (match && match[1] in firstNode24) expect(Number(match[2]), `${file}:${index + 1} actions/${match[1]}`).toBeGreaterThanOrEqual(firstNode24[match[1]]);
    }
  });

  it('has a needs graph over known jobs, without cycles', () => {
    const ids = new Set(Object.keys(wf.jobs));
    for (const [id, job] of jobs) for (const need of needsOf(job)) expect(ids.has(need), `job '${id}' needs unknown '${need}'`).toBe(true);
    // Kahn: every job can be placed after all it needs.
    const placed = new Set<string>();
    let progress = true;
    while (progress) {
      progress = false;
      for (const [id, job] of jobs) {
        if (!placed.has(id) && needsOf(job).every((need) => placed.has(need))) {
          placed.add(id);
          progress = true;
        }
      }
    }
    expect([...ids].filter((id) => !placed.has(id)), 'jobs on a needs cycle').toEqual([]);
  });

  it('reads needs.<job>.outputs only from direct needs that declare them', () => {
    for (const [id, job] of jobs) {
      for (const [need, output] of referenced(job, /\bneeds\.([\w-]+)\.outputs\.([\w-]+)/g)) {
        expect(needsOf(job), `job '${id}' reads needs.${need} without needing it`).toContain(need);
        const other = wf.jobs[need];
        // A reusable-workflow job's outputs are the called workflow's (checked by the parser).
        if (other?.uses === undefined) expect(Object.keys(other?.outputs ?? {}), `job '${need}' output '${output}'`).toContain(output);
      }
    }
  });

  it('reads steps.<id>.outputs only from earlier steps of the same job', () => {
    for (const [id, job] of jobs) {
      const steps = job.steps ?? [];
      const check = (value: unknown, before: number) => {
        for (const [stepId] of referenced(value, /\bsteps\.([\w-]+)\.outputs\./g)) {
          expect(steps.slice(0, before).map((step) => step.id), `job '${id}' reads steps.${stepId}`).toContain(stepId);
        }
      };
      steps.forEach((step, index) => check(step, index));
      check(job.outputs, steps.length);
    }
  });

  it('reads only declared inputs', () => {
    const declared = new Set([...Object.keys(trigger(wf, 'workflow_call')?.inputs ?? {}), ...Object.keys(trigger(wf, 'workflow_dispatch')?.inputs ?? {})]);
    for (const [name] of referenced(wf.jobs, /\binputs\.([\w-]+)/g)) expect(declared.has(name), `inputs.${name} is not declared`).toBe(true);
  });
});

describe('composite steps of the action.yml files', () => {
  it.each(actionFiles)('%s keeps expressions out of run:', (file) => {
    const metadata = parse(read(file)) as ActionYml;
    for (const step of metadata.runs.steps ?? []) if (step.run !== undefined) expect(step.run).not.toMatch(/\$\{\{/);
  });
});

// ---------------------------------------------------------------------------------------------------
// Running a template's `run:` step as the runner would: bash -e in a fresh workspace whose `.prel` is
// this checkout (or another folder), GITHUB_OUTPUT as a file, GITHUB_ACTIONS=true. `bin` puts stub
// commands first on PATH.

const STEP_DEFAULTS: Record<string, string> = {
  PRODUCT: 'compass',
  RELEASE_IMAGE: 'cargo.example.com/release/release',
  BASE_IMAGE: 'cargo.example.com/tools/pangolin:v0.0.4',
  SHARDS: '4',
  RETENTION_DAYS: '30',
  GITHUB_SERVER_URL: 'https://github.com',
};

function runStep(step: Step, env: Record<string, string>, options: { prel?: string; bin?: Record<string, string> } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'prel-step-'));
  try {
    symlinkSync(options.prel ?? root, join(dir, '.prel'));
    const bin = join(dir, 'bin');
    mkdirSync(bin);
    for (const [name, script] of Object.entries(options.bin ?? {})) writeFileSync(join(bin, name), `#!/usr/bin/env bash\n${script}\n`, { mode: 0o755 });
    const output = join(dir, 'output');
    writeFileSync(output, '');
    const result = spawnSync('bash', ['-e', '-c', step.run!], {
      cwd: dir,
      env: { PATH: `${bin}:${dirname(process.execPath)}:${process.env.PATH}`, HOME: dir, GITHUB_ACTIONS: 'true', GITHUB_OUTPUT: output, GITHUB_WORKSPACE: dir, ...STEP_DEFAULTS, ...env },
      encoding: 'utf8',
    });
    const text = readFileSync(output, 'utf8');
    const plain = Object.fromEntries(text.split('\n').flatMap((line) => (/^[\w-]+=/.test(line) ? [line.split(/=(.*)/s).slice(0, 2)] : [])));
    return { status: result.status, stdout: result.stdout, stderr: result.stderr, outputs: { ...plain, ...parseOutputFile(text) } as Record<string, string> };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------------------------------------------
// The templates and the actions (actions-style §2, §3.19–20)

/** Steps of a template that run one of prel's actions, with where they are. */
function prelSteps(file: string) {
  return Object.entries(workflow(file).jobs).flatMap(([jobId, job]) =>
    (job.steps ?? []).flatMap((step, index) => {
      const match = /^\.\/\.prel\/actions\/([^/@]+)$/.exec(step.uses ?? '');
      return match ? [{ jobId, job, step, index, action: match[1] }] : [];
    }),
  );
}

describe.each(templateFiles)('%s: a reusable template', (file) => {
  const wf = workflow(file);
  const call = trigger(wf, 'workflow_call')!;
  const dispatch = trigger(wf, 'workflow_dispatch');

  it('reaches prel through its own checkout in .prel/, never ./actions/ (the caller\'s repository)', () => {
    for (const [id, job] of Object.entries(wf.jobs)) {
      for (const step of job.steps ?? []) expect(step.uses ?? '', `job '${id}'`).not.toMatch(/^\.\/actions\//);
    }
    const uses = prelSteps(file);
    expect(uses.length).toBeGreaterThan(0);
    for (const { jobId, job, index } of uses) {
      const checkout = (job.steps ?? []).slice(0, index).find((step) => step.uses?.startsWith('actions/checkout@') && step.with?.path === '.prel');
      expect(checkout, `job '${jobId}' runs ./.prel/actions without checking prel out into .prel first`).toBeDefined();
      // prel at the workflow's own commit, or the prel-repository/prel-ref override (GHES).
      // prel's own repository and commit, as located by the job or by prepare (resolved to a SHA).
      expect(String(checkout?.with?.repository)).toMatch(/^\$\{\{ (steps\.prel\.outputs\.repository|needs\.prepare\.outputs\.prel-repository) \}\}$/);
      expect(String(checkout?.with?.ref)).toMatch(/^\$\{\{ (steps\.prel\.outputs\.ref|needs\.prepare\.outputs\.prel-sha) \}\}$/);
      expect(checkout?.with?.['persist-credentials'], `job '${jobId}': prel's checkout keeps no credentials`).toBe(false);
    }
  });

  it('calls existing actions with declared inputs only, and every required one', () => {
    for (const { jobId, step, action } of prelSteps(file)) {
      const where = `job '${jobId}', step '${step.name ?? step.id}' (${action})`;
      expect(existsSync(join(root, 'actions', action, 'action.yml')), `${where}: no actions/${action}/action.yml`).toBe(true);
      const inputs = actionYml(action).inputs ?? {};
      const passed = Object.keys(step.with ?? {});
      expect(passed.filter((key) => !(key in inputs)), `${where}: inputs the action does not declare`).toEqual([]);
      const required = Object.entries(inputs).filter(([, spec]) => spec?.required === true && spec.default === undefined).map(([id]) => id);
      expect(required.filter((id) => !passed.includes(id)), `${where}: required inputs not passed`).toEqual([]);
    }
  });

  it('reads only outputs the actions declare', () => {
    for (const [jobId, job] of Object.entries(wf.jobs)) {
      const actionOf = new Map(
        prelSteps(file)
          .filter((use) => use.jobId === jobId && use.step.id)
          .map((use) => [use.step.id!, use.action]),
      );
      for (const [stepId, output] of referenced(job, /\bsteps\.([\w-]+)\.outputs\.([\w-]+)/g)) {
        const action = actionOf.get(stepId);
        if (action) expect(Object.keys(actionYml(action).outputs ?? {}), `job '${jobId}': steps.${stepId}.outputs.${output}`).toContain(output);
      }
    }
  });

  it('maps its outputs from job outputs that exist', () => {
    for (const [name, spec] of Object.entries(call.outputs ?? {})) {
      const used = referenced(spec.value, /\bjobs\.([\w-]+)\.outputs\.([\w-]+)/g);
      expect(used.length, `output '${name}' must come from a job output`).toBeGreaterThan(0);
      for (const [jobId, output] of used) expect(Object.keys(wf.jobs[jobId]?.outputs ?? {}), `output '${name}'`).toContain(output);
    }
  });

  it('declares the same typed inputs for workflow_call and workflow_dispatch', () => {
    expect(dispatch, 'workflow_dispatch').toBeDefined();
    const shape = (inputs: Record<string, InputSpec> = {}) =>
      Object.fromEntries(Object.entries(inputs).map(([id, spec]) => [id, { type: spec.type, required: spec.required ?? false, default: spec.default }]));
    expect(shape(dispatch?.inputs)).toEqual(shape(call.inputs));
    for (const [id, spec] of Object.entries(call.inputs ?? {})) {
      expect(['string', 'number', 'boolean'], `input '${id}' type`).toContain(spec.type);
      expect(spec.description, `input '${id}' description`).toBeTruthy();
    }
  });

  it('has a prel-ref fallback for GitHub Enterprise Server, empty by default', () => {
    expect(call.inputs?.['prel-ref']).toMatchObject({ type: 'string', default: '' });
  });
});

// ---------------------------------------------------------------------------------------------------
// What the templates must keep so a release ships exactly the reviewed bytes and survives re-runs.

const isCheckout = (step: Step) => step.uses?.startsWith('actions/checkout@') === true;
const isPrelCheckout = (step: Step) => isCheckout(step) && step.with?.path === '.prel';
const isProductCheckout = (step: Step) => isCheckout(step) && step.with?.repository === undefined && step.with?.path === undefined;
const EMPTY_TREE = 'rm -rf -- addons images-lists';

describe.each(templateFiles)('%s: ships the reviewed bytes, survives re-runs', (file) => {
  const wf = workflow(file);
  const jobs = Object.entries(wf.jobs);
  const steps = jobs.flatMap(([id, job]) => (job.steps ?? []).map((step, index) => ({ id, job, step, index })));

  it('passes a token to every prel checkout (prel may be a private repository)', () => {
    const checkouts = steps.filter(({ step }) => isPrelCheckout(step));
    expect(checkouts.length).toBeGreaterThan(0);
    for (const { id, step } of checkouts) expect(String(step.with?.token ?? ''), `job '${id}'`).toMatch(/secrets\.github-token/);
  });

  it('starts every job that downloads release-tree from an empty addons/ and images-lists/', () => {
    for (const { id, job, step, index } of steps.filter(({ step }) => step.uses?.startsWith('actions/download-artifact@') && String(step.with?.name).startsWith('release-tree'))) {
      const before = (job.steps ?? []).slice(0, index);
      const clear = before.findIndex((other) => other.run?.trim() === EMPTY_TREE);
      expect(clear, `job '${id}' downloads release-tree over whatever addons/ the checkout had`).toBeGreaterThanOrEqual(0);
      expect(before.slice(clear).some(isProductCheckout), `job '${id}' checks the product out after clearing`).toBe(false);
      expect(step.with?.path).toBe('.');
    }
  });

  it.runIf(file.endsWith('/release.yml'))('clears addons/ and images-lists/ for real', () => {
    const clear = steps.find(({ step }) => step.run?.trim() === EMPTY_TREE);
    expect(clear, `a step '${EMPTY_TREE}'`).toBeDefined();
    const dir = mkdtempSync(join(tmpdir(), 'prel-clear-'));
    try {
      for (const path of ['addons/removed-chart/Chart.yaml', 'addons/.hidden', 'images-lists/old.list', 'cadm']) {
        mkdirSync(dirname(join(dir, path)), { recursive: true });
        writeFileSync(join(dir, path), 'x');
      }
      expect(spawnSync('bash', ['-e', '-c', clear!.step.run!], { cwd: dir }).status).toBe(0);
      expect(readdirSync(dir)).toEqual(['cadm']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('gives every job that reads image lists the product repository (lists may live outside images-lists/)', () => {
    for (const { jobId: id, job, index } of prelSteps(file).filter((use) => ['sync-images', 'pack-registry', 'build-release-image', 'assemble-bundle'].includes(use.action))) {
      expect((job.steps ?? []).slice(0, index).some(isProductCheckout), `job '${id}' has only the artifact`).toBe(true);
    }
  });

  it('stops with a clear message when .prel is not prel (a copy of the template in a product repository)', () => {
    const check = steps.find(({ step }) => step.name === 'Check that it is prel');
    expect(check, 'a step named "Check that it is prel"').toBeDefined();
    const prelCheckout = (check!.job.steps ?? []).findIndex(isPrelCheckout);
    expect(prelCheckout).toBeGreaterThanOrEqual(0);
    expect(prelCheckout).toBeLessThan(check!.index);
    // Every use of prel in that job comes after the check.
    for (const use of prelSteps(file).filter((use) => use.jobId === check!.id)) expect(use.index).toBeGreaterThan(check!.index);
    const product = mkdtempSync(join(tmpdir(), 'prel-product-'));
    try {
      mkdirSync(join(product, '.github', 'workflows'), { recursive: true });
      writeFileSync(join(product, 'charts_list.yaml'), 'charts: []\n');
      const copy = runStep(check!.step, { PREL_REPOSITORY: 'acme/product' }, { prel: product });
      expect(copy.status).not.toBe(0);
      expect(copy.stdout).toMatch(/^::error .*acme\/product is not prel.*prel-repository and prel-ref/m);
      expect(runStep(check!.step, { PREL_REPOSITORY: 'acme/prel' }).status).toBe(0);
    } finally {
      rmSync(product, { recursive: true, force: true });
    }
  });

  it('runs one call at a time per target, in a concurrency group no caller shares', () => {
    const group = String((wf as Workflow & { concurrency?: { group?: string } }).concurrency?.group ?? '');
    expect(group).toMatch(new RegExp(`^prel ${file.split('/').pop()!.replace('.', '\\.')} \\$\\{\\{ github\\.repository \\}\\}`));
    for (const example of exampleFiles) {
      const callerGroup = String((workflow(example) as Workflow & { concurrency?: { group?: string } }).concurrency?.group ?? '');
      expect(callerGroup.startsWith('prel '), `${example} would deadlock with ${file}`).toBe(false);
    }
  });

  it('talks to GitHub through the REST API (`gh pr …` and `gh repo …` break on older gh), on this server', () => {
    for (const { id, step } of steps.filter(({ step }) => step.run !== undefined)) {
      expect(step.run, `job '${id}'`).not.toMatch(/\bgh (pr|repo|issue) /);
      if (/\bgh (api|release)\b/.test(step.run!)) expect(step.run, `job '${id}': gh on GitHub Enterprise Server`).toMatch(/export GH_HOST="\$\{GITHUB_SERVER_URL#\*:\/\/\}"/);
    }
  });

  it('names every artifact for this call, replaces it on a re-run, and keeps it for the re-run window', () => {
    const uploads = steps.filter(({ step }) => step.uses?.startsWith('actions/upload-artifact@'));
    const downloads = steps.filter(({ step }) => step.uses?.startsWith('actions/download-artifact@'));
    for (const { id, step } of uploads) {
      expect(String(step.with?.name), `job '${id}'`).toContain('${{ needs.prepare.outputs.call-id }}');
      expect(step.with?.overwrite, `job '${id}' ${step.with?.name}`).toBe(true);
      expect(step.with?.['retention-days'], `job '${id}' ${step.with?.name}`).toBe('${{ inputs.retention-days }}');
    }
    for (const { id, step } of downloads) expect(`${step.with?.name ?? ''}${step.with?.pattern ?? ''}`, `job '${id}'`).toMatch(/needs\.(prepare\.outputs\.call-id|bundle\.outputs\.artifact)/);
    if (uploads.length > 0) expect(trigger(wf, 'workflow_call')?.inputs?.['retention-days']).toMatchObject({ type: 'number', default: 30 });
  });

  it('puts nothing a masked registry username could be part of in the outputs of jobs that hold one', () => {
    for (const [id, job] of jobs) {
      if (!/secrets\.(source|release)-username/.test(JSON.stringify(job.steps ?? []))) continue;
      expect(Object.keys(job.outputs ?? {}).filter((name) => name !== 'digest'), `job '${id}' outputs`).toEqual([]);
    }
  });
});

describe('the templates together', () => {
  it('run every one of the seven actions', () => {
    const used = new Set(templateFiles.flatMap((file) => prelSteps(file).map((use) => use.action)));
    expect([...used].sort()).toEqual([...ACTIONS].sort());
  });
});

describe('.github/workflows/update-tags.yml', () => {
  const wf = workflow('.github/workflows/update-tags.yml');

  it('takes charts-list, base-branch, prerelease and an optional github-token secret', () => {
    const call = trigger(wf, 'workflow_call')!;
    expect(call.inputs).toMatchObject({
      'charts-list': { type: 'string', default: 'charts_list.yaml' },
      'base-branch': { type: 'string' },
      prerelease: { type: 'boolean', default: true },
    });
    expect(call.secrets).toMatchObject({ 'github-token': { required: false } });
    // A reusable workflow's schedule never fires for its callers: the schedule is in the example.
    expect(wf.on.schedule).toBeUndefined();
  });

  // Bug: with base-branch empty the checkout took the triggering ref while resolve-tags targeted the
  // default branch, so old tags came from the wrong branch and the base was not on origin.
  it('checks out and targets one base branch: base-branch, else the default branch from the API', () => {
    const steps = wf.jobs['update-tags'].steps!;
    const product = steps.find(isProductCheckout)!;
    const [use] = prelSteps('.github/workflows/update-tags.yml').filter((step) => step.action === 'resolve-tags');
    expect(product.with?.ref).toBe('${{ steps.base.outputs.branch }}');
    expect(use.step.with?.['base-branch']).toBe('${{ steps.base.outputs.branch }}');
    const base = steps.find((step) => step.id === 'base')!;
    expect(steps.indexOf(base)).toBeLessThan(steps.indexOf(product));
    expect(base.env?.BASE_BRANCH).toBe('${{ inputs.base-branch }}');
    // Scheduled runs' events carry no repository: the default branch comes from the API.
    const gh = { gh: '[ "$*" = "api repos/acme/product --jq .default_branch" ] && [ "$GH_HOST" = github.com ] && echo trunk && exit 0; echo "unexpected gh $*" >&2; exit 3' };
    expect(runStep(base, { BASE_BRANCH: '', GH_REPO: 'acme/product' }, { bin: gh }).outputs.branch).toBe('trunk');
    expect(runStep(base, { BASE_BRANCH: 'release-2.7', GH_REPO: 'acme/product' }, { bin: { gh: 'exit 3' } }).outputs.branch).toBe('release-2.7');
  });

  it('runs resolve-tags with create-pull-request', () => {
    const [use] = prelSteps('.github/workflows/update-tags.yml').filter((step) => step.action === 'resolve-tags');
    expect(String(use.step.with?.['create-pull-request'])).toBe('true');
    expect(use.job.permissions).toEqual({ contents: 'write', 'pull-requests': 'write' });
  });
});

describe('.github/workflows/release.yml', () => {
  const file = '.github/workflows/release.yml';
  const wf = workflow(file);
  const call = trigger(wf, 'workflow_call')!;
  const jobs = wf.jobs;
  const uses = prelSteps(file);
  const stepOf = (action: string) => uses.find((use) => use.action === action)!;

  it('takes the typed inputs and the registry secrets', () => {
    expect(call.inputs).toMatchObject({
      'release-version': { type: 'string', required: true },
      product: { type: 'string', default: 'compass' },
      'source-registry': { type: 'string' },
      'release-registry': { type: 'string' },
      'images-lists': { type: 'string', default: 'images-lists/*.list' },
      'source-project-map': { type: 'string' },
      'base-image': { type: 'string' },
      'release-image': { type: 'string' },
      shards: { type: 'number', default: 4 },
      platforms: { type: 'string' },
      'create-release': { type: 'boolean', default: false },
      'prel-ref': { type: 'string', default: '' },
    });
    for (const secret of ['source-username', 'source-password', 'release-username', 'release-password', 'github-token']) {
      expect(call.secrets?.[secret], secret).toMatchObject({ required: false });
    }
  });

  it('runs the flow in order: collect → build-image and sync → pack → bundle → publish', () => {
    const ancestors = (id: string, seen = new Set<string>()): Set<string> => {
      for (const need of needsOf(jobs[id])) if (!seen.has(need)) ancestors(need, seen.add(need));
      return seen;
    };
    expect([...ancestors('bundle')].sort()).toEqual(['build-image', 'collect', 'pack', 'prepare', 'sync']);
    expect(ancestors('pack')).toContain('sync');
    expect(ancestors('sync')).toContain('collect');
    expect(ancestors('build-image')).toContain('collect');
    expect(needsOf(jobs.publish)).toContain('bundle');
    expect(String(jobs.publish.if)).toMatch(/inputs\.create-release/);
    expect(uses.map((use) => [use.jobId, use.action])).toEqual([
      ['collect', 'collect-charts'],
      ['collect', 'list-images'],
      ['build-image', 'build-release-image'],
      ['sync', 'sync-images'],
      ['pack', 'pack-registry'],
      ['bundle', 'assemble-bundle'],
    ]);
  });

  it('syncs as a matrix over the shards that prepare emits', () => {
    expect(jobs.sync.strategy?.matrix?.shard).toBe('${{ fromJSON(needs.prepare.outputs.matrix) }}');
    expect(jobs.sync.strategy?.['fail-fast']).toBe(false);
    expect(stepOf('sync-images').step.with?.shard).toBe('${{ matrix.shard }}');
    expect(stepOf('sync-images').step.with?.['target-registry']).toBe('${{ inputs.release-registry }}');
    expect(stepOf('pack-registry').step.with?.['source-registry']).toBe('${{ inputs.release-registry }}');
    // Per-leg miss reports on failure, named by the shard's number.
    const upload = jobs.sync.steps!.find((step) => step.uses?.startsWith('actions/upload-artifact@'));
    expect(upload?.if).toBe('failure()');
    expect(upload?.with?.name).toBe('miss-reports-${{ needs.prepare.outputs.call-id }}-sync-${{ steps.leg.outputs.index }}');
  });

  it('syncs after build-image: the lists may name the release image', () => {
    expect(needsOf(jobs.sync)).toContain('build-image');
  });

  it('merges the miss reports of every shard and of pack in one job, when they failed', () => {
    const reports = jobs.reports;
    expect(String(reports.if)).toMatch(/^failure\(\)/);
    expect(needsOf(reports)).toEqual(expect.arrayContaining(['prepare', 'sync', 'pack']));
    const steps = reports.steps!;
    const download = steps.find((step) => step.uses?.startsWith('actions/download-artifact@'))!;
    // One folder per artifact: merged into one folder, same-named files would overwrite one another.
    expect(download.with).toMatchObject({ pattern: 'miss-reports-${{ needs.prepare.outputs.call-id }}-*', path: 'shard-reports', 'merge-multiple': false });
    expect(steps.some((step) => step.run === 'node .prel/dist/cli.js merge-reports --reports-dir shard-reports --output-dir miss-reports')).toBe(true);
    const upload = steps.find((step) => step.uses?.startsWith('actions/upload-artifact@'))!;
    expect(upload.with).toMatchObject({ name: 'miss-reports-${{ needs.prepare.outputs.call-id }}', path: 'miss-reports/' });
    // Each uploader's name matches the pattern, and no uploader's name is the merged one.
    const uploaders = Object.values(jobs).flatMap((job) => (job.steps ?? []).filter((step) => step.uses?.startsWith('actions/upload-artifact@') && String(step.with?.name).startsWith('miss-reports-')));
    expect(uploaders.map((step) => String(step.with?.name)).filter((name) => name !== upload.with?.name).every((name) => name.startsWith('miss-reports-${{ needs.prepare.outputs.call-id }}-'))).toBe(true);
  });

  it('hands files between jobs as artifacts', () => {
    const artifacts = (id: string, action: 'upload' | 'download') =>
      (jobs[id].steps ?? []).filter((step) => step.uses?.startsWith(`actions/${action}-artifact@`)).map((step) => String(step.with?.name));
    const call = (name: string) => `${name}-\${{ needs.prepare.outputs.call-id }}`;
    expect(artifacts('collect', 'upload')).toEqual([call('release-tree')]);
    for (const id of ['build-image', 'sync', 'pack']) expect(artifacts(id, 'download'), id).toContain(call('release-tree'));
    expect(artifacts('build-image', 'upload')).toContain(call('release-image'));
    expect(artifacts('pack', 'upload')).toContain(call('registry-images'));
    expect(artifacts('bundle', 'download')).toEqual([call('release-image'), call('registry-images')]);
    expect(artifacts('bundle', 'upload')).toEqual([call('${{ needs.prepare.outputs.bundle-name }}')]);
    expect(jobs.bundle.outputs?.artifact).toBe(call('${{ needs.prepare.outputs.bundle-name }}'));
  });

  it('assembles the default layout and maps the bundle to the workflow outputs', () => {
    expect(stepOf('assemble-bundle').step.with?.files).toBeUndefined();
    expect(call.outputs?.['bundle-path']?.value).toBe('${{ jobs.bundle.outputs.path }}');
    expect(call.outputs?.['bundle-sha256']?.value).toBe('${{ jobs.bundle.outputs.sha256 }}');
  });

  it('verifies the assembled bundle by reading it back, before uploading it, with the lock pack handed on', () => {
    const steps = jobs.bundle.steps ?? [];
    const verify = steps.findIndex((step) => /verify-bundle --bundle "\$BUNDLE"/.test(String(step.run ?? '')));
    expect(verify).toBeGreaterThan(steps.findIndex((step) => step.id === 'bundle'));
    expect(verify).toBeLessThan(steps.findIndex((step) => String(step.name) === 'Upload the bundle'));
    expect(steps[verify].env?.BUNDLE).toBe('${{ steps.bundle.outputs.path }}');
    const upload = jobs.pack.steps!.find((step) => String(step.with?.name ?? '').startsWith('registry-images-'));
    expect(String(upload?.with?.path)).toContain('${{ steps.pack.outputs.lock-path }}');
  });

  it('gives write access only to the jobs that push or publish', () => {
    const writers = Object.entries(jobs)
      .filter(([, job]) => Object.values((job.permissions ?? {}) as Map).includes('write'))
      .map(([id]) => id);
    expect(writers.sort()).toEqual(['collect', 'publish']);
  });

  describe('the prepare job', () => {
    const steps = jobs.prepare.steps!;
    const plan = steps.find((step) => step.id === 'plan')!;

    it('checks the inputs with prel release-plan, the code the actions run', () => {
      expect(plan.run).toMatch(/^node \.prel\/dist\/cli\.js release-plan /);
      for (const [flag, variable, input] of [
        ['--release-version', 'VERSION', 'release-version'],
        ['--product', 'PRODUCT', 'product'],
        ['--release-image', 'RELEASE_IMAGE', 'release-image'],
        ['--base-image', 'BASE_IMAGE', 'base-image'],
        ['--shards', 'SHARDS', 'shards'],
        ['--retention-days', 'RETENTION_DAYS', 'retention-days'],
      ]) {
        expect(plan.run).toContain(`${flag} "$${variable}"`);
        expect(plan.env?.[variable]).toBe(`\${{ inputs.${input} }}`);
      }
      expect(Object.keys(jobs.prepare.outputs ?? {}).sort()).toEqual(['archive-branch', 'bundle-name', 'call-id', 'matrix', 'prel-repository', 'prel-sha']);
    });

    it('emits the shard matrix', () => {
      const four = runStep(plan, { SHARDS: '4', VERSION: 'v2.7.4' });
      expect(four.status, four.stdout + four.stderr).toBe(0);
      expect(JSON.parse(four.outputs.matrix)).toEqual(['1/4', '2/4', '3/4', '4/4']);
      expect(four.outputs['bundle-name']).toBe('compass-component-v2.7.4');
      expect(four.outputs['archive-branch']).toBe('prel/release-v2.7.4');
      expect(JSON.parse(runStep(plan, { SHARDS: '1', VERSION: 'v1' }).outputs.matrix)).toEqual(['1/1']);
    });

    // Bug: git check-ref-format let these through; the image tag, bundle or artifact refused them hours later.
    it.each([
      [{ VERSION: 'release/v1' }, /Input 'release-version'/],
      [{ VERSION: 'v1+build' }, /Input 'release-version'/],
      [{ VERSION: 'v1|2' }, /Input 'release-version'/],
      [{ VERSION: 'v 1' }, /Input 'release-version'/],
      [{ VERSION: '' }, /release-version/],
      [{ PRODUCT: 'my product' }, /Input 'product'/],
      [{ SHARDS: '0' }, /shards/],
      [{ SHARDS: '257' }, /shards/],
      [{ SHARDS: '2.5' }, /shards/],
      [{ RETENTION_DAYS: '0' }, /retention-days/],
    ])('refuses %o', (env, message) => {
      const result = runStep(plan, { SHARDS: '4', VERSION: 'v1', ...env });
      expect(result.status).not.toBe(0);
      expect(result.stdout).toMatch(/^::error[ :]/m);
      expect(result.stdout).toMatch(message);
    });

    // Bug: on GitHub Enterprise Server there is no job.workflow_*; say so before checking anything out.
    it('stops up front when it cannot tell which prel to run', () => {
      const locate = steps[0];
      expect(locate.id).toBe('prel');
      const result = runStep(locate, { PREL_REPOSITORY: 'acme/prel', PREL_REF: '' });
      expect(result.status).not.toBe(0);
      expect(result.stdout).toMatch(/^::error .*GitHub Enterprise Server.*prel-ref/m);
      expect(runStep(locate, { PREL_REPOSITORY: 'acme/prel', PREL_REF: 'v1' }).outputs.repository).toBe('acme/prel');
    });

    // Bug: prel-ref (a branch or tag) was checked out again by every job: all jobs run the commit prepare found.
    it('resolves prel to one commit for every job', () => {
      const checkout = steps.find((step) => step.uses?.startsWith('actions/checkout@') && step.with?.path === '.prel')!;
      expect(jobs.prepare.outputs?.['prel-sha']).toBe(`\${{ steps.${checkout.id}.outputs.commit }}`);
      for (const [id, job] of Object.entries(jobs).filter(([id]) => id !== 'prepare')) {
        for (const step of (job.steps ?? []).filter((step) => step.with?.path === '.prel')) {
          expect(step.with?.ref, `job '${id}'`).toBe('${{ needs.prepare.outputs.prel-sha }}');
        }
      }
    });
  });
});

// ---------------------------------------------------------------------------------------------------
// The caller examples

describe.each(exampleFiles)('%s: a caller example', (file) => {
  const wf = workflow(file);
  const calls = Object.entries(wf.jobs).filter(([, job]) => job.uses !== undefined);

  it('calls a template of this repository with its declared inputs, and every required one', () => {
    expect(calls.length).toBeGreaterThan(0);
    for (const [id, job] of calls) {
      const match = /^[\w.-]+\/prel\/(\.github\/workflows\/[\w.-]+\.yml)@v1$/.exec(job.uses!);
      expect(match, `job '${id}' uses ${job.uses}`).not.toBeNull();
      const template = match![1];
      expect(templateFiles).toContain(template);
      const inputs = trigger(workflow(template), 'workflow_call')!.inputs ?? {};
      const passed = Object.keys(job.with ?? {});
      expect(passed.filter((key) => !(key in inputs)), `job '${id}': undeclared inputs`).toEqual([]);
      const required = Object.entries(inputs).filter(([, spec]) => spec.required).map(([key]) => key);
      expect(required.filter((key) => !passed.includes(key)), `job '${id}': required inputs`).toEqual([]);
      // By name, not `secrets: inherit`, which only reaches a workflow in the same organization.
      const declared = Object.keys(trigger(workflow(template), 'workflow_call')!.secrets ?? {});
      expect(typeof job.secrets, `job '${id}' passes its secrets by name`).toBe('object');
      expect(Object.keys(job.secrets as Map).sort(), `job '${id}' secrets`).toEqual([...declared].sort());
      for (const [name, value] of Object.entries(job.secrets as Map)) expect(value, `secret '${name}'`).toBe(`\${{ secrets.${name === 'github-token' ? 'PREL_GITHUB_TOKEN' : name.toUpperCase().replace('-', '_')} }}`);
      expect(job.permissions, `job '${id}' grants the template its permissions`).toBeDefined();
    }
  });

  it('can be run by hand', () => {
    expect(wf.on).toHaveProperty('workflow_dispatch');
  });

  it('is commented for the people who copy it', () => {
    const comments = read(file).split('\n').filter((line) => /^\s*#/.test(line));
    expect(comments.length).toBeGreaterThan(10);
  });
});

describe('workflows-examples/', () => {
  it('has the two callers and a README', () => {
    expect(exampleFiles).toEqual(['workflows-examples/release.yml', 'workflows-examples/update-tags.yml']);
    expect(existsSync(join(root, 'workflows-examples', 'README.md'))).toBe(true);
  });

  it('schedules update-tags in the caller', () => {
    const wf = workflow('workflows-examples/update-tags.yml');
    expect(wf.on.schedule).toEqual([{ cron: expect.stringMatching(/^\S+ \S+ \* \* \*$/) }]);
  });
});

// ---------------------------------------------------------------------------------------------------
// prel's own CI

describe('.github/workflows/ci.yml', () => {
  const wf = workflow('.github/workflows/ci.yml');
  const scripts = (id: string) => (wf.jobs[id]?.steps ?? []).map((step) => step.run ?? '').join('\n');

  it('runs on push and pull_request', () => {
    expect(wf.on).toHaveProperty('push');
    expect(wf.on).toHaveProperty('pull_request');
  });

  it('builds and fails on a stale dist/', () => {
    expect(scripts('build')).toMatch(/npm ci/);
    expect(scripts('build')).toMatch(/npm run build/);
    expect(scripts('build')).toMatch(/git diff --exit-code .*-- dist/);
  });

  it('typechecks, checks the READMEs, and guards node24 in every action', () => {
    expect(scripts('lint')).toMatch(/npm run lint/);
    expect(scripts('lint')).toMatch(/npm run docs:check/);
    expect(scripts('lint')).toMatch(/actions\/\*\/action\.yml/);
    expect(scripts('lint')).toMatch(/node24/);
  });

  it('installs the Debian packages with sudo, then runs .ci/run', () => {
    expect(scripts('test')).toMatch(/sudo .*apt-get install .*docker-registry/);
    expect(scripts('test')).toMatch(/bash \.ci\/run/);
  });
});


// ---------------------------------------------------------------------------------------------------
// prel's own release (issue 12)

describe('.github/workflows/prel-release.yml', () => {
  const file = '.github/workflows/prel-release.yml';
  const wf = workflow(file);
  const steps = wf.jobs.release?.steps ?? [];
  const script = (name: RegExp) => steps.find((step) => name.test(step.name ?? ''))?.run ?? '';
  const version = steps.find((step) => step.id === 'version')!;

  it('runs on a vX.Y.Z tag push only, with write access in its one job', () => {
    expect(wf.on).toEqual({ push: { tags: ['v[0-9]+.[0-9]+.[0-9]+*'] } });
    expect(wf.permissions).toEqual({ contents: 'read' });
    expect(wf.jobs.release?.permissions).toEqual({ contents: 'write' });
  });

  it('fails on a stale dist/ before it releases anything', () => {
    const order = steps.map((step) => step.run ?? step.uses ?? '');
    const build = order.findIndex((run) => /npm run build/.test(run));
    const check = order.findIndex((run) => /git diff --exit-code .*-- dist/.test(run));
    const release = order.findIndex((run) => /gh release create/.test(run));
    expect(build).toBeGreaterThan(0);
    expect(check).toBeGreaterThan(build);
    expect(release).toBeGreaterThan(check);
  });

  it('creates the release for the pushed tag and moves the major tag, not for a prerelease', () => {
    expect(script(/Create the GitHub release/)).toMatch(/--verify-tag/);
    expect(script(/Create the GitHub release/)).toMatch(/gh release create "\$TAG"/);
    const move = steps.find((step) => /Move the major tag/.test(step.name ?? ''))!;
    expect(move.if).toBe("steps.version.outputs.prerelease == 'false'");
    expect(move.run).toMatch(/git\/refs\/tags\/\$MAJOR/);
  });

  describe('the version step', () => {
    const runVersion = (tag: string, packageVersion: string, changelog: string) => {
      const dir = mkdtempSync(join(tmpdir(), 'prel-version-'));
      try {
        writeFileSync(join(dir, 'package.json'), JSON.stringify({ version: packageVersion }));
        writeFileSync(join(dir, 'CHANGELOG.md'), changelog);
        const output = join(dir, 'output');
        const result = spawnSync('bash', ['-e', '-c', version.run!], { cwd: dir, env: { PATH: process.env.PATH, GITHUB_OUTPUT: output, RUNNER_TEMP: dir, TAG: tag }, encoding: 'utf8' });
        const outputs: Record<string, string> = existsSync(output) ? Object.fromEntries(readFileSync(output, 'utf8').trim().split('\n').map((line) => line.split(/=(.*)/s).slice(0, 2))) : {};
        const notes = outputs.notes && existsSync(outputs.notes) ? readFileSync(outputs.notes, 'utf8') : '';
        return { status: result.status, stdout: result.stdout, outputs, notes };
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    };
    const changelog = '# Changelog\n\n## [Unreleased]\n- next\n\n## [1.2.0] - 2026-12-01\n### Added\n- proxies\n\n## [1.1.0]\n- older\n';

    it('reads the tag from env:', () => {
      expect(Object.keys(version.env ?? {})).toEqual(['TAG']);
    });

    it('gives the major tag and the notes of that version', () => {
      const result = runVersion('v1.2.0', '1.2.0', changelog);
      expect(result.status).toBe(0);
      expect(result.outputs).toMatchObject({ major: 'v1', prerelease: 'false' });
      expect(result.notes).toBe('### Added\n- proxies\n\n');
    });

    it('marks a prerelease', () => {
      expect(runVersion('v2.0.0-rc.1', '2.0.0-rc.1', '## [2.0.0-rc.1]\n- soon\n').outputs).toMatchObject({ major: 'v2', prerelease: 'true' });
    });

    it.each([
      ['v1.2', '1.2.0', changelog, /is not vX\.Y\.Z/],
      ['v1.3.0', '1.2.0', changelog, /package\.json says 1\.2\.0/],
      ['v1.3.0', '1.3.0', changelog, /no '## \[1\.3\.0\]' section/],
    ])('refuses %s (package.json %s)', (tag, packageVersion, text, message) => {
      const result = runVersion(tag, packageVersion, text);
      expect(result.status).not.toBe(0);
      expect(result.stdout).toMatch(/^::error /m);
      expect(result.stdout).toMatch(message);
    });
  });

  it('comes with LICENSE, CHANGELOG.md, .gitattributes and dependabot.yml', () => {
    expect(read('LICENSE')).toMatch(/^MIT License/);
    expect(JSON.parse(read('package.json')).license).toBe('MIT');
    expect(read('CHANGELOG.md')).toMatch(/^## \[Unreleased\]$/m);
    expect(read('.gitattributes')).toMatch(/^dist\/\*\* linguist-generated=true$/m);
    const dependabot = parse(read('.github/dependabot.yml')) as { updates: { 'package-ecosystem': string }[] };
    expect(dependabot.updates.map((u) => u['package-ecosystem']).sort()).toEqual(['github-actions', 'npm']);
  });
});
