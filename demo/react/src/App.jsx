import {useState, version} from 'react';
import {MicroneedleGuide} from 'microneedle-guide/react';

/**
 * The guide in a React 19 app, twice: through the `microneedle-guide/react`
 * wrapper (typed props, `onSectionChange` / `onScreeningComplete`), and as the
 * plain tag, which React 19 supports natively (properties, `on<event>` props).
 */
export function App() {
  const [lang, setLang] = useState('en');
  const [needleDepth, setNeedleDepth] = useState(0.25);
  const [section, setSection] = useState('none yet');
  const [screening, setScreening] = useState('none yet');
  const [plainSection, setPlainSection] = useState('none yet');

  return (
    <main>
      <h1>
        React <span id="react-version">{version}</span>
      </h1>
      <p>
        <label>
          Language{' '}
          <select id="lang" value={lang} onChange={(e) => setLang(e.target.value)}>
            <option value="en">English</option>
            <option value="de">Deutsch</option>
          </select>
        </label>
        <label>
          Needle depth{' '}
          <select id="depth" value={needleDepth} onChange={(e) => setNeedleDepth(Number(e.target.value))}>
            <option value="0.25">0.25 mm</option>
            <option value="0.5">0.5 mm</option>
            <option value="1.5">1.5 mm</option>
          </select>
        </label>
      </p>
      <p>
        Section: <output id="section">{section}</output> · Screening: <output id="screening">{screening}</output>
      </p>
      <MicroneedleGuide
        id="wrapped"
        lang={lang}
        needleDepth={needleDepth}
        deviceName="Lumen Glow"
        shareVerdict
        onSectionChange={(e) => setSection(e.detail.section)}
        onScreeningComplete={(e) => setScreening(e.detail.verdict ?? 'completed')}
      />
      <h2>The plain tag</h2>
      <p>
        Section: <output id="plain-section">{plainSection}</output>
      </p>
      <microneedle-guide
        id="plain"
        lang={lang}
        start="aftercare"
        sections={['overview', 'aftercare', 'device-care']}
        onmicroneedle-guide-section-change={(e) => setPlainSection(e.detail.section)}
      />
    </main>
  );
}
