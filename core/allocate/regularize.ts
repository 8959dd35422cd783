/**
 * A covariance the quadratic programs can use: positive definite as estimated, or — when it is
 * singular (identical series, a constant series, more assets than periods) — with a ridge of
 * 1e-8 × the mean variance (1e-12 when every variance is 0) on the diagonal, and the message
 * that says so: weights among collinear assets are then split by the ridge, not by the data.
 */
import { CholeskyDecomposition, Matrix } from 'ml-matrix';

export interface Regularized {
  matrix: number[][];
  message: string | null;
}

export function positiveDefinite(cov: readonly (readonly number[])[], names: readonly string[]): Regularized {
  const N = cov.length;
  const meanVar = cov.reduce((s, row, i) => s + row[i], 0) / Math.max(1, N);
  const chol = new CholeskyDecomposition(new Matrix(cov.map((r, i) => r.map((v, j) => (j < i ? cov[j][i] : v)))));
  let ok = chol.isPositiveDefinite();
  if (ok) {
    const L = chol.lowerTriangularMatrix;
    for (let i = 0; i < N; i++) if (L.get(i, i) ** 2 < 1e-12 * meanVar) ok = false;
  }
  if (ok) return { matrix: cov.map((r, i) => r.map((v, j) => (j < i ? cov[j][i] : v))), message: null };
  const ridge = meanVar > 0 ? 1e-8 * meanVar : 1e-12;
  const constant = names.filter((_, i) => !(cov[i][i] > 0));
  const why = constant.length > 0 ? `${constant.join(', ')} ${constant.length === 1 ? 'is' : 'are'} constant` : 'some series are identical or linearly dependent';
  return {
    matrix: cov.map((row, i) => row.map((v, j) => (i === j ? v + ridge : j < i ? cov[j][i] : v))),
    message: `The covariance is singular (${why}): a ridge of ${ridge.toPrecision(3)} was added to its diagonal, so weights among those series are set by the ridge, not by the data.`,
  };
}
