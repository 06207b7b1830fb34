// Turns the workflow commands @actions/core prints (::group::, ::warning::, ::add-mask::…) into plain
// text for a terminal, so the CLI runs the same code as the action but reads like a CLI.
// Mask commands are dropped: on a runner they hide secrets; on a terminal they would print them.

const COMMAND = /^::([a-z-]+)(?: [^:]*)?::(.*)$/;

/** Rewrites one line; undefined drops it. */
export function plainLine(line: string, verbose: boolean): string | undefined {
  const match = COMMAND.exec(line);
  if (!match) return line;
  const [, command, message] = match;
  switch (command) {
    case 'group':
      return `▸ ${message}`;
    case 'endgroup':
      return undefined;
    case 'warning':
      return `warning: ${message}`;
    case 'error':
      return `error: ${message}`;
    case 'notice':
      return `notice: ${message}`;
    case 'debug':
      return verbose ? `debug: ${message}` : undefined;
    default:
      // add-mask, set-output, save-state, echo…: runner plumbing, nothing for a person.
      return undefined;
  }
}

/** Errors go to stderr, like the CLI's own usage errors, so `prel … > out` still shows them. */
function isError(line: string): boolean {
  return COMMAND.exec(line)?.[1] === 'error';
}

/** Filters process.stdout line by line until the returned function is called. */
export function plainStdout(verbose: boolean): () => void {
  const write = process.stdout.write.bind(process.stdout);
  let pending = '';
  process.stdout.write = ((chunk: string | Uint8Array, ...rest: unknown[]) => {
    pending += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
    const lines = pending.split('\n');
    pending = lines.pop() ?? '';
    for (const line of lines.filter(isError)) process.stderr.write(`${plainLine(line, verbose)}\n`);
    const out = lines.filter((l) => !isError(l)).map((l) => plainLine(l, verbose)).filter((l): l is string => l !== undefined);
    const callback = rest.find((r) => typeof r === 'function') as (() => void) | undefined;
    if (out.length) return write(`${out.join('\n')}\n`, callback);
    callback?.();
    return true;
  }) as typeof process.stdout.write;
  return () => {
    if (pending) {
      const line = plainLine(pending, verbose);
      if (line !== undefined) (isError(pending) ? process.stderr : { write }).write(line);
    }
    process.stdout.write = write;
  };
}
