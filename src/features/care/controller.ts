import type {ReactiveController, ReactiveControllerHost} from 'lit';
import {CareState} from './state.js';

/**
 * Holds the aftercare session time and the plan goal for one guide, and
 * re-renders the guide when they change. Dates follow the locale the guide's
 * text is shown in (`locale`, from the host) and the shopper's time zone.
 */
export class CarePlanController extends CareState implements ReactiveController {
  constructor(host: ReactiveControllerHost, locale: () => string) {
    super({onChange: () => host.requestUpdate(), lang: locale});
    host.addController(this);
  }

  hostDisconnected(): void {
    // Nothing to release: the state is plain data in this object, gone with the element.
  }
}
