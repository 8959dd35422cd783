/**
 * Argument parsing shared by CLI commands: the strict `parseArgs` call with one UsageError
 * style, the single input file, the generic-CSV options, and flag values (strictly decimal
 * numbers within documented bounds — the CLI's one number parser, parseCliNumber — one of a
 * set of words, parsed text forms, sizing-rule specs), each with a message naming the flag.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { Parsed } from '../core/replay';
import { parseStrictNumber } from '../core/format/typed-number';
import { UsageError } from './command';
import type { TradeLogMapping } from './load-input';

type OptionsConfig = NonNullable<ParseArgsConfig['options']>;

/** Parses a command's arguments strictly (unknown flags are errors); a bad command line is a UsageError prefixed with the command name. */
export function parseCommandArgs<const O extends OptionsConfig>(command: string, args: string[], options: O, { positionals = true } = {}) {
  try {
    return parseArgs({ args, options, strict: true, allowPositionals: positionals });
  } catch (error) {
    throw new UsageError(`${command}: ${argumentMessage((error as Error).message, args)}`);
  }
}

/**
 * parseArgs's message in one line. A value starting with a dash (`--capital -5`) is
 * "ambiguous" to it; its hint (use `--capital=-5`) is on a later line, so it is put in the
 * one line with the value the user typed.
 */
function argumentMessage(message: string, args: string[]): string {
  const ambiguous = /^Option '(--[^' ]+)'(?: <value>)? argument is ambiguous/.exec(message);
  if (!ambiguous) return message.split('\n')[0];
  const flag = ambiguous[1];
  const index = args.indexOf(flag);
  const value = index >= 0 && index + 1 < args.length ? args[index + 1] : '-…';
  return `${flag} ${value}: a value starting with "-" must be joined to its option: write ${flag}=${value}`;
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

/**
 * The one parser of numbers on the CLI's command line: core/format/typed-number's strict rules
 * (optional sign, digits grouped by 3 with "," or "_", optional fraction; no hexadecimal,
 * exponent, "Infinity", stray separators or blanks). Returns null when the text is not such a number.
 */
export function parseCliNumber(text: string): number | null {
  return parseStrictNumber(text);
}

/** The --help line on how numbers are written (every command's usage ends with it). */
export const NUMBER_HELP = 'Numbers are decimal: 25, 0.5, 1,000 or 1_000 (not 1e3, 0x10, Infinity); join a negative value to its option: --capital=-5';

export interface NumberBounds {
  min: number;
  /** Every number flag has an upper bound, shown in its --help line. */
  max: number;
  /** The minimum itself is not allowed (e.g. a positive number: min 0, exclusiveMin). */
  exclusiveMin?: boolean;
  integer?: boolean;
}

/** The largest amount of money a flag takes, as the import's largest amount (|x| ≤ 1e15). */
export const MAX_AMOUNT = 1e15;
/** A positive amount of money (capital, equity, price): > 0 and ≤ 1e15. */
export const POSITIVE: NumberBounds = { min: 0, exclusiveMin: true, max: MAX_AMOUNT };
/** An amount ≥ 0 (exposure, commission). */
export const NON_NEGATIVE: NumberBounds = { min: 0, max: MAX_AMOUNT };
/** A fraction of 0 to 1. */
export const FRACTION: NumberBounds = { min: 0, max: 1 };
/** Seeds: the random streams take 32 bits, so larger seeds would repeat smaller ones. */
export const MAX_SEED = 2 ** 32 - 1;
export const SEED: NumberBounds = { min: 0, max: MAX_SEED, integer: true };

/** "≥ 0 and ≤ 1" style text of bounds, for messages. */
function describeBounds({ min, max, exclusiveMin }: NumberBounds): string {
  const show = (n: number) => {
    const power = Math.log10(Math.abs(n));
    if (Math.abs(n) >= 1e9 && Number.isInteger(power)) return `${n < 0 ? '-' : ''}1e${power}`;
    return Math.abs(n) >= 1e4 && Number.isInteger(n) ? n.toLocaleString('en-US') : String(n);
  };
  return `${exclusiveMin ? '>' : '≥'} ${show(min)} and ≤ ${show(max)}`;
}

/** A number flag within bounds, or a UsageError naming the flag, the text and the allowed range. */
export function numberFlag(flag: string, text: string, bounds: NumberBounds): number {
  const value = parseCliNumber(text);
  const { min, max, integer, exclusiveMin } = bounds;
  const ok = value !== null && (!integer || Number.isInteger(value)) && (exclusiveMin ? value > min : value >= min) && value <= max;
  if (!ok) throw new UsageError(`${flag}: "${text}" is not ${integer ? 'a whole number' : 'a number'} ${describeBounds(bounds)}${value === null && /\d/.test(text) ? ' (decimal digits only)' : ''}`);
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
