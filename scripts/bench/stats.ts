/** The middle value of the runs (the upper one of the two for an even count). */
export const median = (xs: readonly number[]): number =>
  [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** A figure beside the baseline measured in the same run, as the budgets are stated. */
export interface Ratio {
  ms: number;
  baselineMs: number;
  ratio: number;
  budget: number;
}

export const ratio = (ms: number, baselineMs: number, budget: number): Ratio => ({
  ms,
  baselineMs,
  ratio: ms / baselineMs,
  budget,
});

export const describeRatio = (r: Ratio): string =>
  `${r.ms.toFixed(1)} ms vs ${r.baselineMs.toFixed(1)} ms baseline, ratio ${r.ratio.toFixed(2)} ` +
  `(budget ${r.budget}: ${r.ratio <= r.budget ? 'within' : 'OVER'})`;
