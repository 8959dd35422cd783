/**
 * `--rule` flags: a sizing-rule spec (`--rule kelly:0.5`) parsed by core/replay's rule parser,
 * or a UsageError with its message. Kept apart from cli/args.ts so commands without a rule
 * flag (`sizewise stats`) do not load the rule parser and, through it, zod at start-up.
 */
import { parseRuleSpec } from '../core/replay/rule-spec';
import type { SizingRule } from '../core/replay/types';
import { UsageError } from './command';

/** A sizing-rule spec (`--rule kelly:0.5`), or a UsageError with the parser's message. */
export function ruleFlag(spec: string): SizingRule {
  const parsed = parseRuleSpec(spec);
  if (!parsed.ok) throw new UsageError(parsed.message);
  return parsed.rule;
}
