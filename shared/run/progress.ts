// Progress you can follow in a log: images done/total, bytes moved and rate, every few seconds.
import type { Logger } from '../action/logger.js';

export function formatBytes(bytes: number): string {
  const units = ['B', 'KB', 'MB', 'GB', 'TB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit++;
  }
  return `${value.toFixed(unit === 0 ? 0 : 1)} ${units[unit]}`;
}

export function formatDuration(ms: number): string {
  const seconds = ms / 1000;
  if (seconds < 60) return `${seconds.toFixed(1)}s`;
  return `${Math.floor(seconds / 60)}m${Math.round(seconds % 60)}s`;
}

export class Progress {
  private imagesDone = 0;
  private bytesDone = 0;
  private readonly started = Date.now();
  private timer?: NodeJS.Timeout;
  private tty = false;

  constructor(
    private readonly logger: Logger,
    private readonly label: string,
    private readonly imagesTotal = 0,
  ) {}

  /**
   * Prints a line every `intervalMs` (PREL_PROGRESS_INTERVAL_MS overrides; 0 turns it off) until stop().
   * On a terminal (the CLI sets PREL_PROGRESS_TTY) it is one line on stderr, redrawn every second.
   */
  start(intervalMs = Number(process.env.PREL_PROGRESS_INTERVAL_MS ?? 5000)): void {
    if (intervalMs <= 0) return;
    this.tty = process.env.PREL_PROGRESS_TTY === '1' && process.stderr.isTTY === true;
    const tick = this.tty ? () => process.stderr.write(`\r\x1b[K${this.line()}`) : () => this.logger.info(this.line());
    this.timer = setInterval(tick, this.tty ? Math.min(intervalMs, 1000) : intervalMs);
    this.timer.unref();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    if (this.tty) process.stderr.write('\r\x1b[K');
    this.timer = undefined;
  }

  addBytes(n: number): void {
    this.bytesDone += n;
  }

  imageDone(): void {
    this.imagesDone++;
  }

  get bytes(): number {
    return this.bytesDone;
  }

  get elapsedMs(): number {
    return Date.now() - this.started;
  }

  line(): string {
    const seconds = Math.max(this.elapsedMs / 1000, 0.001);
    // No byte total: blobs found in the target or mounted never move, so any total would overstate the work.
    return `${this.label}: ${this.imagesDone}/${this.imagesTotal} images, ${formatBytes(this.bytesDone)} moved, ${formatBytes(this.bytesDone / seconds)}/s, ${formatDuration(this.elapsedMs)}`;
  }
}
