/** Domain records and import result types, re-exported for convenience. */
export type * from './trade';
export type * from './import-result';
export type * from './bet';
export type * from './series';
