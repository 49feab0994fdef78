// A Server Component (the App Router's default), rendered on the server and hydrated.
import {MicroneedleGuide} from 'microneedle-guide/react';
import {ProductGuide} from './product-guide.jsx';

export default function Page() {
  return (
    <main style={{maxWidth: '64rem', marginInline: 'auto', padding: '1rem'}}>
      <h1>Next.js</h1>
      <ProductGuide />
      <h2>From the Server Component</h2>
      {/* README's example as pasted: the wrapper is a Client Component ('use client'), so only data props here. */}
      <div style={{display: 'flex', justifyContent: 'center'}}>
        <MicroneedleGuide id="server" needleDepth={1.5} start="frequency" sections={['overview', 'frequency', 'aftercare']} />
      </div>
    </main>
  );
}
