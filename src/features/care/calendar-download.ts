import type {GuideSettings} from '../../config/settings.js';
import {buildPlan} from '../../rules/plan.js';
import type {CareState} from './state.js';
import {buildCareCalendar, careCalendarFileName} from './calendar.js';
import {downloadIcs, type DownloadOptions} from '../../lib/download.js';

/**
 * "Add to calendar": the shopper's aftercare (and, once a goal is chosen, the
 * plan's next sessions) as an `.ics` download. Returns the file's text.
 */
export function downloadCareCalendar(care: CareState, settings: GuideSettings, options?: DownloadOptions): string {
  const plan = care.goal
    ? buildPlan({
        goal: care.goal,
        needleDepth: settings.needleDepth,
        depthClass: settings.depthClass,
        clinicUrl: settings.clinicUrl,
      })
    : undefined;
  const session = care.session;
  const text = buildCareCalendar({
    session,
    timeZone: care.timeZone,
    locale: care.locale,
    plan,
    depthClass: settings.depthClass,
  });
  try {
    downloadIcs(text, careCalendarFileName(session, care.timeZone), options);
  } catch {
    // A browser without Blob URLs cannot offer the file; the button must still never throw into the page.
  }
  return text;
}
