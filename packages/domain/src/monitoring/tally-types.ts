/** One record's place in a rate measure: in the denominator, in the numerator, and its week. */
export interface Tally {
  counted: boolean;
  met: boolean;
  /** Monday (London) of the week the record belongs to, YYYY-MM-DD. */
  week: string;
}
