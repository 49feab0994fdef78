/**
 * Where a device's needle length stands, following the device-depth rule of the
 * guidance facts: up to 0.3 mm is home depth, over 0.3 up to 0.5 mm is the upper
 * end of home use, and anything longer is professional (clinic) depth.
 */
export type DepthClass = 'home' | 'upper-home' | 'professional';

/** Home depth ends here (inclusive), in millimetres. */
export const HOME_DEPTH_MAX_MM = 0.3;
/** The upper end of home use ends here (inclusive), in millimetres. */
export const UPPER_HOME_DEPTH_MAX_MM = 0.5;

/**
 * Classifies a needle length in millimetres.
 * @throws {RangeError} when `mm` is not a finite, positive number.
 */
export function classifyNeedleDepth(mm: number): DepthClass {
  if (typeof mm !== 'number' || !Number.isFinite(mm) || mm <= 0) {
    throw new RangeError(`classifyNeedleDepth: expected a positive needle length in mm, got ${String(mm)}`);
  }
  if (mm <= HOME_DEPTH_MAX_MM) return 'home';
  if (mm <= UPPER_HOME_DEPTH_MAX_MM) return 'upper-home';
  return 'professional';
}
