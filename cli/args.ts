/**
 * Argument parsing shared by CLI commands: the strict `parseArgs` call with one UsageError
 * style, the single input file, the generic-CSV options, and flag values (numbers within
 * bounds, one of a set of words, parsed text forms, sizing-rule specs), each with a message
 * naming the flag.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { type Parsed, parseRuleSpec, type SizingRule } from '../core/replay';
import { UsageError } from './command';
import type { TradeLogMapping } from './load-input';

type OptionsConfig = NonNullable<ParseArgsConfig['options']>;

/** Parses a command's arguments strictly (unknown flags are errors); a bad command line is a UsageError prefixed with the command name. */
export function parseCommandArgs<const O extends OptionsConfig>(command: string, args: string[], options: O, { positionals = true } = {}) {
  try {
    return parseArgs({ args, options, strict: true, allowPositionals: positionals });
  } catch (error) {
    throw new UsageError(`${command}: ${(error as Error).message.split('\n')[0]}`);
  }
}

/** What a command's one positional argument is: its usage placeholder and its name in an error. */
export interface InputKind {
  placeholder: string;
  noun: string;
}

export const TRADE_LOG_INPUT: InputKind = { placeholder: '<tradelog.csv>', noun: 'trade log' };

/** The one input file of a command, or a UsageError when there is none or more than one. */
export function singleInput(command: string, positionals: string[], kind: InputKind = TRADE_LOG_INPUT): string {
  if (positionals.length === 0) throw new UsageError(`${command}: missing ${kind.placeholder}`);
  if (positionals.length > 1) throw new UsageError(`${command}: expected one ${kind.noun}, got ${positionals.length} files`);
  return positionals[0];
}

/** `--map` and `--date-format` of a generic CSV trade log; spread into a command's options. */
export const GENERIC_CSV_OPTIONS = {
  map: { type: 'string' },
  'date-format': { type: 'string' },
} as const;

/** The generic-CSV options of parsed values, as `loadTradeLog` takes them. */
export function mappingOptions(values: { map?: string; 'date-format'?: string }): TradeLogMapping {
  return { map: values.map, dateFormat: values['date-format'] };
}

export interface NumberBounds {
  min?: number;
  max?: number;
  /** The minimum itself is not allowed (e.g. a positive number: min 0, exclusiveMin). */
  exclusiveMin?: boolean;
  integer?: boolean;
}

/** A positive number. */
export const POSITIVE: NumberBounds = { min: 0, exclusiveMin: true };

/** A number flag within bounds (`1,000` and `1_000` accepted), or a UsageError naming the flag. */
export function numberFlag(flag: string, text: string, bounds: NumberBounds = {}): number {
  const value = Number(text.replace(/[,_]/g, ''));
  const { min, max, integer, exclusiveMin } = bounds;
  const ok =
    text.trim() !== '' &&
    Number.isFinite(value) &&
    (!integer || Number.isInteger(value)) &&
    (min === undefined || (exclusiveMin ? value > min : value >= min)) &&
    (max === undefined || value <= max);
  if (!ok) {
    const range = [min !== undefined ? `${exclusiveMin ? '>' : '≥'} ${min}` : '', max !== undefined ? `≤ ${max}` : ''].filter(Boolean).join(' and ');
    throw new UsageError(`${flag}: "${text}" is not ${integer ? 'a whole number' : 'a number'}${range ? ` ${range}` : ''}`);
  }
  return value;
}

/** A flag whose value is one of a few words: the fallback when absent, else the word, else a UsageError listing the words. */
export function choiceFlag<T extends string>(flag: string, text: string | undefined, allowed: readonly T[]): T | undefined;
export function choiceFlag<T extends string>(flag: string, text: string | undefined, allowed: readonly T[], fallback: T): T;
export function choiceFlag<T extends string>(flag: string, text: string | undefined, allowed: readonly T[], fallback?: T): T | undefined {
  if (text === undefined) return fallback;
  if (!(allowed as readonly string[]).includes(text)) {
    const words = allowed.length === 2 ? `${allowed[0]} or ${allowed[1]}` : `one of ${allowed.join(', ')}`;
    throw new UsageError(`${flag}: "${text}" is not ${words}`);
  }
  return text as T;
}

/** The value of a parsed text form, or a UsageError with its message. */
export function required<T>(parsed: Parsed<T>): T {
  if (!parsed.ok) throw new UsageError(parsed.message);
  return parsed.value;
}

/** A sizing-rule spec (`--rule kelly:0.5`), or a UsageError with the parser's message. */
export function ruleFlag(spec: string): SizingRule {
  const parsed = parseRuleSpec(spec);
  if (!parsed.ok) throw new UsageError(parsed.message);
  return parsed.rule;
}
