// Error types that separate user mistakes (one clear line) from bugs (message + stack in debug).

/** A mistake the user can fix: bad input, bad file, rejected credentials. Reported as one line, no stack. */
export class ConfigurationError extends Error {
  /** File and 1-based line the problem is in, for annotations. */
  readonly file?: string;
  readonly line?: number;
  constructor(message: string, where?: { file?: string; line?: number }) {
    super(message);
    this.name = 'ConfigurationError';
    this.file = where?.file;
    this.line = where?.line;
  }
}

/** Any thrown value as a message, without assuming it is an Error. */
export function errorMessage(err: unknown): string {
  if (err instanceof AggregateError) {
    return [err.message, ...err.errors.map(errorMessage)].filter(Boolean).join('; ');
  }
  if (err instanceof Error) return err.message;
  return String(err);
}

/**
 * `message` without a leading `name: ` that the line it goes into says already. With `orTail`, also
 * without a leading last part of `name` (`… : blob sha256:…` → `blob sha256:…: `).
 */
export function withoutName(message: string, name: string, orTail = false): string {
  for (let tail = name; tail; tail = orTail && tail.includes(': ') ? tail.slice(tail.indexOf(': ') + 2) : '') {
    if (message.startsWith(`${tail}: `)) return message.slice(tail.length + 2);
  }
  return message;
}

/** Longest piece of user text a message echoes: a 5 MB value must not become a 5 MB log line. */
export const MAX_ECHO = 100;

/** User text cut to a readable length, saying how long it really was. */
export function shortText(text: string, max = MAX_ECHO): string {
  return text.length <= max ? text : `${text.slice(0, max)}… (${text.length} characters)`;
}

/**
 * User text quoted for a message: 'v1.0' normally; JSON-quoted ("v1.0 ", "a\tb") when white space at an
 * edge or a control character would otherwise be invisible or garble the line; cut when long.
 */
export function quoteText(text: string, max = MAX_ECHO): string {
  const cut = text.length <= max ? text : text.slice(0, max);
  const more = text.length <= max ? '' : `… (${text.length} characters)`;
  // eslint-disable-next-line no-control-regex
  const visible = !/^\s|\s$|[\x00-\x1f\x7f\u2028\u2029]/.test(cut) && !cut.includes("'");
  return `${visible ? `'${cut}'` : JSON.stringify(cut)}${more}`;
}
