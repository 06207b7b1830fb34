// `prel <action> [--<input-id> value]…`: runs an action's own run() with its inputs taken from flags
// (defaults from action.yml, as the runner applies them), prints outputs as name=value lines and plain
// logs. `prel --help` and `prel <action> --help` are generated from the action.yml files.
import { listActions, readActionMetadata, type ActionMetadata } from './action-metadata.js';
import { plainStdout } from './plain-output.js';
import { workflowCommands } from './workflow-commands.js';
import { runVerifyBundle, VERIFY_BUNDLE_SUMMARY } from '../verify/verify-command.js';

export interface CliContext {
  /** The folder holding actions/<name>/action.yml. */
  actionsDir: string;
  actions: Record<string, () => Promise<void>>;
  version: string;
}

/** Commands beside the actions (`prel verify-bundle`): free-form arguments, an exit code. */
const COMMANDS: Record<string, { summary: string; run: (args: string[]) => Promise<number> }> = {
  'verify-bundle': { summary: VERIFY_BUNDLE_SUMMARY, run: (args) => runVerifyBundle(args, (line) => process.stdout.write(`${line}\n`)) },
};

function wrap(text: string, width: number, indent: string): string {
  const words = text.replace(/\s+/g, ' ').trim().split(' ');
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    if (line && line.length + word.length + 1 > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines.map((l) => indent + l).join('\n');
}

async function mainHelp(context: CliContext): Promise<string> {
  const names = await listActions(context.actionsDir);
  const rows = await Promise.all(names.map(async (n) => `  ${n.padEnd(22)}${(await readActionMetadata(context.actionsDir, n)).description}`));
  return [
    `prel ${context.version}: release packaging for offline delivery`,
    '',
    'Usage: prel <action> [--<input> <value>]…     run an action locally, as on a runner',
    '       prel <action> --help                   its inputs and outputs',
    '',
    'Actions:',
    ...rows,
    '',
    'Commands:',
    ...Object.entries(COMMANDS).map(([n, c]) => `  ${n.padEnd(22)}${c.summary}`),
    '',
    'Commands the reusable workflows run:',
    ...Object.values(workflowCommands).map(({ metadata }) => `  ${metadata.name.padEnd(22)}${metadata.description}`),
    '',
    'Outputs are printed as name=value lines (a *-json output as its size: --json prints it whole); the exit code is 0 on success. --verbose shows debug lines.',
  ].join('\n');
}

function actionHelp(meta: ActionMetadata): string {
  const inputs = meta.inputs.map((i) => {
    const flags = [i.required ? 'required' : '', i.default !== undefined && !i.default.includes('${{') ? `default: ${i.default}` : ''].filter(Boolean).join(', ');
    return `  --${i.id}${flags ? `  (${flags})` : ''}\n${wrap(i.description, 76, '      ')}`;
  });
  const outputs = meta.outputs.map((o) => `  ${o.id}\n${wrap(o.description, 76, '      ')}`);
  return [`prel ${meta.name}: ${meta.description}`, '', `Usage: prel ${meta.name} [--<input> <value>]…`, '', 'Inputs:', ...inputs, '', 'Outputs:', ...outputs].join('\n');
}

class UsageError extends Error {}

/** A true/false input (its action.yml default says so): the only kind a bare flag can set. */
function isSwitch(input: ActionMetadata['inputs'][number]): boolean {
  return input.default === 'true' || input.default === 'false';
}

/** `--id value`, `--id=value`; a true/false flag followed by another flag (or nothing) means 'true'. */
export function parseFlags(args: string[], meta: ActionMetadata): { values: Map<string, string>; verbose: boolean; help: boolean; json: boolean } {
  const known = new Map(meta.inputs.map((i) => [i.id, i]));
  const values = new Map<string, string>();
  let verbose = false;
  let help = false;
  let json = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--help' || arg === '-h') help = true;
    else if (arg === '--verbose') verbose = true;
    else if (arg === '--json' && !known.has('json')) json = true;
    else if (arg.startsWith('--')) {
      const eq = arg.indexOf('=');
      const id = arg.slice(2, eq < 0 ? undefined : eq);
      const input = known.get(id);
      if (!input) throw new UsageError(`${meta.name} has no input --${id} (see prel ${meta.name} --help)`);
      let value: string;
      if (eq >= 0) value = arg.slice(eq + 1);
      else if (i + 1 < args.length && !args[i + 1].startsWith('--')) value = args[++i];
      else if (isSwitch(input)) value = 'true';
      // A value-taking flag must not become the string 'true' (a list file named "true", an output called "true").
      else throw new UsageError(`--${id} needs a value`);
      // Repeating a flag adds a line: list inputs (images-file, files…) take one item per line.
      values.set(id, values.has(id) ? `${values.get(id)}\n${value}` : value);
    } else throw new UsageError(`unexpected argument '${arg}' (inputs are given as --<input> <value>)`);
  }
  return { values, verbose, help, json };
}

/** Runs the CLI; returns the exit code. */
export async function runCli(argv: string[], context: CliContext): Promise<number> {
  const [name, ...rest] = argv;
  try {
    if (!name || name === '--help' || name === '-h' || name === 'help') {
      process.stdout.write(`${await mainHelp(context)}\n`);
      return name ? 0 : 1;
    }
    if (name === '--version') {
      process.stdout.write(`${context.version}\n`);
      return 0;
    }
    const own = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
    if (own) return await own.run(rest);
    const command = Object.hasOwn(workflowCommands, name) ? workflowCommands[name] : undefined;
    const run = command?.run ?? context.actions[name];
    if (!run) throw new UsageError(`no action named '${name}' (see prel --help)`);
    const meta = command?.metadata ?? (await readActionMetadata(context.actionsDir, name));
    const { values, verbose, help, json } = parseFlags(rest, meta);
    if (help) {
      process.stdout.write(`${actionHelp(meta)}\n`);
      return 0;
    }
    for (const key of Object.keys(process.env)) if (key.startsWith('INPUT_')) delete process.env[key];
    for (const input of meta.inputs) {
      // Defaults as the runner applies them; expressions such as ${{ github.token }} only mean something there.
      const value = values.get(input.id) ?? (input.default?.includes('${{') ? undefined : input.default);
      if (value !== undefined) process.env[`INPUT_${input.id.toUpperCase()}`] = value;
    }
    // A workflow command in a workflow step answers the runner: outputs, summary, annotations.
    const onRunner = command !== undefined && process.env.GITHUB_ACTIONS === 'true';
    if (!onRunner) {
      delete process.env.GITHUB_OUTPUT;
      delete process.env.GITHUB_STEP_SUMMARY;
    }
    process.env.PREL_PROGRESS_TTY ??= '1';
    process.env.PREL_OUTPUT_JSON = json ? '1' : '0';
    const restore = onRunner ? () => {} : plainStdout(verbose);
    try {
      await run();
    } finally {
      restore();
    }
    return Number(process.exitCode ?? 0);
  } catch (err) {
    process.stderr.write(`prel: ${err instanceof Error ? err.message : String(err)}\n`);
    return 2;
  }
}
