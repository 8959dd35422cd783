/**
 * core/numeric: the neutral helpers every core folder may use (and that use no other core
 * folder): null-with-reason values and guarded ratios, the finite guard at core's edge, and
 * the one field-error shape {field, message} of every validation.
 */
export { type Explained, guardedRatio, known, RATIO_EPSILON, reasonCollector, reasonNumber, safeMean, SMALLEST_NORMAL, unknown } from './explained';
export { type FieldError, zodFieldErrors } from './field-error';
export { finiteOrNull } from './finite';
