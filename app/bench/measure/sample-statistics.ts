/** The median and 95th percentile of repeated timings, in milliseconds. */
export interface TimingSummary {
  median: number;
  p95: number;
  runs: number;
}

/** The value below which `fraction` of the sorted samples fall (nearest rank). */
function percentile(sorted: readonly number[], fraction: number): number {
  const rank = Math.max(1, Math.ceil(fraction * sorted.length));
  return sorted[rank - 1] as number;
}

export function summarizeTimings(samples: readonly number[]): TimingSummary {
  if (samples.length === 0) throw new Error('no timings to summarize');
  const sorted = [...samples].sort((a, b) => a - b);
  const middle = sorted.length / 2;
  const median = sorted.length % 2 === 1 ? (sorted[Math.floor(middle)] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
  return { median, p95: percentile(sorted, 0.95), runs: sorted.length };
}
