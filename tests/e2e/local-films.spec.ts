import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { serveFixtureFilms, watchProblems } from './support/films';

/**
 * A viewer's own summaries: pasted or dropped text becomes a film in a Web Worker, is kept in
 * IndexedDB across reloads, travels in a share link when small, and as a film JSON file when not.
 */
const dev = (name: string) => readFileSync(`tests/eval/dev/${name}.txt`, 'utf8');
const SUMMARY = dev('dev-02_frame-story');
const TITLE = 'What the River Kept';
const LOCAL_ID = 'my-what-the-river-kept';
// Four summaries in one text: about 8 KB once compressed, over the 6 KB a link may carry.
const LONG_SUMMARY = [
  'dev-01_backwards',
  'dev-03_nested-flashbacks',
  'dev-04_linear',
  'dev-07_dialogue-backstory',
]
  .map(dev)
  .join('\n\n');

test.beforeEach(async ({ page }) => {
  await serveFixtureFilms(page);
});

const openConverter = async (page: Page) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Add your own summary' }).click();
  await expect(page.getByRole('heading', { name: 'Your own summary' })).toBeVisible();
};

const answerSeen = (page: Page) =>
  page.getByRole('button', { name: 'I’ve seen it — show everything' }).click();

const axeViolations = async (page: Page, where: string): Promise<string[]> => {
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .analyze();
  return result.violations.map(
    (v) =>
      `${where}: ${v.id} (${v.nodes.length}) ${v.nodes.map((n) => n.html.slice(0, 120)).join(' | ')}`,
  );
};

/** Pastes a summary, makes the film and waits for it to be drawn; returns the worker's time. */
const pasteSummary = async (page: Page, text: string, title: string): Promise<number> => {
  await openConverter(page);
  await page.getByLabel('Plot summary').fill(text);
  await page.getByRole('button', { name: 'Make the film' }).click();
  await answerSeen(page);
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(page.locator('[data-scene-id]').first()).toBeVisible();
  return page.evaluate(
    () => performance.getEntriesByName('fabula:convert').at(-1)?.duration ?? NaN,
  );
};

test('a pasted summary becomes a film with its scenes, and survives a reload', async ({ page }) => {
  const problems = watchProblems(page);
  const ms = await pasteSummary(page, SUMMARY, TITLE);
  test.info().annotations.push({ type: 'conversion', description: `${ms.toFixed(0)} ms` });
  console.log(`worker conversion of ${SUMMARY.length} characters: ${ms.toFixed(0)} ms`);
  await expect(page).toHaveURL(new RegExp(`\\?film=${LOCAL_ID}&reveal=all$`));
  const scenes = await page.locator('[data-scene-id]').count();
  expect(scenes).toBeGreaterThan(5);
  await expect(page.getByRole('region', { name: 'Your film' })).toContainText('Yours');
  await page.screenshot({ path: 'test-results/local-film.png', fullPage: true });

  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
  await expect(page.locator('[data-scene-id]')).toHaveCount(scenes);

  await page.getByRole('link', { name: 'Fabula' }).click();
  const yours = page.getByRole('region', { name: /Your films/ });
  await expect(yours.getByRole('button', { name: TITLE, exact: true })).toBeVisible();
  await expect(page.getByRole('option', { name: new RegExp(`${TITLE}.*Yours`) })).toBeVisible();
  await page.screenshot({ path: 'test-results/local-films-welcome.png', fullPage: true });
  await page.getByRole('option', { name: new RegExp(TITLE) }).click();
  await expect(page.locator('[data-scene-id]')).toHaveCount(scenes);
  expect(problems).toEqual([]);
});

test('a dropped .txt summary becomes a film too', async ({ page }) => {
  await openConverter(page);
  const zone = page.getByTestId('summary-drop-zone');
  const transfer = await page.evaluateHandle((text) => {
    const data = new DataTransfer();
    data.items.add(new File([text], 'river.txt', { type: 'text/plain' }));
    return data;
  }, SUMMARY);
  await zone.dispatchEvent('drop', { dataTransfer: transfer });
  await answerSeen(page);
  await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
});

