import {html} from 'lit';
import {
  bleedingText,
  depthRangeLabel,
  extraCareText,
  frequencyContent,
  frequencyRuleText,
  recoveryText,
} from '../content/frequency.js';
import {deviceFacts} from '../content/device.js';
import {renderDeviceBadge} from './device-notice.js';
import {DEPTH_CLASSES, frequencyRule} from '../rules/frequency.js';
import type {ViewContext} from './context.js';
import {callout, list} from './blocks.js';
import {heading} from './heading.js';

/**
 * How often: with a known needle depth, only the one rule of the device's depth
 * class (for professional lengths, no home schedule at all); without one, the
 * rule of every depth class, so the shopper can find their own device's length.
 */
export function renderFrequency(ctx: ViewContext) {
  const c = frequencyContent();
  const facts = deviceFacts(ctx.settings, ctx.locale);
  return html`${facts ? renderDeviceHome(ctx, c, facts) : renderGeneralHome(ctx, c)}
    ${heading(ctx.settings, 2, c.clinicHeading)}
    ${list(c.clinic)}`;
}

type Content = ReturnType<typeof frequencyContent>;
type Facts = NonNullable<ReturnType<typeof deviceFacts>>;

function homeCautions() {
  return callout('caution', html`<p>${recoveryText()}</p><p>${bleedingText()}</p>`);
}

function renderGeneralHome(ctx: ViewContext, c: Content) {
  return html`${heading(ctx.settings, 2, c.homeHeading)}
    <p>${c.homeIntro}</p>
    <ul class="list home-rules">
      ${DEPTH_CLASSES.map(
        (depthClass) => html`<li data-depth-class=${depthClass}>
          <strong>${depthRangeLabel(depthClass, ctx.locale)}:</strong> ${frequencyRuleText(frequencyRule(depthClass))}
        </li>`
      )}
    </ul>
    ${homeCautions()}`;
}

function renderDeviceHome(ctx: ViewContext, c: Content, facts: Facts) {
  const rule = frequencyRule(facts.depthClass);
  const badge = renderDeviceBadge(facts);
  if (rule.kind === 'clinic-only') {
    return html`${badge}
      ${callout('warning', html`<p>${frequencyRuleText(rule)} ${c.clinicSetsSchedule}</p>`, {
        base: ctx.settings,
        rank: 2,
        text: c.noHomeScheduleHeading,
      })}`;
  }
  return html`${heading(ctx.settings, 2, c.homeHeading)}
    ${badge}
    <p>${c.homeIntro}</p>
    <p class="home-rule" data-rule=${rule.kind}><strong>${frequencyRuleText(rule)}</strong></p>
    ${rule.kind === 'spaced' ? html`<p>${extraCareText()}</p>` : ''} ${homeCautions()}`;
}
