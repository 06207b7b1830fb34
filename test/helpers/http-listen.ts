// Listens a node:http server on 127.0.0.1 and gives a close() that also ends keep-alive sockets.
import type http from 'node:http';
import type net from 'node:net';

export interface Listening {
  port: number;
  /** Stops accepting, destroys every open socket (idle or busy) and resolves once the server is closed. Idempotent. */
  close(): Promise<void>;
}

/** Port 0 lets the kernel choose, so there is no free-port race for in-process servers. */
export async function listenLoopback(server: http.Server): Promise<Listening> {
  const sockets = new Set<net.Socket>();
  server.on('connection', (s) => {
    sockets.add(s);
    s.once('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const addr = server.address();
  if (!addr || typeof addr === 'string') throw new Error('server has no TCP address');
  let closing: Promise<void> | undefined;
  return {
    port: addr.port,
    close() {
      closing ??= new Promise<void>((resolve) => {
        server.close(() => resolve());
        // Why: server.close() alone waits for keep-alive clients to hang up, which may be never.
        for (const s of sockets) s.destroy();
        server.closeAllConnections();
      });
      return closing;
    },
  };
}
