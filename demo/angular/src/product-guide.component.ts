import {Component, CUSTOM_ELEMENTS_SCHEMA, signal} from '@angular/core';
import 'microneedle-guide'; // registers <microneedle-guide>

@Component({
  selector: 'app-root',
  standalone: true,
  // Lets the template use <microneedle-guide> and bind to its properties and events.
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `
    <label>
      Language
      <select id="lang" #langSelect (change)="lang.set(langSelect.value)">
        <option value="en">English</option>
        <option value="de">Deutsch</option>
      </select>
    </label>
    <label>
      Needle depth
      <select id="depth" #depthSelect (change)="needleDepth.set(+depthSelect.value)">
        <option value="0.25">0.25 mm</option>
        <option value="1.5">1.5 mm</option>
      </select>
    </label>
    <p>
      Section: <output id="section">{{ section() }}</output> · Screening: <output id="screening">{{ screening() }}</output>
    </p>

    <!-- [x] sets the property x; [attr.x] would set an attribute. -->
    <microneedle-guide
      id="guide"
      [lang]="lang()"
      [needleDepth]="needleDepth()"
      [deviceName]="deviceName"
      [shareVerdict]="true"
      [sections]="sections"
      (microneedle-guide-section-change)="section.set($event.detail.section)"
      (microneedle-guide-screening-complete)="screening.set($event.detail.verdict ?? 'completed')"
    ></microneedle-guide>
  `,
})
export class ProductGuideComponent {
  readonly lang = signal('en');
  readonly needleDepth = signal(0.25);
  readonly deviceName = 'Lumen Glow';
  readonly sections = ['overview', 'home-vs-clinic', 'procedure', 'screening', 'aftercare'];
  readonly section = signal('none yet');
  readonly screening = signal('none yet');
}
