// Spawns a server process that dies with the test process, even when the test worker is killed without cleanup.
import { spawn, type ChildProcess } from 'node:child_process';

/*
 * Node has no PR_SET_PDEATHSIG, so a tiny sh wrapper plays watchdog: it runs the program in the background and a
 * second background job blocks reading the wrapper's stdin, a pipe whose write end only this process holds. When
 * this process exits for any reason (even SIGKILL) the pipe hits EOF and the program is killed. SIGTERM to the
 * wrapper is forwarded too. fd 3 is needed because sh gives background jobs /dev/null as stdin.
 */
const WATCHDOG = [
  'exec 3<&0',
  '"$0" "$@" </dev/null &',
  'pid=$!',
  'trap \'kill $pid 2>/dev/null\' TERM INT HUP',
  '{ read -r _ <&3; kill $pid 2>/dev/null; } &',
  'watcher=$!',
  'wait $pid',
  'wait $pid 2>/dev/null', // again, in case a trapped signal interrupted the first wait
  'kill $watcher 2>/dev/null',
].join('\n');

/** Like spawn(bin, args) with stdout ignored and stderr piped; stdin is reserved for the watchdog. */
export function spawnWatched(bin: string, args: string[]): ChildProcess {
  return spawn('/bin/sh', ['-c', WATCHDOG, bin, ...args], { stdio: ['pipe', 'ignore', 'pipe'] });
}

function waitExit(child: ChildProcess, ms: number): Promise<boolean> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(true);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), ms);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve(true);
    });
  });
}

/** Closes the watchdog pipe and sends SIGTERM, escalating to SIGKILL; bounded to about 7 s. */
export async function stopWatched(child: ChildProcess): Promise<void> {
  child.stdin?.destroy();
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill('SIGTERM');
  if (await waitExit(child, 5000)) return;
  child.kill('SIGKILL');
  await waitExit(child, 2000);
}
