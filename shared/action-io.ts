// What every action does at its edges: one error boundary, outputs, and the job summary.
import * as core from '@actions/core';
import { appendFile } from 'node:fs/promises';
import { ConfigurationError, errorMessage } from './errors.js';

/**
 * The one error boundary of an action. A ConfigurationError is one clear line (with a file annotation
 * when it has one); anything else is a bug, so its stack goes to the debug log.
 */
export async function runAction(body: () => Promise<void>): Promise<void> {
  try {
    await body();
  } catch (err) {
    if (err instanceof ConfigurationError) {
      // One line: the failure itself carries the file annotation (setFailed would print a second one).
      process.exitCode = 1;
      core.error(err.message, err.file ? { file: err.file, startLine: err.line } : undefined);
      return;
    }
    core.setFailed(errorMessage(err));
    if (err instanceof Error && err.stack) core.debug(err.stack);
  }
}

/**
 * Sets outputs. Outside a runner (no GITHUB_OUTPUT) they are printed as name=value lines, so the
 * action can be run and scripted locally.
 */
export function setOutputs(outputs: Record<string, string | number | boolean>): void {
  for (const [name, value] of Object.entries(outputs)) {
    if (process.env.GITHUB_OUTPUT) core.setOutput(name, String(value));
    else process.stdout.write(`${plainOutput(name, String(value), process.env.PREL_OUTPUT_JSON === '1')}\n`);
  }
}

/**
 * One output as the prel command prints it: `name=value`; a `*-json` output (often kilobytes on one
 * line) only as a count unless `--json` asked for it.
 */
export function plainOutput(name: string, value: string, json: boolean): string {
  if (!name.endsWith('-json') || json) return `${name}=${value.replace(/\n/g, '\\n')}`;
  let size: string;
  try {
    const parsed: unknown = JSON.parse(value);
    size = Array.isArray(parsed) ? `${parsed.length} ${parsed.length === 1 ? 'entry' : 'entries'}` : `${value.length} bytes of JSON`;
  } catch {
    size = `${value.length} bytes`;
  }
  return `${name}: ${size} (--json prints it)`;
}

export type SummaryRow = (string | number)[];

/** Writes a heading, a table and optional lines to the job summary; skipped quietly off a runner. */
export async function writeSummary(
  enabled: boolean,
  heading: string,
  header: string[],
  rows: SummaryRow[],
  notes: string[] = [],
): Promise<void> {
  const file = process.env.GITHUB_STEP_SUMMARY;
  if (!enabled || !file) return;
  // core.summary remembers the first file it wrote to; appending ourselves follows the variable.
  const summary = core.summary.emptyBuffer().addHeading(heading, 3);
  summary.addTable([header.map((data) => ({ data, header: true })), ...rows.map((row) => row.map(String))]);
  for (const note of notes) summary.addRaw(`<p>${note}</p>`, true);
  await appendFile(file, summary.stringify());
  summary.emptyBuffer();
}
