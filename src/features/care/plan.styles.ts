import {css} from 'lit';

/** The treatment plan section. Logical properties only. */
export const planStyles = css`
  .plan__goals {
    margin-block-start: 0;
  }
  .plan__choice {
    display: flex;
    align-items: center;
    gap: 0.6em;
    min-block-size: 2.75rem;
    cursor: pointer;
  }
  .plan__choice input {
    inline-size: 1.35rem;
    block-size: 1.35rem;
    margin: 0;
    flex: none;
    accent-color: var(--_accent);
  }
  .plan__hint {
    color: var(--_muted);
  }
  .plan__heading {
    margin-block-start: var(--_space);
  }
  .plan__result .heading--rank3 {
    font-size: 1em;
    margin-block: calc(var(--_space) * 1.1) 0.5em;
  }
`;
