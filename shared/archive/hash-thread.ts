// sha256 of a sequence of buffers on a worker thread, so hashing a large archive runs on a second core while
// the main thread reads, frames and writes the next pieces. Buffers on a SharedArrayBuffer are hashed in place;
// others are copied over. Each update resolves once its bytes are hashed: only then may they be reused.
import { Worker } from 'node:worker_threads';

const SOURCE = `
const { parentPort } = require('node:worker_threads');
const hash = require('node:crypto').createHash('sha256');
parentPort.on('message', (message) => {
  if (message.parts) {
    for (const part of message.parts) hash.update(part);
    parentPort.postMessage({ id: message.id });
  } else {
    parentPort.postMessage({ id: message.id, digest: hash.digest('hex') });
  }
});
`;

type Reply = { id: number; digest?: string };

export class HashThread {
  private readonly worker = new Worker(SOURCE, { eval: true });
  private readonly waiting = new Map<number, { resolve: (reply: Reply) => void; reject: (err: Error) => void }>();
  private failure?: Error;
  private next = 0;

  constructor() {
    this.worker.on('message', (reply: Reply) => {
      this.waiting.get(reply.id)?.resolve(reply);
      this.waiting.delete(reply.id);
    });
    const fail = (err: Error) => {
      this.failure ??= err;
      for (const { reject } of this.waiting.values()) reject(this.failure);
      this.waiting.clear();
    };
    this.worker.on('error', fail);
    this.worker.on('exit', () => fail(new Error('the hashing thread stopped')));
  }

  /** Hashes the parts after everything sent before; resolves when done with them. */
  async update(parts: readonly Buffer[]): Promise<void> {
    const views = parts.map((part) => (part.buffer instanceof SharedArrayBuffer ? part : new Uint8Array(part)));
    await this.ask({ parts: views });
  }

  async digest(): Promise<string> {
    return (await this.ask({})).digest!;
  }

  async close(): Promise<void> {
    this.worker.removeAllListeners('exit');
    await this.worker.terminate();
  }

  private ask(message: { parts?: Uint8Array[] }): Promise<Reply> {
    if (this.failure) return Promise.reject(this.failure);
    const id = this.next++;
    return new Promise<Reply>((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      this.worker.postMessage({ id, ...message });
    });
  }
}
