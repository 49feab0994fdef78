import {css} from 'lit';

/** The numbered clinic steps: they load with their section's chunk, not in the first load. */
export const procedureStyles = css`
  .steps {
    list-style: none;
    padding: 0;
    counter-reset: step;
  }
  .steps__item {
    counter-increment: step;
    position: relative;
    padding-inline-start: 2.75em;
    margin-block-end: var(--_space);
  }
  .steps__item::before {
    content: counter(step);
    position: absolute;
    inset-inline-start: 0;
    inset-block-start: 0;
    inline-size: 2em;
    block-size: 2em;
    display: grid;
    place-items: center;
    border-radius: 50%;
    background: var(--_accent);
    color: var(--_accent-text);
    font-weight: 700;
  }
  .steps__title {
    font-weight: 600;
    margin-block-end: 0.2em;
  }
  .steps__item p {
    margin-block-end: 0;
  }

`;
