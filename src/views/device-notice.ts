import {html, nothing, type TemplateResult} from 'lit';
import {askClinicText, clinicLinkText, deviceBadge, deviceFacts, deviceNotice, type DeviceFacts} from '../content/device.js';
import type {GuideSettings} from '../config/settings.js';
import {icon} from './icons.js';
import {TONE_ICONS, tonePrefix} from './blocks.js';
import {heading} from './heading.js';

/**
 * The notice above every section for devices past home depth: extra care at the
 * upper end of home use, and "this belongs in a clinic" for professional lengths.
 * It sits outside the section so a shopper sees it wherever they start reading.
 */
export function renderDeviceNotice(settings: GuideSettings, locale: string): TemplateResult | typeof nothing {
  const facts = deviceFacts(settings, locale);
  const notice = facts && deviceNotice(facts);
  if (!notice) return nothing;
  return html`<aside
    class="device-notice device-notice--${notice.tone}"
    part="device-notice"
    aria-labelledby="device-notice-heading"
    data-depth-class=${facts.depthClass}
  >
    ${icon(TONE_ICONS[notice.tone], 'icon device-notice__icon')}
    <div class="device-notice__body">
      ${heading(settings, 1, html`${tonePrefix(notice.tone)}${notice.heading}`, {
        id: 'device-notice-heading',
        className: 'device-notice__heading',
      })}
      ${notice.body.map((text) => html`<p>${text}</p>`)}
      ${notice.points ? html`<ul class="device-notice__points">${notice.points.map((point) => html`<li>${point}</li>`)}</ul>` : nothing}
      ${notice.tone === 'warning' ? renderClinicLink(settings.clinicUrl) : nothing}
    </div>
  </aside>`;
}

/** "Your Lumen Glow: 0.25 mm, home depth", in the comparison and how-often sections. */
export function renderDeviceBadge(facts: DeviceFacts): TemplateResult {
  return html`<p class="device-badge" part="device-badge" data-depth-class=${facts.depthClass}>${deviceBadge(facts)}</p>`;
}

/**
 * The retailer's clinic link when given, otherwise a pointer to professional
 * advice. The one wording and the one `part="clinic-link"` wherever the guide
 * sends a shopper to a professional.
 */
export function renderClinicLink(clinicUrl: string | undefined): TemplateResult {
  return clinicUrl
    ? html`<p><a class="clinic-link" part="clinic-link" href=${clinicUrl}>${clinicLinkText()}</a></p>`
    : html`<p>${askClinicText()}</p>`;
}
