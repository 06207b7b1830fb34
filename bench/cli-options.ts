// Command-line options the benches share: strict parseArgs plus -h/--help, usage errors (the message, then the help
// text, exit 2) and the checks of option values.
import path from 'node:path';
import { parseArgs, type ParseArgsConfig, type ParseArgsOptionsConfig } from 'node:util';
import { ROOT } from './measure.js';

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

/** The options of a bench that packs the image set (bench/image-set.ts), with their defaults; spread into its own. */
export const IMAGE_SET_OPTIONS = {
  images: { type: 'string', default: '60' },
  scale: { type: 'string', default: '1' },
  rounds: { type: 'string', default: '3' },
  concurrency: { type: 'string', default: '8' },
  timeout: { type: 'string', default: '1200' },
  dist: { type: 'string', default: path.join(ROOT, 'dist') },
  json: { type: 'string' },
  'keep-logs': { type: 'boolean', default: false },
} as const satisfies ParseArgsOptionsConfig;

export interface ImageSetOptions {
  images: number;
  scale: number;
  rounds: number;
  concurrency: number;
  timeoutMs: number;
  dist: string;
  json?: string;
  keepLogs: boolean;
}

type ImageSetValues = { [K in Exclude<keyof typeof IMAGE_SET_OPTIONS, 'json' | 'keep-logs'>]: string } & { json?: string; 'keep-logs': boolean };

/** The checked values of IMAGE_SET_OPTIONS; a usage error names the option that is out of range. */
export function readImageSetOptions(values: ImageSetValues, options: Pick<BenchOptions<ParseArgsOptionsConfig>, 'int' | 'usageError'>): ImageSetOptions {
  const scale = Number(values.scale);
  if (!Number.isFinite(scale) || scale <= 0 || scale > 10) options.usageError(`--scale must be a number in (0, 10], got '${values.scale}'`);
  return {
    images: options.int('images', values.images, 1, 500),
    scale,
    rounds: options.int('rounds', values.rounds, 1, 15),
    concurrency: options.int('concurrency', values.concurrency, 1, 64),
    timeoutMs: options.int('timeout', values.timeout, 10, 7200) * 1000,
    dist: path.resolve(values.dist),
    json: values.json,
    keepLogs: values['keep-logs'],
  };
}
