// Turning transfer results into counts, summary lines and the final verdict, the same for every action.
import type { TransferResult, TransferStatus } from './transfer-engine.js';

export type StatusCounts = Record<TransferStatus, number> & { bytes: number };

export function countStatuses(results: TransferResult[]): StatusCounts {
  const counts: StatusCounts = { copied: 0, skipped: 0, missing: 0, failed: 0, bytes: 0 };
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
  const bad = results.filter((r) => r.status === 'missing' || r.status === 'failed');
  const lines = bad.slice(0, 50).map((r) => `${r.status}: <code>${escapeHtml(r.status === 'missing' ? r.source : r.target)}</code>: ${escapeHtml(r.error ?? '')}`);
  if (bad.length > 50) lines.push(`… and ${bad.length - 50} more (see the report files)`);
  return lines;
}

/** Why the step fails, naming the counts and the report files; undefined when it does not. */
export function failureMessage(
  counts: StatusCounts,
  failOnMissing: boolean,
  reports: { missImage?: string; missPushImage?: string },
): string | undefined {
  const parts: string[] = [];
  if (counts.missing > 0 && failOnMissing) parts.push(`${counts.missing} image(s) could not be read from the source (see ${reports.missImage})`);
  if (counts.failed > 0) parts.push(`${counts.failed} image(s) could not be written to the target (see ${reports.missPushImage})`);
  return parts.length ? `${parts.join('; ')}.` : undefined;
}
