import {html} from 'lit';
import {deviceFrequencyContent, frequencyContent, homeFrequencyRule} from '../content/frequency.js';
import {deviceBadge, deviceFacts} from '../content/device.js';
import type {ViewContext} from './context.js';
import {callout, list} from './blocks.js';
import {heading} from './heading.js';

/**
 * How often: with a known needle depth, only the one home rule that applies to the
 * device (or, for professional lengths, no home schedule at all); without one,
 * both home rules, so the shopper can find their own device's length.
 */
export function renderFrequency(ctx: ViewContext) {
  const c = frequencyContent();
  const facts = deviceFacts(ctx.settings, ctx.locale);
  const rule = homeFrequencyRule(ctx.settings.needleDepth);
  return html`${facts && rule ? renderDeviceHome(ctx, c, facts, rule) : renderGeneralHome(ctx, c)}
    ${heading(ctx.settings, 2, c.clinicHeading)}
    ${list(c.clinic)}`;
}

type Content = ReturnType<typeof frequencyContent>;
type Facts = NonNullable<ReturnType<typeof deviceFacts>>;

function renderGeneralHome(ctx: ViewContext, c: Content) {
  return html`${heading(ctx.settings, 2, c.homeHeading)}
    <p>${c.homeIntro}</p>
    ${list(c.home.map((rule) => rule.text))} ${callout('caution', html`<p>${c.recovery}</p>`)}`;
}

function renderDeviceHome(ctx: ViewContext, c: Content, facts: Facts, rule: NonNullable<ReturnType<typeof homeFrequencyRule>>) {
  const device = deviceFrequencyContent(facts.length);
  const badge = html`<p class="device-badge" part="device-badge" data-depth-class=${facts.depthClass}>
    ${deviceBadge(facts)}
  </p>`;
  if (rule === 'clinic-only') {
    return html`${badge}
      ${callout('warning', html`<p>${device.clinicOnly}</p>`, {
        base: ctx.settings,
        rank: 2,
        text: device.clinicOnlyHeading,
      })}`;
  }
  return html`${heading(ctx.settings, 2, c.homeHeading)}
    ${badge}
    <p>${c.homeIntro}</p>
    <p class="home-rule" data-rule=${rule}><strong>${device.rule[rule]}</strong></p>
    ${callout('caution', html`<p>${c.recovery}</p>`)}`;
}
