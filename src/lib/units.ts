/** Numbers with units, through `Intl`; no domain words. */

/** A length in millimetres for display ("0.25 mm", "0,25 mm"): the number and the unit both follow the language. */
export function formatMillimetres(mm: number, lang?: string): string {
  const options: Intl.NumberFormatOptions = {style: 'unit', unit: 'millimeter', maximumFractionDigits: 2};
  let formatted: string;
  try {
    formatted = new Intl.NumberFormat(lang || 'en', options).format(mm);
  } catch {
    formatted = new Intl.NumberFormat('en', options).format(mm);
  }
  // Keep the number and its unit on one line.
  return formatted.replace(/ /g, '\u00a0');
}
