/**
 * The Risk page's compute pool (navigator.hardwareConcurrency − 1 workers), created on
 * first use and kept for the session; a cancel terminates its workers and the next run
 * starts fresh ones.
 */
import { ComputePool, createBrowserComputePool } from '../../../workers/pool';

let pool: ComputePool | null = null;

export function riskPool(): ComputePool {
  pool ??= createBrowserComputePool();
  return pool;
}
