// README's "plain tag in React 19" example, as written there, compiled in a program of its own
// (tsconfig.readme.json): nothing else may bring the JSX types in for it.
import 'microneedle-guide';
import type {} from 'microneedle-guide/types/react';

export const guide = (
  <microneedle-guide
    needle-depth="0.25"
    sections={['overview', 'frequency']}
    onmicroneedle-guide-section-change={(e) => console.log(e.detail.section)}
  />
);
