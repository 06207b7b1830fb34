// Turning transfer results into counts, summary lines and the final verdict, the same for every action.
import { withoutName } from '../errors/errors.js';
import type { TransferResult, TransferStatus } from './transfer-engine.js';

export type StatusCounts = Record<TransferStatus, number> & { bytes: number };

export function countStatuses(results: TransferResult[]): StatusCounts {
  const counts: StatusCounts = { copied: 0, skipped: 0, missing: 0, failed: 0, cancelled: 0, bytes: 0 };
  for (const r of results) {
    counts[r.status]++;
    counts.bytes += r.bytes;
  }
  return counts;
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Summary lines for the images that need attention (at most 50: summaries are capped at 1 MiB). */
export function resultRows(results: TransferResult[]): string[] {
  const bad = results.filter((r) => r.status === 'missing' || r.status === 'failed' || r.status === 'cancelled');
  const lines = bad.slice(0, 50).map((r) => `${r.status}: <code>${escapeHtml(r.status === 'missing' ? r.source : r.target)}</code>: ${escapeHtml(r.error ?? '')}`);
  if (bad.length > 50) lines.push(`… and ${bad.length - 50} more (see the report files)`);
  return lines;
}

/** The first error of a status, as an example of why: one run's failures usually share a cause. */
export function firstError(results: TransferResult[], status: TransferStatus): string {
  const first = results.find((r) => r.status === status);
  if (!first?.error) return '';
  const name = status === 'missing' ? first.source : first.target;
  return `; first: ${name}: ${withoutName(first.error, name)}`;
}

/**
 * Why the step fails, in one sentence naming the counts, the report files and the first cause; undefined
 * when it does not. `stopped` leads when the run was stopped before the end.
 */
export function failureMessage(
  results: TransferResult[],
  failOnMissing: boolean,
  reports: { missImage?: string; missPushImage?: string },
  stopped?: string,
): string | undefined {
  const counts = countStatuses(results);
  const parts: string[] = [];
  if (stopped) parts.push(`${stopped}: ${counts.cancelled} image(s) not finished, ${counts.copied + counts.skipped} done`);
  if (counts.missing > 0 && failOnMissing) parts.push(`${counts.missing} image(s) could not be read from the source (see ${reports.missImage})${firstError(results, 'missing')}`);
  if (counts.failed > 0) parts.push(`${counts.failed} image(s) could not be written to the target (see ${reports.missPushImage})${firstError(results, 'failed')}`);
  return parts.length ? `${parts.join('; ')}.` : undefined;
}
