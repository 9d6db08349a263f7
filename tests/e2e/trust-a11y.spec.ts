import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { chronoIds, LIGHTHOUSE, serveFixtureFilms } from './support/films';

test.beforeEach(async ({ page }) => {
  await serveFixtureFilms(page);
  // Contrast is measured on settled pixels: no fade-in or morph mid-way.
  await page.emulateMedia({ reducedMotion: 'reduce' });
});

const FILM = `/?film=${LIGHTHOUSE.id}`;

/** The main states of the app: a link, and what must be on screen before axe looks. */
const STATES: readonly { name: string; url: string; ready: (page: Page) => Locator }[] = [
  { name: 'picker', url: '/', ready: (p) => p.getByRole('option').first() },
  {
    name: 'story order',
    url: `${FILM}&reveal=all`,
    ready: (p) => p.getByRole('button', { name: 'Story order', pressed: true }),
  },
  {
    name: 'chronological order',
    url: `${FILM}&reveal=all&order=chrono`,
    ready: (p) => p.getByRole('button', { name: 'Chronological order', pressed: true }),
  },
  {
    name: 'filter on',
    url: `${FILM}&reveal=all&chars=bruno,ada&match=all`,
    ready: (p) => p.getByText('4 scenes highlighted'),
  },
  {
    name: 'spoiler limited',
    url: `${FILM}&reveal=3`,
    ready: (p) => p.getByRole('slider', { name: /Spoiler/ }),
  },
  {
    name: 'premise only',
    url: `${FILM}&reveal=none`,
    ready: (p) => p.getByRole('slider', { name: /Spoiler/ }),
  },
  {
    name: 'scene panel open',
    url: `${FILM}&reveal=all&scene=s04`,
    ready: (p) => p.getByRole('complementary', { name: 'Bruno remembers' }),
  },
  {
    name: 'lanes on',
    url: `${FILM}&reveal=all&lanes=1&chars=clara,hugo`,
    ready: (p) => p.getByRole('button', { name: 'Character lanes', pressed: true }),
  },
  {
    name: 'story curve',
    url: `${FILM}&reveal=all&view=curve`,
    ready: (p) => p.getByRole('button', { name: 'Story curve', pressed: true }),
  },
  {
    name: 'spoiler question',
    url: FILM,
    ready: (p) => p.getByRole('dialog', { name: /Have you seen/ }),
  },
  {
    name: 'compare page',
    url: '/?page=compare',
    ready: (p) => p.getByRole('heading', { name: 'Compare films' }),
  },
];

test('axe finds no violation (WCAG 2.1 AA, contrast included) in any main state', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const violations: string[] = [];
  for (const state of STATES) {
    await page.goto(state.url);
    await expect(state.ready(page)).toBeVisible();
    await page.locator('[data-morphing="true"]').waitFor({ state: 'detached' });
    const result = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
      .analyze();
    violations.push(
      ...result.violations.map(
        (v) => `${state.name}: ${v.id} (${v.nodes.length}) ${v.nodes[0]?.target.join(' ')}`,
      ),
    );
  }
  // The table view, opened from the film page.
  await page.goto(`${FILM}&reveal=all&order=chrono&scene=s02`);
  await page.getByRole('button', { name: 'Table view' }).click();
  await expect(page.getByRole('table')).toBeVisible();
  const table = await new AxeBuilder({ page }).analyze();
  violations.push(...table.violations.map((v) => `table view: ${v.id} (${v.nodes.length})`));
  expect(violations).toEqual([]);
});

/**
 * Presses Tab until focus comes back to where it started and returns every element it reached
 * (marked with data-kbd), plus every visible control that should be reachable.
 */
async function tabThrough(page: Page): Promise<{ reached: Set<string>; controls: string[] }> {
  const controls = await page.evaluate(() => {
    const selector =
      'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';
    const out: string[] = [];
    document.querySelectorAll<HTMLElement>(selector).forEach((el, i) => {
      const box = el.getBoundingClientRect();
      const hidden =
        el.closest('[inert], [aria-hidden="true"]') !== null ||
        getComputedStyle(el).visibility === 'hidden' ||
        (box.width === 0 && box.height === 0 && !el.matches('input[type="checkbox"]'));
      if (hidden) return;
      el.dataset.kbd = String(i);
      const name = (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40);
      out.push(`${i}:${el.tagName.toLowerCase()}:${name}`);
    });
    return out;
  });
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  const reached = new Set<string>();
  let first: string | null = null;
  for (let i = 0; i < 400; i++) {
    await page.keyboard.press('Tab');
    const id = await page.evaluate(
      () => (document.activeElement as HTMLElement | null)?.dataset.kbd ?? null,
    );
    if (id === null) continue;
    if (id === first) break;
    first ??= id;
    reached.add(id);
  }
  return { reached, controls };
}

