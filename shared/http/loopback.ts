// Whether a host is this machine: loopback hosts are reached over plain http (registries, downloads).

function hostWithoutPort(host: string): string {
  if (host.startsWith('[')) return host.slice(0, host.indexOf(']') + 1);
  return host.split(':')[0];
}

/** `localhost` (and `*.localhost`), `127.0.0.0/8` or `[::1]`, with or without a port. */
export function isLoopback(host: string): boolean {
  const name = hostWithoutPort(host).toLowerCase();
  return (
    name === 'localhost' || name.endsWith('.localhost') || name === '[::1]' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(name)
  );
}
