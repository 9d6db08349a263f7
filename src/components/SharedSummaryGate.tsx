import { lazy, Suspense, useCallback, useEffect, useState } from 'react';
import { ErrorBoundary } from './ErrorBoundary';

// Opening a shared summary needs the converter: it loads only when a link carries one.
const SharedSummaryOpener = lazy(() => import('./SharedSummaryOpener'));

/** A `#summary=` fragment (see src/state/summaryLink.ts), told apart without loading that code. */
const SHARED = /^#(?:.*&)?summary=/;

/** Watches the URL fragment and opens a shared summary when a link carries one. */
export function SharedSummaryGate() {
  const [hash, setHash] = useState(() => window.location.hash);
  useEffect(() => {
    const onHash = () => setHash(window.location.hash);
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  const done = useCallback(() => setHash(''), []);
  if (!SHARED.test(hash)) return null;
  return (
    <ErrorBoundary view="The shared summary" resetKey={hash}>
      <Suspense fallback={null}>
        <SharedSummaryOpener hash={hash} onDone={done} />
      </Suspense>
    </ErrorBoundary>
  );
}
