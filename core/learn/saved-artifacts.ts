/**
 * What the workspace keeps of a learned-allocator run (core/app learnArtifacts) in the
 * allocator_runs table beside the Allocate page's saved runs, and the one schema a document of
 * that table must satisfy — checked when a run is saved and when a workspace opens
 * (core/db content-check), so a damaged document refuses the file with its row and path.
 */
import { z } from 'zod';
import { savedAllocationRunSchema } from '../allocate/saved-run';

const finite = z.number().finite();

export const learnedArtifactsSchema = z
  .object({
    kind: z.literal('learned'),
    created: z.string().min(1),
    legs: z.array(z.string()).min(2),
    trials: z.number().int().min(0),
    verdict: z.enum(['accepted', 'rejected']),
    folds: z.array(z.object({}).passthrough()),
    json: z
      .object({
        verdict: z.enum(['accepted', 'rejected']),
        oos: z.record(z.string(), finite.nullable()),
        weights: z.array(z.object({ date: z.string(), weights: z.record(z.string(), finite) })),
      })
      .passthrough(),
  })
  .passthrough();

/** The schema of one document of allocator_runs, by its kind. */
export function allocatorRunSchemaFor(value: unknown): z.ZodType {
  return isLearnedRun(value) ? learnedArtifactsSchema : savedAllocationRunSchema;
}

/** True when a document of allocator_runs says it is a learned-allocator run. */
export function isLearnedRun(value: unknown): boolean {
  return typeof value === 'object' && value !== null && (value as { kind?: unknown }).kind === 'learned';
}

/**
 * A document of allocator_runs: a learned-allocator run (kind 'learned') or an Allocate-page
 * run, each checked by its own schema so a refusal names the path inside that run
 */
export const allocatorRunDocumentSchema = z.unknown().superRefine((value, ctx) => {
  const checked = allocatorRunSchemaFor(value).safeParse(value);
  if (checked.success) return;
  // Worded here (the table check prints a custom issue's message as it is).
  for (const issue of checked.error.issues) {
    const at = issue.path.length ? `at ${issue.path.map(String).join('.')}: ` : '';
    ctx.addIssue({ code: 'custom', message: `does not have the expected shape (${at}${issue.message})` });
  }
});
