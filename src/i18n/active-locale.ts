/**
 * The language of the guide that is rendering now. Lit renders synchronously
 * inside `update()`, so a guide sets its language for the length of its render
 * and every `msg()`, plural and formatter reached from that render reads it:
 * two guides in two languages on one page each get their own words. Code that
 * builds text outside a render (a calendar file on click) wraps itself the same way.
 */
let active = 'en';

export function activeLocale(): string {
  return active;
}

/** Runs `build` with `locale` as the active language, and restores the previous one. */
export function inLocale<T>(locale: string, build: () => T): T {
  const previous = active;
  active = locale;
  try {
    return build();
  } finally {
    active = previous;
  }
}
