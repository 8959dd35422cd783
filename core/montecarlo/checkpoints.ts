/**
 * Fan-chart checkpoints: `count` steps evenly spaced over the horizon, the last one at the
 * horizon (step k·horizon/count rounded, k = 1..count, duplicates removed).
 */
export const MAX_CHECKPOINTS = 500;

export function checkpointSteps(horizon: number, count: number): Int32Array {
  const wanted = Math.max(1, Math.min(MAX_CHECKPOINTS, Math.floor(count), horizon));
  const steps: number[] = [];
  for (let k = 1; k <= wanted; k++) {
    const step = Math.round((k * horizon) / wanted);
    if (step > (steps[steps.length - 1] ?? 0)) steps.push(step);
  }
  return Int32Array.from(steps);
}
