const NICE_STEPS = [1, 2, 2.5, 5, 10];

/**
 * The smallest "round" number (1, 2, 2.5 or 5 times a power of ten) that is at least `value`,
 * so that axis ticks read as whole, familiar numbers. An empty chart still gets an axis to 1.
 */
export function niceMax(value: number): number {
  if (!Number.isFinite(value) || value <= 0) return 1;
  const magnitude = 10 ** Math.floor(Math.log10(value));
  const step = NICE_STEPS.find((candidate) => candidate * magnitude >= value * (1 - 1e-12));
  return (step ?? 10) * magnitude;
}

/** Evenly spaced tick values from 0 to `max` inclusive. */
export function ticks(max: number, intervals = 5): number[] {
  return Array.from({ length: intervals + 1 }, (_, i) => (max * i) / intervals);
}

/** A length in pixels for `value` on an axis from 0 to `max`, never negative. */
export function scaleLength(value: number, max: number, length: number): number {
  if (max <= 0 || value <= 0) return 0;
  return (Math.min(value, max) / max) * length;
}

/** SVG coordinates to a tenth of a pixel: enough for the eye, short in the markup. */
export function px(value: number): string {
  return String(Math.round(value * 10) / 10);
}
