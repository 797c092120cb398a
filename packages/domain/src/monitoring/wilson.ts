import { DomainError } from '../errors';

/** The two-sided 95% normal quantile. */
export const Z_95 = 1.959964;

/**
 * The Wilson score interval for a proportion, without continuity correction (Newcombe 1998,
 * method 3). Unlike the plain ±1.96·SE interval it stays inside 0–1 and is honest for the
 * small groups a fairness table is full of.
 */
export const wilsonInterval = (
  met: number,
  counted: number,
  z = Z_95,
): { low: number; high: number } => {
  if (!Number.isInteger(met) || !Number.isInteger(counted) || met < 0 || met > counted) {
    throw new DomainError(
      'INVALID_INPUT',
      `A rate needs whole numbers with 0 ≤ met ≤ counted, not ${met} of ${counted}.`,
    );
  }
  if (counted === 0) return { low: 0, high: 1 };
  const p = met / counted;
  const z2 = z * z;
  const centre = p + z2 / (2 * counted);
  const spread = z * Math.sqrt((p * (1 - p) + z2 / (4 * counted)) / counted);
  const scale = 1 + z2 / counted;
  return {
    low: met === 0 ? 0 : (centre - spread) / scale,
    high: met === counted ? 1 : (centre + spread) / scale,
  };
};
