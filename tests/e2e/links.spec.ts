import { expect, test } from '@playwright/test';
import { LIGHTHOUSE, serveFixtureFilms, watchProblems } from './support/films';

test.beforeEach(async ({ page }) => {
  await serveFixtureFilms(page);
});

const DEEP = `/?film=${LIGHTHOUSE.id}&order=chrono&scene=s06&chars=hugo,clara&match=all&reveal=7&lanes=1&sizing=equal`;

test('a deep link restores exactly that view, and Copy link gives the same link back', async ({
  page,
  context,
  baseURL,
}) => {
  const problems = watchProblems(page);
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(DEEP);
  await expect(page.getByRole('button', { name: 'Chronological order' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect(page.getByRole('heading', { name: 'The wreck' })).toBeVisible();
  await expect(page.getByRole('checkbox', { name: 'Hugo Brandt' })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: 'Clara Vey' })).toBeChecked();
  await expect(page.getByRole('button', { name: 'All', exact: true })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect(page.getByRole('slider', { name: /Spoiler/ })).toHaveValue('7');
  await expect(page.getByRole('button', { name: 'Character lanes' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect(page.getByRole('button', { name: 'Equal widths' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect(page.locator('[data-scene-id]')).toHaveCount(8);
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(`${baseURL}${DEEP}`);
  await page.screenshot({ path: 'test-results/links-deep.png', fullPage: true });

  const second = await context.newPage();
  await serveFixtureFilms(second);
  await second.goto(copied);
  await expect(second.getByRole('heading', { name: 'The wreck' })).toBeVisible();
  await expect(second).toHaveURL(copied);
  expect(problems).toEqual([]);
});

test('Back and Forward step through film, order, scene and filter changes', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('option', { name: /The Lighthouse Letters/ }).click();
  await page.getByRole('button', { name: 'I’ve seen it — show everything' }).click();
  await page.getByRole('button', { name: 'Chronological order' }).click();
  await page.locator('[data-scene-id="s02"]').click();
  await page.getByRole('checkbox', { name: 'Bruno' }).check();
  await expect(page).toHaveURL(/order=chrono&scene=s02&chars=bruno/);

  await page.goBack();
  await expect(page.getByRole('checkbox', { name: 'Bruno' })).not.toBeChecked();
  await expect(page.getByRole('heading', { name: 'A letter in 1962' })).toBeVisible();
  await page.goBack();
  await expect(page.getByRole('heading', { name: 'A letter in 1962' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Chronological order' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await page.goBack();
  await expect(page.getByRole('button', { name: 'Story order' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await page.goBack();
  await expect(page.getByRole('heading', { name: 'See how a film plays with time' })).toBeVisible();

  await page.goForward();
  await page.goForward();
  await expect(page.getByRole('button', { name: 'Chronological order' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect(page.getByRole('dialog')).toHaveCount(0);
});

test('continuous changes replace the history entry instead of adding one', async ({ page }) => {
  await page.goto(`/?film=${LIGHTHOUSE.id}&reveal=2`);
  const before = await page.evaluate(() => history.length);
  const slider = page.getByRole('slider', { name: /Spoiler/ });
  await slider.focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(/reveal=4/);
  expect(await page.evaluate(() => history.length)).toBe(before);
});

test('a link with garbage keeps what it can and says what it ignored', async ({ page }) => {
  await page.goto(`/?film=${LIGHTHOUSE.id}&reveal=all&order=sideways&scene=s99&utm=x`);
  await expect(page.getByText(/Part of this link was ignored/)).toBeVisible();
  await expect(page.locator('[data-scene-id]')).toHaveCount(10);
  await expect(page).toHaveURL(new RegExp(`\\?film=${LIGHTHOUSE.id}&reveal=all$`));
});
