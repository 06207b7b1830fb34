// The contract every action.yml keeps (SPEC section 2, actions-style §3): it parses, runs the committed
// bundle on node24, uses kebab-case ids with descriptions and string defaults, declares exactly the
// inputs its code reads, and its README tables are current.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

const EXPECTED_ACTIONS = [
  'resolve-tags',
  'collect-charts',
  'list-images',
  'build-release-image',
  'sync-images',
  'pack-registry',
  'assemble-bundle',
];

const KEBAB_CASE = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;

interface ActionMetadata {
  name?: unknown;
  description?: unknown;
  inputs?: Record<string, { description?: unknown; required?: unknown; default?: unknown } | null>;
  outputs?: Record<string, { description?: unknown } | null>;
  runs?: { using?: unknown; main?: unknown };
}

const actionNames = readdirSync(join(root, 'actions'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && existsSync(join(root, 'actions', entry.name, 'action.yml')))
  .map((entry) => entry.name)
  .sort();

function readMetadata(name: string): ActionMetadata {
  return parse(readFileSync(join(root, 'actions', name, 'action.yml'), 'utf8')) as ActionMetadata;
}

/** The shared parse helpers whose first argument is an input id. */
const INPUT_READERS = /\b(?:get[A-Za-z]*Input|parseShard|parseRegistryInput|parsePlatforms)\(\s*(['"`])([^'"`]+)\1/g;

/** Input ids an action's inputs.ts reads: string literals passed first to the input helpers. */
function inputIdsReadBy(source: string): Set<string> {
  return new Set([...source.matchAll(INPUT_READERS)].map((match) => match[2]));
}

describe('every action has metadata', () => {
  it('has all seven actions', () => {
    expect(actionNames).toEqual([...EXPECTED_ACTIONS].sort());
  });
});

describe.each(actionNames)('actions/%s/action.yml', (name) => {
  const metadata = readMetadata(name);
  const inputs = Object.entries(metadata.inputs ?? {});
  const outputs = Object.entries(metadata.outputs ?? {});

  it('is named and described', () => {
    expect(metadata.name).toBe(`prel ${name}`);
    expect(typeof metadata.description).toBe('string');
    expect(String(metadata.description).trim()).not.toBe('');
  });

  it('runs the committed bundle entry on node24', () => {
    expect(metadata.runs?.using).toBe('node24');
    expect(metadata.runs?.main).toBe(`../../dist/${name}/index.js`);
    expect(existsSync(join(root, 'dist', name, 'index.js')), `dist/${name}/index.js is missing: run npm run build`).toBe(true);
  });

  it('uses kebab-case ids', () => {
    for (const [id] of [...inputs, ...outputs]) expect(id, `id '${id}'`).toMatch(KEBAB_CASE);
  });

  it('describes every input and output', () => {
    for (const [id, spec] of [...inputs, ...outputs]) {
      expect(typeof spec?.description, `description of '${id}'`).toBe('string');
      expect(String(spec?.description).trim(), `description of '${id}'`).not.toBe('');
    }
  });

  it('gives defaults as strings and required as a boolean', () => {
    for (const [id, spec] of inputs) {
      if (spec && 'default' in spec) expect(typeof spec.default, `default of '${id}'`).toBe('string');
      if (spec && 'required' in spec) expect(typeof spec.required, `required of '${id}'`).toBe('boolean');
    }
  });

  it('has a job-summary switch that is on by default', () => {
    expect(metadata.inputs?.['job-summary']?.default).toBe('true');
  });

  // Actions not built yet have no inputs.ts: they read nothing, so there is nothing to compare.
  const inputsFile = join(root, 'actions', name, 'src', 'inputs.ts');
  if (existsSync(inputsFile)) it('declares exactly the inputs its code reads', () => {
    const read = inputIdsReadBy(readFileSync(inputsFile, 'utf8'));
    // Nothing found means the code stopped passing literals; this check would then prove nothing.
    expect(read.size, `no input ids found in actions/${name}/src/inputs.ts`).toBeGreaterThan(0);
    expect([...read].sort()).toEqual(inputs.map(([id]) => id).sort());
  });
});

describe('the root action.yml', () => {
  it('is a stub that points to the seven actions and fails', () => {
    const metadata = parse(readFileSync(join(root, 'action.yml'), 'utf8')) as {
      runs: { using: string; steps: { run: string; shell: string }[] };
    };
    expect(metadata.runs.using).toBe('composite');
    const [step] = metadata.runs.steps;
    expect(step.shell).toBe('bash');
    expect(step.run).toContain('::error::');
    expect(step.run).toMatch(/exit 1/);
    for (const name of EXPECTED_ACTIONS) expect(step.run).toContain(name);
  });
});

describe('the action READMEs', () => {
  it('exist for every action', () => {
    for (const name of actionNames) expect(existsSync(join(root, 'actions', name, 'README.md')), `actions/${name}/README.md`).toBe(true);
  });

  it('have current input and output tables (npm run docs)', () => {
    // execFileSync throws with the script's stderr (naming the stale files) when it exits non-zero.
    expect(() =>
      execFileSync(process.execPath, [join(root, 'scripts', 'action-docs.mjs'), '--check'], { cwd: root, stdio: 'pipe' }),
    ).not.toThrow();
  });
});

describe('reading input ids from code', () => {
  it('finds literals passed first to the input helpers, and nothing else', () => {
    const source = `
      a: getOptionalInput('source-registry'),
      b: parseRegistryInput('target-registry', getRequiredInput("target-registry")),
      c: parsePlatforms('platforms', getListInput('platforms')),
      d: parseShard('shard', getOptionalInput('shard')),
      e: getIntInput('concurrency', 8, { min: 1 }),
      f: getInputs(), describe('not-an-input'),
    `;
    expect([...inputIdsReadBy(source)].sort()).toEqual(['concurrency', 'platforms', 'shard', 'source-registry', 'target-registry']);
  });
});
