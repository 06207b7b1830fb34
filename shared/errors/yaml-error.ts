// A YAML syntax error as one sentence and the place to look. The library reports an unclosed quote where
// the file ends and (with pretty errors) ends its message in `at line L, column C:` and a snippet; users
// need where the quoted text starts, and one line.
import type { YAMLError } from 'yaml';

export interface YamlErrorPlace {
  /** Offset in the text where the problem starts. */
  offset: number;
  message: string;
}

export function describeYamlError(error: YAMLError, text: string): YamlErrorPlace {
  const first = error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
  const quote = error.code === 'MISSING_CHAR' ? /^Missing closing (["'])quote/.exec(first)?.[1] : undefined;
  if (quote) {
    // No closing quote follows the opening one, so the last quote before the end is where it starts.
    const start = text.lastIndexOf(quote, error.pos[0] - 1);
    if (start >= 0) return { offset: start, message: `the ${quote}-quoted text that starts here is never closed` };
  }
  return { offset: error.pos[0], message: first };
}
