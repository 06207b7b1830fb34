// Generates the Inputs and Outputs tables of each actions/<name>/README.md from its action.yml, between
// the `<!-- inputs:start -->`/`<!-- inputs:end -->` and `<!-- outputs:start -->`/`<!-- outputs:end -->`
// markers. `--check` writes nothing: it names the READMEs that are stale and exits 1.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Text safe inside a table cell: one line, pipes escaped. */
function cell(text) {
  return String(text ?? '')
    .replace(/\s*\r?\n\s*/g, ' ')
    .replace(/\|/g, '\\|')
    .trim();
}

/** A value shown as code, with a fence longer than any backtick run inside it. */
function code(value) {
  const text = cell(value);
  if (text === '') return '';
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${text}${pad}${fence}`;
}

/** One table row; an empty cell is a single space. */
function row(cells) {
  return `|${cells.map((text) => (text === '' ? ' ' : ` ${text} `)).join('|')}|`;
}

function inputsTable(inputs) {
  const rows = Object.entries(inputs ?? {}).map(([id, spec]) =>
    row([code(id), spec?.required === true ? 'yes' : 'no', code(spec?.default), cell(spec?.description)]),
  );
  if (rows.length === 0) return 'This action has no inputs.';
  return [row(['input', 'required', 'default', 'description']), row(['---', '---', '---', '---']), ...rows].join('\n');
}

function outputsTable(outputs) {
  const rows = Object.entries(outputs ?? {}).map(([id, spec]) => row([code(id), cell(spec?.description)]));
  if (rows.length === 0) return 'This action has no outputs.';
  return [row(['output', 'description']), row(['---', '---']), ...rows].join('\n');
}

/** Replaces what lies between the `<!-- <section>:start -->` and `<!-- <section>:end -->` markers. */
function replaceSection(text, section, body, file) {
  const start = `<!-- ${section}:start -->`;
  const end = `<!-- ${section}:end -->`;
  const from = text.indexOf(start);
  const to = text.indexOf(end, from);
  if (from < 0 || to < 0) throw new Error(`${file}: missing the markers ${start} and ${end}`);
  return `${text.slice(0, from + start.length)}\n${body}\n${text.slice(to)}`;
}

/** Every actions/<name>/ with an action.yml, and what its README should contain. */
function plan() {
  const actionsDir = join(root, 'actions');
  return readdirSync(actionsDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(actionsDir, entry.name, 'action.yml')))
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const metadata = parse(readFileSync(join(actionsDir, name, 'action.yml'), 'utf8'));
      const readme = join(actionsDir, name, 'README.md');
      const file = relative(root, readme);
      if (!existsSync(readme)) throw new Error(`${file}: missing (each action needs a README with the table markers)`);
      const current = readFileSync(readme, 'utf8');
      let wanted = replaceSection(current, 'inputs', inputsTable(metadata?.inputs), file);
      wanted = replaceSection(wanted, 'outputs', outputsTable(metadata?.outputs), file);
      return { file, readme, current, wanted };
    });
}

function main(args) {
  const check = args.includes('--check');
  const unknown = args.filter((arg) => arg !== '--check');
  if (unknown.length > 0) throw new Error(`unknown argument ${unknown.join(' ')}; usage: action-docs.mjs [--check]`);
  const stale = plan().filter((doc) => doc.current !== doc.wanted);
  if (check) {
    if (stale.length === 0) return;
    console.error(`Stale action docs (run npm run docs): ${stale.map((doc) => doc.file).join(', ')}`);
    process.exitCode = 1;
    return;
  }
  for (const doc of stale) writeFileSync(doc.readme, doc.wanted);
  console.log(stale.length === 0 ? 'action docs are current' : `updated ${stale.map((doc) => doc.file).join(', ')}`);
}

try {
  main(process.argv.slice(2));
} catch (err) {
  console.error(err instanceof Error ? err.message : String(err));
  process.exitCode = 1;
}
