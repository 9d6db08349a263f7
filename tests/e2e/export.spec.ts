import { readFile, writeFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { summarizeFilm } from '../../src/model/film';
import { generateFilm } from '../fixtures/generateFilm';
import {
  chronoIds,
  HARBOUR,
  LIGHTHOUSE,
  serveFixtureFilms,
  storyIds,
  watchProblems,
} from './support/films';
import { readCsv } from '../fixtures/readCsv';

/** A film above the canvas threshold (600 visible scenes): its marks are painted on a canvas. */
const LARGE = generateFilm({ scenes: 700, id: 'long-voyage', title: 'The Long Voyage', seed: 11 });

test.beforeEach(async ({ page }) => {
  await serveFixtureFilms(page);
  // Registered last, so it answers first: the fixture films plus the large one.
  await page.route('**/data/index.json', (route) =>
    route.fulfill({
      json: { schemaVersion: 1, films: [LIGHTHOUSE, HARBOUR, LARGE].map(summarizeFilm) },
    }),
  );
  await page.route(`**/data/films/${LARGE.id}.json`, (route) => route.fulfill({ json: LARGE }));
});

/** Chooses an Export menu item and returns the downloaded file's name and bytes. */
async function exportAs(page: Page, item: string): Promise<{ name: string; bytes: Buffer }> {
  await page.getByRole('button', { name: 'Export' }).click({ timeout: 15_000 });
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('list', { name: 'Export' }).getByRole('button', { name: item }).click(),
  ]);
  const path = await download.path();
  return { name: download.suggestedFilename(), bytes: await readFile(path) };
}

/** What the browser's XML parser finds in an exported SVG. */
interface SvgFacts {
  error: string | null;
  root: string;
  width: number;
  height: number;
  markIds: string[];
  title: string;
  legend: string[];
}

const readSvg = (page: Page, text: string): Promise<SvgFacts> =>
  page.evaluate((source) => {
    const doc = new DOMParser().parseFromString(source, 'image/svg+xml');
    const svg = doc.documentElement;
    return {
      error: doc.querySelector('parsererror')?.textContent ?? null,
      root: `${svg.namespaceURI} ${svg.localName}`,
      width: Number(svg.getAttribute('width')),
      height: Number(svg.getAttribute('height')),
      markIds: [...svg.querySelectorAll('[data-marks] > [data-scene-id]')].map(
        (m) => m.getAttribute('data-scene-id') ?? '',
      ),
      title: svg.querySelector('[data-title]')?.textContent ?? '',
      legend: [...svg.querySelectorAll('[data-legend-item]')].map(
        (g) => g.getAttribute('data-legend-item') ?? '',
      ),
    };
  }, text);

