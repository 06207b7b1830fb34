// Parses WWW-Authenticate challenges (RFC 7235): quoted values may hold commas and escaped quotes.

export interface Challenge {
  scheme: string; // lower-cased: 'basic' | 'bearer' | …
  params: Record<string, string>; // keys lower-cased
}

export function parseChallenges(header: string): Challenge[] {
  const challenges: Challenge[] = [];
  let i = 0;
  const skipSpace = () => {
    while (i < header.length && (header[i] === ' ' || header[i] === '\t')) i++;
  };
  const readToken = () => {
    const start = i;
    while (i < header.length && /[!#$%&'*+\-.^_`|~0-9A-Za-z/]/.test(header[i])) i++;
    return header.slice(start, i);
  };
  while (i < header.length) {
    skipSpace();
    if (header[i] === ',') {
      i++;
      continue;
    }
    const scheme = readToken();
    if (!scheme) break;
    const challenge: Challenge = { scheme: scheme.toLowerCase(), params: {} };
    challenges.push(challenge);
    // auth-params until the next scheme (a token not followed by '=')
    for (;;) {
      skipSpace();
      const save = i;
      const key = readToken();
      skipSpace();
      if (!key || header[i] !== '=') {
        i = save;
        break;
      }
      i++; // '='
      skipSpace();
      let value = '';
      if (header[i] === '"') {
        i++;
        while (i < header.length && header[i] !== '"') {
          if (header[i] === '\\' && i + 1 < header.length) i++;
          value += header[i++];
        }
        i++; // closing quote
      } else {
        // Unquoted values should be tokens, but some servers send bare URLs: read up to the next comma.
        const start = i;
        while (i < header.length && header[i] !== ',' && header[i] !== ' ' && header[i] !== '\t') i++;
        value = header.slice(start, i);
      }
      challenge.params[key.toLowerCase()] = value;
      skipSpace();
      if (header[i] === ',') i++;
    }
  }
  return challenges;
}
