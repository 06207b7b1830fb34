// Command-line options the benches share: strict parseArgs plus -h/--help, usage errors (the message, then the help
// text, exit 2) and the checks of option values.
import { parseArgs, type ParseArgsConfig, type ParseArgsOptionsConfig } from 'node:util';

type Values<O extends ParseArgsOptionsConfig> = ReturnType<typeof parseArgs<{ options: O; strict: true; allowPositionals: false }>>['values'];

export interface BenchOptions<O extends ParseArgsOptionsConfig> {
  values: Values<O>;
  /** Prints `<bench>: message`, a blank line and the help text to stderr, then exits 2. */
  usageError(message: string): never;
  /** `text` as an integer from min to max, else a usage error naming --name. */
  int(name: string, text: string, min: number, max: number): number;
  /** `text` if it is one of `choices`, else a usage error naming --name. */
  oneOf<const C extends readonly string[]>(name: string, text: string, choices: C): C[number];
}

/**
 * Parses process.argv against `options` (no positionals, unknown options refused) and `-h`/`--help`, which prints
 * `help` and exits 0. `bench` prefixes the usage errors, e.g. 'pack-bench'.
 */
export function parseBenchOptions<O extends ParseArgsOptionsConfig>(bench: string, help: string, options: O): BenchOptions<O> {
  const usageError = (message: string): never => {
    process.stderr.write(`${bench}: ${message}\n\n${help}`);
    process.exit(2);
  };
  const config: ParseArgsConfig = {
    options: { ...options, help: { type: 'boolean', short: 'h', default: false } },
    strict: true,
    allowPositionals: false,
  };
  let values;
  try {
    ({ values } = parseArgs(config));
  } catch (err) {
    return usageError((err as Error).message);
  }
  if (values.help) {
    process.stdout.write(help);
    process.exit(0);
  }
  return {
    values: values as Values<O>,
    usageError,
    int(name, text, min, max) {
      const n = Number(text);
      if (!Number.isInteger(n) || n < min || n > max) usageError(`--${name} must be an integer from ${min} to ${max}, got '${text}'`);
      return n;
    },
    oneOf(name, text, choices) {
      if (!choices.includes(text)) {
        const list = choices.length > 1 ? `${choices.slice(0, -1).join(', ')} or ${choices[choices.length - 1]}` : choices.join('');
        usageError(`--${name} must be ${list}, got '${text}'`);
      }
      return text;
    },
  };
}
