// What every action does at its edges: one error boundary, outputs, and the job summary.
import * as core from '@actions/core';
import { appendFile } from 'node:fs/promises';
import { ConfigurationError, errorMessage } from '../errors/errors.js';
import { RunControl, RunStoppedError, isRunStopped, stopExitCode, type StopReason } from '../run/run-control.js';

/** How long a cancelled run may take to abort its requests and write its reports before it is cut off. */
const STOP_GRACE_MS = 20_000;

/**
 * The one error boundary of an action. A ConfigurationError is one clear line (with a file annotation
 * when it has one); anything else is a bug, so its stack goes to the debug log. It also owns the run's
 * stop switch: SIGTERM/SIGINT (a cancelled job) stop new work and end the run with 143/130 once what
 * was done is written; a second signal, or a run still busy after the grace time, exits at once. And no
 * run ends silently: if the event loop drains while the body is still pending (a promise nobody will
 * settle), that is reported as a bug naming the work in flight, instead of Node's bare exit 13.
 */
export async function runAction(body: (control: RunControl) => Promise<void>): Promise<void> {
  const control = new RunControl();
  let settled = false;
  const onSignal = (signal: StopReason) => {
    if (control.stopped) {
      core.error(`${signal} again: exiting now, without waiting for: ${control.describeInFlight()}`);
      process.exit(stopExitCode(signal));
    }
    core.warning(`Received ${signal}: stopping new work and aborting what is in flight (${control.describeInFlight(3)}).`);
    control.stop(signal);
    const grace = setTimeout(() => {
      core.error(`${control.stopMessage()}, but the run had not stopped ${STOP_GRACE_MS / 1000}s later; still in flight: ${control.describeInFlight()}`);
      process.exit(stopExitCode(signal));
    }, STOP_GRACE_MS);
    grace.unref();
  };
  const onTerm = () => onSignal('SIGTERM');
  const onInt = () => onSignal('SIGINT');
  const onBeforeExit = () => {
    if (settled) return;
    settled = true;
    core.error(`prel stopped with work unfinished and nothing left to wait for (a bug in prel: please report this line). In flight: ${control.describeInFlight()}`);
    process.exit(1);
  };
  process.on('SIGTERM', onTerm);
  process.on('SIGINT', onInt);
  process.on('beforeExit', onBeforeExit);
  try {
    await body(control);
  } catch (err) {
    if (control.stopped) {
      // The stop is the news; what it interrupted follows, unless that is the stop itself.
      const detail = err instanceof RunStoppedError ? (err.detail ? `: ${err.detail}` : '') : isRunStopped(err) ? '' : `: ${errorMessage(err)}`;
      core.error(`${control.stopMessage()}${detail}`);
    } else if (err instanceof ConfigurationError) {
      // One line: the failure itself carries the file annotation (setFailed would print a second one).
      process.exitCode = 1;
      core.error(err.message, err.file ? { file: err.file, startLine: err.line } : undefined);
    } else {
      core.setFailed(errorMessage(err));
      if (err instanceof Error && err.stack) core.debug(err.stack);
    }
  } finally {
    settled = true;
    control.clearDeadline();
    process.off('SIGTERM', onTerm);
    process.off('SIGINT', onInt);
    process.off('beforeExit', onBeforeExit);
    if (control.stopped) process.exitCode = stopExitCode(control.stopped);
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