test('a share link opened in another browser converts the same film', async ({ page, browser }) => {
  await pasteSummary(page, SUMMARY, TITLE);
  const scenes = await page
    .locator('[data-scene-id]')
    .evaluateAll((els) => els.map((el) => el.getAttribute('data-scene-id')));
  await page.getByRole('button', { name: 'Share link' }).click();
  const link = await page.getByRole('textbox', { name: 'Share link' }).inputValue();
  expect(link).toMatch(/\/#summary=[A-Za-z0-9_-]+&title=/);
  expect(link.length).toBeLessThan(8200);
  await page.screenshot({ path: 'test-results/local-film-share.png' });

  const other = await browser.newContext();
  try {
    const fresh = await other.newPage();
    await serveFixtureFilms(fresh);
    const problems = watchProblems(fresh);
    await fresh.goto(link);
    await answerSeen(fresh);
    await expect(fresh.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
    await expect(fresh).toHaveURL(new RegExp(`\\?film=${LOCAL_ID}&reveal=all$`));
    const theirs = await fresh
      .locator('[data-scene-id]')
      .evaluateAll((els) => els.map((el) => el.getAttribute('data-scene-id')));
    expect(theirs).toEqual(scenes);
    expect(problems).toEqual([]);
  } finally {
    await other.close();
  }
});

test('a damaged share link says so in one line', async ({ page }) => {
  await page.goto('/#summary=AAAA_not-deflate');
  await expect(page.getByRole('alert')).toContainText(
    'The shared summary could not be opened: The summary in this link is damaged',
  );
  await page.getByRole('button', { name: 'Dismiss' }).click();
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect(page).toHaveURL(/\/$/);
});

test('a summary too long for a link is refused with its compressed size', async ({ page }) => {
  await pasteSummary(page, LONG_SUMMARY, 'Low Water');
  await page.getByRole('button', { name: 'Share link' }).click();
  await expect(page.getByRole('alert')).toHaveText(
    /^This summary is too long to share in a link \(\d+\.\d KB compressed; the limit is 6\.0 KB\): download the film JSON instead\.$/,
  );
  await page.screenshot({ path: 'test-results/local-film-too-long.png', fullPage: true });
});

test('a downloaded film JSON opens again after the film is deleted', async ({ page }) => {
  await pasteSummary(page, SUMMARY, TITLE);
  const scenes = await page.locator('[data-scene-id]').count();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download film JSON' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe(`${LOCAL_ID}.json`);
  const path = test.info().outputPath(download.suggestedFilename());
  await download.saveAs(path);
  expect(JSON.parse(readFileSync(path, 'utf8'))).toMatchObject({ id: LOCAL_ID, title: TITLE });

  await page
    .getByRole('region', { name: 'Your film' })
    .getByRole('button', { name: 'Delete' })
    .click();
  await page
    .getByRole('region', { name: 'Your film' })
    .getByRole('button', { name: 'Delete' })
    .click();
  await expect(page.getByRole('heading', { name: 'See how a film plays with time' })).toBeVisible();
  await expect(page.getByRole('region', { name: /Your films/ })).toHaveCount(0);

  await page.getByRole('button', { name: 'Add your own summary' }).click();
  await page.getByLabel('open a file').setInputFiles(path);
  await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
  await expect(page.locator('[data-scene-id]')).toHaveCount(scenes);
  await expect(page).toHaveURL(new RegExp(`film=${LOCAL_ID}`));
});

test('a file that is not a film is refused in one line naming it', async ({ page }) => {
  await openConverter(page);
  const input = page.getByLabel('open a file');
  await input.setInputFiles({
    name: 'broken.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{ "title": '),
  });
  await expect(page.getByRole('alert')).toHaveText(/^“broken\.json” is not valid JSON \(.+\)\.$/);
  await input.setInputFiles({
    name: 'notes.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify({ title: 'Rope', scenes: [] })),
  });
  await expect(page.getByRole('alert')).toHaveText(/^“notes\.json” is not a Fabula film \(.+\)\.$/);
  await input.setInputFiles({
    name: 'poster.png',
    mimeType: 'image/png',
    buffer: Buffer.from([0x89, 0x50]),
  });
  await expect(page.getByRole('alert')).toHaveText(
    '“poster.png” cannot be opened: drop a .txt summary or a .json film file.',
  );
  await page.screenshot({ path: 'test-results/local-film-bad-file.png', fullPage: true });
});

test('text without a story is refused in one line', async ({ page }) => {
  await openConverter(page);
  await page.getByLabel('Plot summary').fill('The man walked home. He was sad.');
  await page.getByRole('button', { name: 'Make the film' }).click();
  await expect(page.getByRole('alert')).toHaveText(
    'No film could be made from pasted-summary.txt: no story found (no named characters).',
  );
});

test('the converter form, your films and the film bar pass axe (WCAG 2.1 AA)', async ({ page }) => {
  await pasteSummary(page, SUMMARY, TITLE);
  await page.getByRole('button', { name: 'Share link' }).click();
  await expect(page.getByRole('textbox', { name: 'Share link' })).toBeVisible();
  const violations = await axeViolations(page, 'film with share link');
  await page.getByRole('link', { name: 'Fabula' }).click();
  await page.getByRole('button', { name: 'Add your own summary' }).click();
  await page.getByLabel('Plot summary').fill('The man walked home.');
  await page.getByRole('button', { name: 'Make the film' }).click();
  await expect(page.getByRole('alert')).toBeVisible();
  await expect(page.getByRole('region', { name: /Your films/ })).toBeVisible();
  violations.push(...(await axeViolations(page, 'converter form')));
  expect(violations).toEqual([]);
});
