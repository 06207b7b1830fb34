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
