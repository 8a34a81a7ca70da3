/** Swedish number formats: a non-breaking space between thousands, a decimal comma. */
// Two decimals, as the burden reports round hours: re-rounding to one would round twice.
const HOURS = new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 2 });
const INTEGER = new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 0 });
const SEK = new Intl.NumberFormat('sv-SE', {
  style: 'currency',
  currency: 'SEK',
  maximumFractionDigits: 0,
});
const PERCENT = new Intl.NumberFormat('sv-SE', { style: 'percent', maximumFractionDigits: 0 });

export const formatHours = (hours: number): string => HOURS.format(hours);
export const formatInteger = (value: number): string => INTEGER.format(value);
export const formatSek = (sek: number): string => SEK.format(sek);
export const formatPercent = (share: number): string => PERCENT.format(share);

export const MONTH_NAMES = [
  'januari',
  'februari',
  'mars',
  'april',
  'maj',
  'juni',
  'juli',
  'augusti',
  'september',
  'oktober',
  'november',
  'december',
] as const;

export const MONTH_ABBREVIATIONS = MONTH_NAMES.map((name) => name.slice(0, 3));
