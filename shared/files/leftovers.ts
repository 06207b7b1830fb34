// What a killed run (SIGKILL, a lost runner) leaves behind and a later run clears: partial archives and
// blob spools named with the pid of the process that wrote them. Only files of processes that are gone
// are touched, so two runs side by side never remove each other's work.
import { readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';

/** True while a process with this pid runs on this machine. */
export function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** `.<name>.<pid>.partial`: the temp name an archive is written under until it is complete. */
export function partialName(name: string, pid = process.pid): string {
  return `.${name}.${pid}.partial`;
}

/** Removes partial files of `name` in `dir` whose writer is gone. */
export async function removeDeadPartials(dir: string, name: string): Promise<void> {
  const prefix = `.${name}.`;
  let entries: string[];
  try {
    entries = await readdir(dir);
  } catch {
    return;
  }
  for (const entry of entries) {
    if (!entry.startsWith(prefix) || !entry.endsWith('.partial')) continue;
    const pid = Number(entry.slice(prefix.length, -'.partial'.length));
    if (Number.isInteger(pid) && pid > 0 && pid !== process.pid && !isProcessAlive(pid)) await rm(join(dir, entry), { force: true });
  }
}
