/**
 * Vitest global setup: builds the compiled CLI (cli/dist, scripts/build-cli.mjs) once before
 * the test files run, so the tests that spawn `node cli/bin/sizewise.js` in parallel find it
 * built (in CI `npm ci` already built it through `prepare`; this also covers a source edit).
 */
export default async function setup(): Promise<void> {
  // @ts-expect-error — plain ESM build script without type declarations
  const { buildCli } = (await import('../../../scripts/build-cli.mjs')) as { buildCli: () => Promise<number> };
  await buildCli();
}
