import {msg, str} from '@lit/localize';
import {isRightToLeft} from '../i18n/locales.js';
import {UPPER_HOME_DEPTH_MAX_MM, type DepthClass} from '../rules/depth.js';
import {frequencyRuleText} from './frequency.js';
import {frequencyRule} from '../rules/frequency.js';
import type {GuideSettings} from '../config/settings.js';
import {formatMillimetres} from '../lib/units.js';

/**
 * What the guide says about the retailer's own device. Device names are retailer
 * text: they go into placeholders and are rendered as text by Lit, never as HTML.
 */

/** The facts about one device that the texts need. */
export interface DeviceFacts {
  /** Needle length already formatted, e.g. "0.25 mm". */
  length: string;
  depthClass: DepthClass;
  name?: string;
  /** The locale the text is shown in, so numbers inside it are written the same way. */
  lang?: string;
}

/**
 * The device as the settings describe it, or `undefined` when the retailer gave no needle depth.
 * `locale` is the locale the text is shown in, so the length's digits match the sentence.
 */
export function deviceFacts(settings: GuideSettings, locale: string): DeviceFacts | undefined {
  if (settings.needleDepth === undefined || settings.depthClass === undefined) return undefined;
  // In right-to-left text a Latin product name or a length beside a colon can swap places with
  // its neighbours; Unicode isolates (FSI … PDI) keep each one whole and in order.
  const keep = isRightToLeft(locale) ? (text: string) => `\u2068${text}\u2069` : (text: string) => text;
  return {
    length: keep(formatMillimetres(settings.needleDepth, locale)),
    depthClass: settings.depthClass,
    name: settings.deviceName === undefined ? undefined : keep(settings.deviceName),
    lang: locale,
  };
}

/** "Your Lumen Glow: 0.25 mm, home depth": where the device stands, in words. */
export function deviceBadge({length, depthClass, name}: DeviceFacts): string {
  if (name) {
    switch (depthClass) {
      case 'home':
        return msg(str`Your ${name}: ${length}, home depth`, {id: 'device.badge.named.home'});
      case 'upper-home':
        return msg(str`Your ${name}: ${length}, the upper end of home use`, {id: 'device.badge.named.upper-home'});
      case 'professional':
        return msg(str`Your ${name}: ${length}, professional (clinic) depth`, {id: 'device.badge.named.professional'});
    }
  }
  switch (depthClass) {
    case 'home':
      return msg(str`Your device: ${length}, home depth`, {id: 'device.badge.home'});
    case 'upper-home':
      return msg(str`Your device: ${length}, the upper end of home use`, {id: 'device.badge.upper-home'});
    case 'professional':
      return msg(str`Your device: ${length}, professional (clinic) depth`, {id: 'device.badge.professional'});
  }
}

/** Marks the comparison column that describes the retailer's device. */
export function yourDeviceMark(): string {
  return msg('your device', {id: 'device.mark'});
}

export interface DeviceNotice {
  tone: 'caution' | 'warning';
  heading: string;
  body: string[];
  /** A short list after the body: the rules for this length. */
  points?: string[];
}

/**
 * The notice shown near the top of every section for devices past home depth:
 * extra care for the upper end of home use, a clear "this belongs in a clinic" for
 * professional lengths. Home-depth devices and unknown depths get none.
 */
export function deviceNotice({length, depthClass, name, lang}: DeviceFacts): DeviceNotice | undefined {
  if (depthClass === 'upper-home') {
    return {
      tone: 'caution',
      heading: msg('Extra care for this needle length', {id: 'device.upper-home.heading'}),
      body: [
        name
          ? msg(str`Your ${name} has ${length} needles: the upper end of what is sold for home use.`, {
              id: 'device.upper-home.named',
            })
          : msg(str`This device has ${length} needles: the upper end of what is sold for home use.`, {
              id: 'device.upper-home.unnamed',
            }),
        msg('Even shorter needles can reach living skin. So with this device:', {id: 'device.upper-home.intro'}),
      ],
      points: [
        frequencyRuleText(frequencyRule('upper-home')),
        msg('Use it only on skin that has fully recovered from the last session.', {id: 'device.upper-home.recovered'}),
        msg('Clean the needle head before and after every use.', {id: 'device.upper-home.clean'}),
        msg('Never share it.', {id: 'device.upper-home.never-share'}),
      ],
    };
  }
  if (depthClass === 'professional') {
    const limit = formatMillimetres(UPPER_HOME_DEPTH_MAX_MM, lang);
    return {
      tone: 'warning',
      heading: msg('This needle length belongs in a clinic', {id: 'device.professional.heading'}),
      body: [
        name
          ? msg(str`Your ${name} has ${length} needles.`, {id: 'device.professional.named'})
          : msg(str`This device has ${length} needles.`, {id: 'device.professional.unnamed'}),
        msg(
          str`Needles longer than ${limit} are professional depth. They are for trained professionals with sterile, single-use needle cartridges, not for use at home. This guide gives no home schedule for them.`,
          {id: 'device.professional.body'}
        ),
      ],
    };
  }
  return undefined;
}

/** Link text for the retailer's `clinic-url`. */
export function clinicLinkText(): string {
  return msg('Find professional treatment or advice', {id: 'device.clinic-link'});
}

/** Said instead of the link when the retailer gave no `clinic-url`. */
export function askClinicText(): string {
  return msg('A dermatologist or a clinic can advise you on treatment.', {id: 'device.ask-clinic'});
}
