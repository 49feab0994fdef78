import type {MicroneedleGuide} from '../microneedle-guide.js';

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
  | 'loading';

/** The element's settable properties, all optional: what JSX and Vue bindings pass as properties. */
export type MicroneedleGuideProperties = Partial<Pick<MicroneedleGuide, MicroneedleGuidePropertyName>>;

/**
 * The element's attributes as written in markup. A test compares these keys with
 * the attributes in custom-elements.json, so the two cannot drift. `lang` is the
 * element's standard HTML attribute and comes with each framework's own types.
 */
export interface MicroneedleGuideAttributes {
  start?: string;
  'needle-depth'?: string | number;
  'device-name'?: string;
  'clinic-url'?: string;
  sections?: string;
  theme?: 'light' | 'dark';
  'heading-level'?: number | string;
  'share-verdict'?: boolean | '';
  loading?: 'eager' | 'lazy';
}
