/** Percentiles of a sample, in milliseconds, printed the same way by every benchmark. */
export function percentile(sortedMs: number[], p: number): number {
  if (sortedMs.length === 0) throw new Error('no samples');
  const index = Math.min(sortedMs.length - 1, Math.ceil((p / 100) * sortedMs.length) - 1);
  return sortedMs[Math.max(0, index)] ?? Number.NaN;
}

export function report(name: string, samplesMs: number[], percentiles: number[], target: string): void {
  const sorted = [...samplesMs].sort((a, b) => a - b);
  const figures = percentiles.map((p) => `p${p} ${percentile(sorted, p).toFixed(3)} ms`).join(', ');
  console.log(`${name}: ${figures} (n=${sorted.length}, max ${sorted.at(-1)?.toFixed(3)} ms; target ${target})`);
}

export const elapsedMs = (start: bigint): number => Number(process.hrtime.bigint() - start) / 1e6;
