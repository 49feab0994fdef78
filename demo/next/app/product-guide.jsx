'use client';
// A Client Component: it passes functions (event props) to the guide and holds state.
import {useState} from 'react';
import {MicroneedleGuide} from 'microneedle-guide/react';

export function ProductGuide() {
  const [section, setSection] = useState('none yet');
  const [screening, setScreening] = useState('none yet');
  return (
    <>
      <p>
        Section: <output id="section">{section}</output> · Screening: <output id="screening">{screening}</output>
      </p>
      <MicroneedleGuide
        id="client"
        needleDepth={0.25}
        deviceName="Lumen Glow"
        shareVerdict
        onSectionChange={(e) => setSection(e.detail.section)}
        onScreeningComplete={(e) => setScreening(e.detail.verdict ?? 'completed')}
      />
    </>
  );
}
