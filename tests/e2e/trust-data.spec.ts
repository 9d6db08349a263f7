import { expect, test, type Page } from '@playwright/test';
import { FETCH_TIMEOUT_MS } from '../../src/queries/fetchers';
import { HARBOUR, LIGHTHOUSE, serveFixtureFilms } from './support/films';

test.beforeEach(async ({ page }) => {
  await serveFixtureFilms(page);
});

/** After a failure, the rest of the app still works: the header's picker opens another film. */
async function openHarbourFromHeader(page: Page): Promise<void> {
  await page.getByRole('button', { name: /^Film/ }).click();
  await page.getByRole('option', { name: /Harbour of Echoes/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Harbour of Echoes/ })).toBeVisible();
  // A first visit asks whether the viewer has seen the film; a later one draws the marks at once.
  const seen = page.getByRole('button', { name: 'I’ve seen it — show everything' });
  await expect(seen.or(page.locator('[data-scene-id]').first())).toBeVisible();
  if (await seen.isVisible()) await seen.click();
  await expect(page.locator('[data-scene-id]')).toHaveCount(HARBOUR.scenes.length);
}

const BROKEN: readonly { case: string; body: string; status: number; message: RegExp }[] = [
  { case: 'a 404', body: 'not found', status: 404, message: /was not found \(HTTP 404\)/ },
  {
    case: 'HTML instead of JSON',
    body: '<!doctype html><title>Oops</title>',
    status: 200,
    message: /is not valid JSON/,
  },
  {
    case: 'JSON that breaks the contract',
    body: JSON.stringify({ ...LIGHTHOUSE, scenes: [{ id: 's01' }] }),
    status: 200,
    message: /does not match the data contract/,
  },
  {
    case: 'another film’s file',
    body: JSON.stringify(HARBOUR),
    status: 200,
    message: /holds another film/,
  },
];

for (const broken of BROKEN) {
  test(`a film file with ${broken.case} names the film, offers Retry, and the rest of the app works`, async ({
    page,
  }) => {
    let fixed = false;
    await page.route(`**/data/films/${LIGHTHOUSE.id}.json`, (route) =>
      fixed
        ? route.fallback()
        : route.fulfill({ status: broken.status, body: broken.body, contentType: 'text/plain' }),
    );
    await page.goto(`/?film=${LIGHTHOUSE.id}&reveal=all`);
    const alert = page.getByRole('alert');
    await expect(
      alert.getByRole('heading', { name: 'The Lighthouse Letters could not be loaded' }),
    ).toBeVisible({ timeout: 15_000 });
    await expect(alert).toContainText(broken.message);
    await expect(alert).toContainText(LIGHTHOUSE.id);
    // The header, the notice area and the footer are still there: no white screen.
    await expect(page.getByRole('banner')).toBeVisible();
    fixed = true;
    await alert.getByRole('button', { name: 'Retry' }).click();
    await expect(page.locator('[data-scene-id]')).toHaveCount(LIGHTHOUSE.scenes.length);
    fixed = false;
    await openHarbourFromHeader(page);
  });
}

test('a film file that never arrives times out with a message naming the film and a Retry', async ({
  page,
}) => {
  await page.clock.install();
  let hang = true;
  await page.route(`**/data/films/${LIGHTHOUSE.id}.json`, async (route) => {
    if (!hang) return route.fallback();
    // Never answered: the app's own timer has to give up.
    await new Promise(() => {});
  });
  await page.goto(`/?film=${LIGHTHOUSE.id}&reveal=all`);
  await expect(page.getByText('Loading The Lighthouse Letters…')).toBeAttached();
  const heading = page.getByRole('heading', { name: 'The Lighthouse Letters could not be loaded' });
  // The first attempt times out, react-query retries once (after 1 s), and that one times out too.
  await expect(async () => {
    await page.clock.fastForward(FETCH_TIMEOUT_MS);
    await expect(heading).toBeVisible({ timeout: 500 });
  }).toPass({ timeout: 30_000 });
  await expect(page.getByRole('alert')).toContainText(
    `took too long to load (no answer within ${FETCH_TIMEOUT_MS / 1000}\u00a0s)`,
  );
  await page.screenshot({ path: 'test-results/trust-timeout.png', fullPage: true });
  hang = false;
  await page.getByRole('button', { name: 'Retry' }).click();
  await expect(page.locator('[data-scene-id]')).toHaveCount(LIGHTHOUSE.scenes.length);
});

test('a film list that fails to load shows Retry on the welcome page, which recovers', async ({
  page,
}) => {
  let fail = true;
  await page.route('**/data/index.json', (route) =>
    fail ? route.fulfill({ status: 503, body: 'busy' }) : route.fallback(),
  );
  await page.goto('/');
  const alert = page.getByRole('alert');
  await expect(alert.getByRole('heading', { name: 'The films could not be loaded' })).toBeVisible({
    timeout: 15_000,
  });
  await expect(alert).toContainText('The film list failed to load (HTTP 503)');
  fail = false;
  await alert.getByRole('button', { name: 'Retry' }).click();
  await expect(page.getByRole('option', { name: /The Lighthouse Letters/ })).toBeVisible();
});

test('a view whose code fails to load is caught by its own error boundary; the film stays usable', async ({
  page,
}) => {
  // The table view's chunk is missing (say, a deploy replaced the files under an open tab).
  await page.route(/\/assets\/SceneTable-[^/]*\.js$/, (route) =>
    route.fulfill({ status: 404, body: 'gone' }),
  );
  await page.goto(`/?film=${LIGHTHOUSE.id}&reveal=all`);
  await page.getByRole('button', { name: 'Table view' }).click();
  const alert = page.getByRole('alert');
  await expect(
    alert.getByRole('heading', { name: 'The table view could not be shown' }),
  ).toBeVisible();
  await expect(alert.getByRole('button', { name: 'Try again' })).toBeVisible();
  await page.screenshot({ path: 'test-results/trust-view-error.png', fullPage: true });
  // Everything else still works.
  await page.getByRole('button', { name: 'Chronological order' }).click();
  await expect(page).toHaveURL(/order=chrono/);
  await page.locator('[data-scene-id="s04"]').click();
  await expect(page.getByRole('complementary', { name: 'Bruno remembers' })).toBeVisible();
});
