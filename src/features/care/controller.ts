import type {ReactiveControllerHost} from 'lit';
import {CareState} from './state.js';

/**
 * The care feature's controller: holds one guide's aftercare session time and plan
 * goal (in memory only) and re-renders the guide when they change. Dates follow the
 * locale the guide's text is shown in (`locale`, from the host) and the shopper's time zone.
 */
export class CareController {
  readonly state: CareState;

  constructor(host: ReactiveControllerHost, locale: () => string) {
    this.state = new CareState({onChange: () => host.requestUpdate(), lang: locale});
  }
}
