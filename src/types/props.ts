import type {MicroneedleGuide} from '../microneedle-guide.js';
import type {SectionId, SectionListText} from '../sections/ids.js';

/** Names of the properties a framework may set on `<microneedle-guide>`. */
export type MicroneedleGuidePropertyName =
  | 'start'
  | 'needleDepth'
  | 'deviceName'
  | 'clinicUrl'
  | 'sections'
  | 'theme'
  | 'headingLevel'
  | 'config'
  | 'shareVerdict'
  | 'languagePicker'
  | 'loading';

/** The element's settable properties, all optional: what JSX and Vue bindings pass as properties. */
export type MicroneedleGuideProperties = Partial<Pick<MicroneedleGuide, MicroneedleGuidePropertyName>>;

/**
 * The element's attributes as written in markup. A test compares these keys with
 * the attributes in custom-elements.json, so the two cannot drift. `lang` is the
 * element's standard HTML attribute and comes with each framework's own types.
 */
export interface MicroneedleGuideAttributes {
  start?: SectionId;
  'needle-depth'?: string | number;
  'device-name'?: string;
  'clinic-url'?: string;
  sections?: SectionListText;
  theme?: 'light' | 'dark';
  'heading-level'?: number | string;
  'share-verdict'?: boolean | '' | 'true';
  'language-picker'?: boolean | '' | 'true' | 'false';
  loading?: 'eager' | 'lazy';
}

/**
 * What a JSX tag or template binding takes: every property, and every attribute that has
 * no property of the same name. Where both share a name (`sections`, `start`), the
 * property's type already takes the attribute's text, so an array passes too.
 */
export type MicroneedleGuideInputs = MicroneedleGuideProperties &
  Omit<MicroneedleGuideAttributes, keyof MicroneedleGuideProperties>;
