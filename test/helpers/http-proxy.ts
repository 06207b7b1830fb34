// A real forward proxy for the tests: Debian's tinyproxy on a free 127.0.0.1 port, with a temporary
// config and a log file that records every request it relays (plain `GET http://…` and `CONNECT`).
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { freePort } from './free-port.js';
import { spawnWatched, stopWatched } from './watched-process.js';

export interface TestProxy {
  /** `http://127.0.0.1:<port>`, for HTTP_PROXY / HTTPS_PROXY. */
  url: string;
  /** The request lines relayed so far, e.g. `GET http://127.0.0.1:5000/v2/ HTTP/1.1` or `CONNECT 127.0.0.1:443 HTTP/1.1`. */
  requests(): Promise<string[]>;
  stop(): Promise<void>;
}

const PORT_ATTEMPTS = 5;
const READY_POLLS = 100;
const READY_POLL_MS = 50;

function canConnect(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

export async function startProxy(): Promise<TestProxy> {
  const dir = await mkdtemp(join(tmpdir(), 'prel-proxy-'));
  const log = join(dir, 'tinyproxy.log');
  const config = join(dir, 'tinyproxy.conf');
  let stderr = '';
  try {
    for (let attempt = 1; attempt <= PORT_ATTEMPTS; attempt++) {
      const port = await freePort();
      // LogLevel Connect records each relayed request line; no ConnectPort line allows CONNECT to any port.
      await writeFile(config, [`Port ${port}`, 'Listen 127.0.0.1', 'Timeout 60', `LogFile "${log}"`, 'LogLevel Connect', 'MaxClients 64', 'Allow 127.0.0.1', 'DisableViaHeader Yes', ''].join('\n'));
      const child = spawnWatched('tinyproxy', ['-d', '-c', config]);
      child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
      for (let poll = 0; poll < READY_POLLS && child.exitCode === null; poll++) {
        if (await canConnect(port)) {
          let stopping: Promise<void> | undefined;
          return {
            url: `http://127.0.0.1:${port}`,
            async requests() {
              const text = await readFile(log, 'utf8').catch(() => '');
              return [...text.matchAll(/Request \(file descriptor \d+\): (.*)$/gm)].map((m) => m[1]!.trim());
            },
            stop() {
              stopping ??= stopWatched(child).then(() => rm(dir, { recursive: true, force: true }));
              return stopping;
            },
          };
        }
        await sleep(READY_POLL_MS);
      }
      await stopWatched(child);
      if (!/in use/i.test(stderr)) break;
    }
    throw new Error(`tinyproxy did not start; stderr:\n${stderr}`);
  } catch (err) {
    await rm(dir, { recursive: true, force: true });
    throw err;
  }
}
