import {css} from 'lit';

/**
 * A lazy guide reserves its height before it renders and keeps it as a minimum
 * afterwards, so nothing below it moves when it appears. Set
 * `--mng-lazy-min-height` to the height the guide takes in your layout (at least
 * its first view).
 */
export const lazyStyles = css`
  :host([loading='lazy']) {
    display: block;
    min-block-size: var(--mng-lazy-min-height, 50rem);
  }
`;
