/**
 * The one way the guide reports a problem to the retailer's developer: a single
 * console warning that names the element, the field, what was received and what
 * is allowed, and a likely fix when there is one ("did you mean clinicUrl?").
 * Never throws; never includes shopper data.
 */
export function warn(field: string, received: unknown, allowed: string, hint?: string): void {
  const text = `ignored ${field}=${describe(received)}; expected ${allowed}${hint ? `; ${hint}` : ''}`;
  console.warn(`<microneedle-guide>: ${text}${text.endsWith('?') ? '' : '.'}`);
}

/** A warning whose sentence does not fit "ignored …; expected …" (a value read, but not as written). */
export function warnText(text: string): void {
  console.warn(`<microneedle-guide>: ${text}`);
}

/** A value as a warning quotes it: strings in quotes, long values cut. */
export function describe(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.length > 80 ? `${value.slice(0, 77)}...` : value);
  try {
    const text = JSON.stringify(value);
    if (text !== undefined) return text.length > 80 ? `${text.slice(0, 77)}...` : text;
  } catch {
    /* circular or exotic values fall through */
  }
  return String(value);
}