test('a keyboard-only walk with Tab reaches every control of the picker and of the film page', async ({
  page,
}) => {
  test.setTimeout(120_000);
  for (const url of ['/', `${FILM}&reveal=all&scene=s04&lanes=1&chars=ada`]) {
    await page.goto(url);
    await expect(page.locator('h1')).toBeVisible();
    if (url !== '/') {
      await page.getByRole('button', { name: 'Table view' }).click();
      await expect(page.getByRole('table')).toBeVisible();
    }
    const { reached, controls } = await tabThrough(page);
    const missed = controls.filter((c) => !reached.has(c.split(':')[0]!));
    expect(missed, `${url}: controls Tab never reached`).toEqual([]);
    expect(controls.length).toBeGreaterThan(url === '/' ? 2 : 20);
  }
});

test('each scene kind differs in shape or pattern, not only in colour, also when dimmed', async ({
  page,
}) => {
  const signatures = async () =>
    page.locator('[data-marks] > g').evaluateAll((marks) =>
      marks.map((g) =>
        Array.from(g.querySelectorAll('rect, path'))
          .map((el) => {
            const fill = el.getAttribute('fill') ?? '';
            const pattern = fill.startsWith('url(') ? 'pattern' : fill === 'none' ? 'none' : 'fill';
            const dash = el.getAttribute('stroke-dasharray') ?? 'none';
            return `${el.tagName}/${pattern}/${dash === 'none' ? 'solid' : 'dashed'}`;
          })
          .join('+'),
      ),
    );
  const byKind = (sigs: string[]) => {
    const map = new Map<string, Set<string>>();
    LIGHTHOUSE.scenes.forEach((s, i) => {
      if (!map.has(s.kind)) map.set(s.kind, new Set());
      map.get(s.kind)!.add(sigs[i] ?? '?');
    });
    return map;
  };
  for (const url of [`${FILM}&reveal=all`, `${FILM}&reveal=all&chars=hugo`]) {
    await page.goto(url);
    await expect(page.locator('[data-marks] > g')).toHaveCount(LIGHTHOUSE.scenes.length);
    const kinds = byKind(await signatures());
    expect(kinds.size).toBe(4);
    // With the filter on, only dimmed marks of each kind are compared (Hugo's scenes are lit).
    const lit = new Set(url.includes('chars=hugo') ? ['s05', 's06', 's07'] : []);
    const sigs = await signatures();
    const shapes = new Map<string, string>();
    LIGHTHOUSE.scenes.forEach((s, i) => {
      if (lit.has(s.id)) return;
      shapes.set(s.kind, sigs[i] ?? '?');
    });
    const distinct = new Set(shapes.values());
    expect(distinct.size, `${url}: ${JSON.stringify(Object.fromEntries(shapes))}`).toBe(
      shapes.size,
    );
  }
  // The legend says it in words too.
  for (const label of ['Present', 'Flashback', 'Recounted', 'Flash-forward']) {
    await expect(page.getByText(label, { exact: true }).first()).toBeVisible();
  }
});

test('the table view reads in a screen reader’s order: caption, headers, then rows in the order shown', async ({
  page,
}) => {
  await page.goto(`${FILM}&reveal=all&order=chrono`);
  await page.getByRole('button', { name: 'Table view' }).click();
  const table = page.getByRole('table', { name: /Scenes of The Lighthouse Letters/ });
  await expect(table).toBeVisible();
  const columns = await table.getByRole('columnheader').allTextContents();
  expect(columns.map((c) => c.trim().toLowerCase())).toEqual([
    'scene',
    'kind',
    'story position',
    'chronological position',
    'characters',
  ]);
  // The accessibility tree lists the rows in chronological order, each led by its row header.
  const titles = (ids: string[]) =>
    ids.map((id) => LIGHTHOUSE.scenes.find((s) => s.id === id)!.title);
  const rowHeaders = async () =>
    (await table.getByRole('rowheader').allTextContents()).map((t) => t.trim());
  expect(await rowHeaders()).toEqual(titles(chronoIds(LIGHTHOUSE)));
  const snapshot = await table.ariaSnapshot();
  const order = titles(chronoIds(LIGHTHOUSE)).map((t) => snapshot.indexOf(t));
  expect(order.every((at, i) => at > 0 && (i === 0 || at > order[i - 1]!))).toBe(true);
  // Switching the order re-reads the rows in story order.
  await page.getByRole('button', { name: 'Story order' }).click();
  expect(await rowHeaders()).toEqual(LIGHTHOUSE.scenes.map((s) => s.title));
});
