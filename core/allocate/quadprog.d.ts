/** Types for the `quadprog` package (Goldfarb–Idnani dual method; 1-based arrays, as in R). */
declare module 'quadprog' {
  export function solveQP(
    Dmat: number[][],
    dvec: number[],
    Amat: number[][],
    bvec: number[],
    meq?: number,
  ): { solution?: number[]; value?: number[]; message: string };
  const quadprog: { solveQP: typeof solveQP };
  export default quadprog;
}
