// The logging interface the library writes through, so shared code never depends on where logs go.
import * as core from '@actions/core';

export interface Logger {
  info(message: string): void;
  warning(message: string, where?: { file?: string; line?: number }): void;
  error(message: string, where?: { file?: string; line?: number }): void;
  debug(message: string): void;
  /** Hides a secret (a password, a derived token) from every later log line. */
  secret(value: string): void;
  /** Runs one phase of the work inside a collapsible log group. */
  group<T>(name: string, fn: () => Promise<T>): Promise<T>;
}

function annotation(where?: { file?: string; line?: number }): core.AnnotationProperties | undefined {
  if (!where?.file) return undefined;
  return { file: where.file, startLine: where.line };
}

/** Logs through @actions/core: workflow commands on a runner, plain lines elsewhere. */
export const actionsLogger: Logger = {
  info: (message) => core.info(message),
  warning: (message, where) => core.warning(message, annotation(where)),
  error: (message, where) => core.error(message, annotation(where)),
  debug: (message) => core.debug(message),
  secret: (value) => core.setSecret(value),
  group: (name, fn) => core.group(name, fn),
};

/** Discards everything: for library calls whose caller does not want logs. */
export const silentLogger: Logger = {
  info: () => {},
  warning: () => {},
  error: () => {},
  debug: () => {},
  secret: () => {},
  group: (_name, fn) => fn(),
};
