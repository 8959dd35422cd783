/** A field-level input problem, shown next to the input in the UI and as a one-line CLI error. */
export interface FieldError {
  /** Dotted path of the input field, e.g. "probability.p". */
  field: string;
  message: string;
}
