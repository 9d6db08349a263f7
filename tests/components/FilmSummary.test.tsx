import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { FilmSummary } from '../../src/components/FilmSummary';
import { asChronoIndex } from '../../src/model';
import { withStructure } from '../../src/pipeline/measures';
import { generateFilm } from '../fixtures/generateFilm';

// The shared setup does not unmount between tests; each file cleans up after itself.
afterEach(cleanup);

/** A 5-scene film told fully backwards. */
const backwards = () => {
  const film = generateFilm({ scenes: 5, seed: 2, title: 'Reverse' });
  return {
    ...film,
    scenes: film.scenes.map((s, i) => ({
      ...s,
      chronoIndex: asChronoIndex(4 - i),
      kind: 'present' as const,
    })),
  };
};

describe('FilmSummary', () => {
  it('shows the pattern and every measure when the whole film is revealed', () => {
    const { container } = render(<FilmSummary film={withStructure(backwards())} revealLimit={4} />);
    expect(screen.getByText('Told backwards')).toBeInTheDocument();
    expect(container.querySelector('[data-measure="kendallTau"]')).toHaveTextContent('-1.00');
    expect(container.querySelector('[data-measure="backwardJumps"]')).toHaveTextContent('4');
    expect(container.querySelector('[data-measure="nonlinearity"]')).toHaveTextContent('1.00');
  });

  it('withholds every measure under a spoiler limit and says why', () => {
    const { container } = render(<FilmSummary film={withStructure(backwards())} revealLimit={3} />);
    expect(container.querySelector('[data-measure]')).toBeNull();
    expect(screen.queryByText('Told backwards')).toBeNull();
    expect(screen.getByText(/appear once the whole film is revealed/)).toBeInTheDocument();
  });

  it('computes the measures of a film built without them', () => {
    const { container } = render(<FilmSummary film={backwards()} revealLimit={4} />);
    expect(container.querySelector('[data-measure="sceneCount"]')).toHaveTextContent('5');
  });
});