/** Width and height from a PNG's IHDR chunk (bytes 16..23, big-endian). */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(0, 8)).toEqual(
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  );
  expect(bytes.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** A strict RFC 4180 reader; a well-formed file leaves nothing after its last line break. */
function parseCsv(text: string): string[][] {
  const { rows, rest } = readCsv(text);
  expect(rest).toBe('');
  return rows;
}

test('SVG export parses and holds one mark per visible scene, the title and the legend', async ({
  page,
}) => {
  const problems = watchProblems(page);
  await page.goto(`/?film=${LIGHTHOUSE.id}&reveal=all&order=chrono`);
  await expect(page.locator('[data-timeline-root]')).not.toHaveAttribute('data-morphing', 'true');
  const { name, bytes } = await exportAs(page, 'SVG image');
  expect(name).toBe(`${LIGHTHOUSE.id}-chrono.svg`);
  const svg = await readSvg(page, bytes.toString('utf8'));
  expect(svg.error).toBeNull();
  expect(svg.root).toBe('http://www.w3.org/2000/svg svg');
  expect(svg.markIds.sort()).toEqual(storyIds(LIGHTHOUSE).sort());
  expect(svg.title).toBe(LIGHTHOUSE.title);
  expect(svg.legend).toEqual([
    'Present',
    'Flashback',
    'Recounted',
    'Flash-forward',
    'Jump back in time',
    'Jump forward',
  ]);
  // Exactly what is on screen: the drawing keeps its on-screen size inside the picture.
  const plot = await page
    .locator('#root [data-timeline-root] > [role="group"][aria-label^="Timeline of"]')
    .boundingBox();
  expect(svg.width).toBe(Math.round(plot?.width ?? 0) + 32);
  expect(problems).toEqual([]);
});

test('SVG export under a spoiler limit holds only the revealed scenes', async ({ page }) => {
  await page.goto(`/?film=${LIGHTHOUSE.id}&reveal=3`);
  const { bytes } = await exportAs(page, 'SVG image');
  const text = bytes.toString('utf8');
  const svg = await readSvg(page, text);
  expect(svg.markIds).toEqual(storyIds(LIGHTHOUSE, 3));
  for (const hidden of LIGHTHOUSE.scenes.slice(4)) expect(text).not.toContain(hidden.title);
  expect(svg.legend).not.toContain('Jump forward');
});

test('SVG export of a canvas-drawn film builds one mark per scene', async ({ page }) => {
  await page.goto(`/?film=${LARGE.id}&reveal=all`);
  await expect(page.locator('[data-timeline-root]')).toHaveAttribute('data-renderer', 'canvas', {
    timeout: 15_000,
  });
  const { bytes } = await exportAs(page, 'SVG image');
  const svg = await readSvg(page, bytes.toString('utf8'));
  expect(svg.error).toBeNull();
  expect(svg.markIds).toHaveLength(700);
  expect(new Set(svg.markIds)).toEqual(new Set(storyIds(LARGE)));
});

test('SVG export of the story curve parses and carries its title and legend', async ({ page }) => {
  await page.goto(`/?film=${LIGHTHOUSE.id}&reveal=all&view=curve`);
  await expect(page.getByTestId('story-curve')).toBeVisible({ timeout: 15_000 });
  const { name, bytes } = await exportAs(page, 'SVG image');
  expect(name).toBe(`${LIGHTHOUSE.id}-story-curve.svg`);
  const text = bytes.toString('utf8');
  const svg = await readSvg(page, text);
  expect(svg.error).toBeNull();
  expect(svg.title).toBe(LIGHTHOUSE.title);
  expect(svg.legend).toContain('Flashback');
  expect(text).toContain('Story curve');
  // The curve's own drawing came along: one point per scene, by id.
  for (const id of storyIds(LIGHTHOUSE)) expect(text).toContain(`data-scene-id="${id}"`);
});

test('PNG export is the SVG picture at twice its size', async ({ page }) => {
  await page.goto(`/?film=${HARBOUR.id}&reveal=all`);
  const svg = await readSvg(page, (await exportAs(page, 'SVG image')).bytes.toString('utf8'));
  const { name, bytes } = await exportAs(page, 'PNG image');
  expect(name).toBe(`${HARBOUR.id}-story.png`);
  // The test browser's devicePixelRatio is 1, so the export uses its 2x floor.
  expect(pngSize(bytes)).toEqual({ width: svg.width * 2, height: svg.height * 2 });
  expect(bytes.length).toBeGreaterThan(10_000);
  await writeFile('test-results/export-harbour.png', bytes);
});

test('CSV export has a header and one row per visible scene, in the current order', async ({
  page,
}) => {
  await page.goto(`/?film=${LIGHTHOUSE.id}&reveal=5&order=chrono&chars=clara`);
  const { name, bytes } = await exportAs(page, 'CSV table');
  expect(name).toBe(`${LIGHTHOUSE.id}-scenes.csv`);
  const text = bytes.toString('utf8');
  expect(text.startsWith('\ufeff')).toBe(true);
  const rows = parseCsv(text.slice(1));
  const header = rows[0] ?? [];
  expect(header.slice(0, 5)).toEqual([
    'Story position',
    'Chronological position',
    'Scene id',
    'Title',
    'Kind',
  ]);
  expect(rows).toHaveLength(1 + 6);
  const id = header.indexOf('Scene id');
  expect(rows.slice(1).map((r) => r[id])).toEqual(chronoIds(LIGHTHOUSE, 5));
  const inFilter = header.indexOf('In filter');
  const clara = new Set(
    LIGHTHOUSE.scenes.filter((s) => s.characters.includes('clara')).map((s) => s.id),
  );
  expect(rows.slice(1).map((r) => r[inFilter])).toEqual(
    chronoIds(LIGHTHOUSE, 5).map((s) => (clara.has(s) ? 'yes' : 'no')),
  );
});

test('Print puts the timeline picture and the scene list on paper, controls hidden', async ({
  page,
}) => {
  await page.addInitScript(() => {
    window.print = () => {
      document.body.dataset.printed = 'yes';
    };
  });
  await page.goto(`/?film=${LIGHTHOUSE.id}&reveal=all`);
  await page.getByRole('button', { name: 'Export' }).click({ timeout: 15_000 });
  await page.getByRole('button', { name: 'Print…' }).click();
  await expect(page.locator('body')).toHaveAttribute('data-printed', 'yes');
  const sheet = page.locator('body > .fabula-print-sheet');
  await expect(sheet).toBeHidden();
  await page.emulateMedia({ media: 'print' });
  await expect(sheet).toBeVisible();
  await expect(page.locator('#root')).toBeHidden();
  await expect(sheet.locator('tbody tr')).toHaveCount(LIGHTHOUSE.scenes.length);
  await expect(sheet.locator('svg [data-marks] > [data-scene-id]')).toHaveCount(
    LIGHTHOUSE.scenes.length,
  );
  await expect(sheet.locator('thead th')).toHaveText([
    'Told',
    'In time',
    'Title',
    'Kind',
    'Time cue',
    'Characters',
  ]);
  // Legible: body text of the list at least 9pt (12px) on paper.
  const fontPx = await sheet
    .locator('tbody td')
    .first()
    .evaluate((td) => parseFloat(getComputedStyle(td).fontSize));
  expect(fontPx).toBeGreaterThanOrEqual(12);
  await page.screenshot({ path: 'test-results/print-preview.png', fullPage: true });
  const pdf = await page.pdf({ landscape: true, printBackground: true });
  expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  await page.emulateMedia({ media: 'screen' });
  await expect(sheet).toBeHidden();
});
