import { describe, expect, it } from 'vitest';
import { convertText } from '../fixtures/filmScenes';
import { UNFAMILIAR_PAGES } from '../fixtures/unfamiliarPages';

/**
 * Pages in forms the converter had not met (tests/fixtures/unfamiliarPages.ts): a video essay's
 * transcript, a parents' guide, lecture slides, a podcast, a wiki page, a Q&A thread. Every
 * sentence of their story lands in some scene (a story sentence in no scene loses the film an
 * event), and their furniture in none.
 */
describe('unfamiliar page forms keep their story', () => {
  for (const page of UNFAMILIAR_PAGES) {
    it(page.name, () => {
      const film = convertText(page.text);
      const spans = film.scenes.flatMap((s) => s.sources);
      const inScene = (phrase: string): boolean => {
        const at = page.text.indexOf(phrase);
        expect(at, phrase).toBeGreaterThanOrEqual(0);
        return spans.some((r) => at >= r.start && at < r.end);
      };
      expect(page.story.filter((p) => !inScene(p))).toEqual([]);
      expect(page.furniture.filter((p) => inScene(p))).toEqual([]);
    });
  }
});
