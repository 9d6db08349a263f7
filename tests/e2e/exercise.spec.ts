import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { HARBOUR, LIGHTHOUSE, serveFixtureFilms, watchProblems } from './support/films';

/**
 * The reorder exercise end to end: a teacher makes a link for four scenes of the lighthouse film,
 * a student (a fresh browser context: no memory of the film) reorders them with the keyboard and
 * one drag, checks, gets the expected score, and shares the answer; the answer link shows the same
 * score. Lighthouse times: s01 4, s02 0, s03 5, s04 1.
 */

const TITLES = LIGHTHOUSE.scenes.slice(0, 4).map((s) => s.title);
const [STORM, LETTER, FLOORBOARDS, BRUNO] = TITLES as [string, string, string, string];

const cardTitles = (page: Page) =>
  page.getByRole('list', { name: 'Scenes, earliest first' }).getByRole('heading').allTextContents();
const handle = (page: Page, title: string, position: number, of = 4): Locator =>
  page.getByRole('button', { name: `“${title}”, position ${position} of ${of}` });

const axe = async (page: Page, label: string) => {
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(violations.map((v) => `${label}: ${v.id} (${v.nodes.length})`)).toEqual([]);
};

test('a teacher makes an exercise, a student takes it and shares the answer', async ({
  page,
  browser,
}) => {
  const problems = watchProblems(page);
  await serveFixtureFilms(page);

  // Teacher: the film view, "Make an exercise", four hand-ticked scenes.
  await page.goto(`/?film=${LIGHTHOUSE.id}&reveal=all`);
  await page.getByRole('button', { name: 'Make an exercise' }).click();
  const maker = page.getByTestId('exercise-maker');
  await maker.getByRole('radio', { name: 'Choose the scenes' }).check();
  await maker.getByRole('button', { name: 'Clear' }).click();
  await expect(maker.getByTestId('exercise-count')).toHaveText('Choose at least 2 scenes.');
  await expect(maker.getByRole('button', { name: 'Copy exercise link' })).toBeDisabled();
  for (const title of TITLES) await maker.getByRole('checkbox', { name: title }).check();
  await expect(maker.getByTestId('exercise-count')).toHaveText('The exercise holds 4 scenes.');
  await maker.screenshot({ path: 'test-results/exercise-maker.png' });
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await maker.getByRole('button', { name: 'Copy exercise link' }).click();
  await expect(maker.getByRole('status')).toHaveText('Exercise link copied');
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(new URL(link).search).toBe(`?page=exercise&film=${LIGHTHOUSE.id}&ex=s01,s02,s03,s04`);
  await expect(maker.getByRole('textbox', { name: 'Exercise link' })).toHaveValue(link);

  // Student: a fresh context, so no "Have you seen it?" memory and no shared state.
  const student = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await student.grantPermissions(['clipboard-read', 'clipboard-write']);
  const s = await student.newPage();
  const studentProblems = watchProblems(s);
  await serveFixtureFilms(s);
  await s.goto(link);
  await expect(s.getByRole('heading', { level: 1, name: LIGHTHOUSE.title })).toBeVisible();
  await expect(s.getByRole('dialog')).toHaveCount(0);
  expect(await cardTitles(s)).toEqual(TITLES);
  // Nothing hints at time: no kinds, no cues beyond the texts, no scene ids.
  const main = s.getByRole('main');
  await expect(main).not.toContainText(/flashback|recounted|flash-forward|Years before/i);
  expect(await s.locator('[data-scene-id]').count()).toBe(0);
  expect(await s.content()).not.toMatch(/"s0[1-4]"/);
  await axe(s, 'exercise list');
  await s.screenshot({ path: 'test-results/exercise-list.png', fullPage: true });

  // Keyboard: pick up "A letter in 1962", move it up one place, drop it.
  await handle(s, LETTER, 2).focus();
  await s.keyboard.press('Space');
  await expect(s.getByTestId('reorder-announcement')).toContainText(`Picked up “${LETTER}”`);
  await s.keyboard.press('ArrowUp');
  await expect(handle(s, LETTER, 1)).toBeFocused();
  await s.keyboard.press('Space');
  await expect(s.getByTestId('reorder-announcement')).toHaveText(
    `“${LETTER}” dropped at position 1 of 4.`,
  );
  expect(await cardTitles(s)).toEqual([LETTER, STORM, FLOORBOARDS, BRUNO]);

  // One drag: "Bruno remembers" by its handle, above "Floorboards".
  const from = await handle(s, BRUNO, 4).boundingBox();
  const over = await s
    .getByRole('listitem')
    .filter({ has: s.getByRole('heading', { name: FLOORBOARDS, exact: true }) })
    .boundingBox();
  if (!from || !over) throw new Error('cards not laid out');
  await s.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await s.mouse.down();
  await s.mouse.move(from.x + from.width / 2, over.y + over.height * 0.25, { steps: 12 });
  await s.mouse.up();
  expect(await cardTitles(s)).toEqual([LETTER, STORM, BRUNO, FLOORBOARDS]);
  await expect(s.getByTestId('reorder-announcement')).toHaveText(
    `“${BRUNO}” dropped at position 3 of 4.`,
  );

  // Check: times 0, 4, 1, 5 -> 5 of 6 pairs agree.
  await s.getByRole('button', { name: 'Check my order' }).click();
  await expect(s.getByRole('heading', { name: 'Score: 83%' })).toBeFocused();
  await expect(s.getByTestId('exercise-result')).toContainText('5 of 6 pairs');
  const rows = s.getByTestId('exercise-row');
  await expect(rows).toHaveText([
    /A letter in 1962.*In place/,
    /The storm arrives.*1 place too early/,
    /Bruno remembers.*1 place too late/,
    /Floorboards.*In place/,
  ]);
  await expect(s.locator('[data-testid="exercise-curve"] path[data-path]')).toHaveCount(2);
  await axe(s, 'exercise score');
  await s.screenshot({ path: 'test-results/exercise-score.png', fullPage: true });

  // Share: the answer link carries the order and opens straight on the same score.
  await s.getByRole('button', { name: 'Share my answer' }).click();
  await expect(s.getByText('Answer link copied')).toBeVisible();
  const answer = await s.evaluate(() => navigator.clipboard.readText());
  expect(new URL(answer).search).toBe(
    `?page=exercise&film=${LIGHTHOUSE.id}&ex=s01,s02,s03,s04&answer=1032`,
  );
  expect(s.url()).toBe(answer);

  await page.goto(answer);
  await expect(page.getByRole('heading', { name: 'Score: 83%' })).toBeVisible();
  await expect(page.getByRole('list', { name: 'Scenes, earliest first' })).toHaveCount(0);
  await expect(page.getByTestId('exercise-row')).toHaveCount(4);

  // "Change my order" goes back to the list in the student's order.
  await s.getByRole('button', { name: 'Change my order' }).click();
  expect(await cardTitles(s)).toEqual([LETTER, STORM, BRUNO, FLOORBOARDS]);
  await s.goBack();
  await expect(s.getByRole('heading', { name: 'Score: 83%' })).toBeVisible();

  await student.close();
  expect(problems).toEqual([]);
  expect(studentProblems).toEqual([]);
});

test('an answer that does not fit the exercise is ignored with a notice', async ({ page }) => {
  await serveFixtureFilms(page);
  await page.goto(`/?page=exercise&film=${LIGHTHOUSE.id}&ex=s01,s02,s03,nope&answer=3210`);
  const notice = page.getByRole('status').filter({ hasText: 'Part of this link was ignored' });
  await expect(notice).toContainText('ex: nope (not in this film)');
  await expect(notice).toContainText('answer (it orders 4 scenes, this exercise has 3)');
  expect(await cardTitles(page)).toEqual(TITLES.slice(0, 3));
  await expect(page).toHaveURL(/ex=s01,s02,s03$/);

  await page.goto(`/?page=exercise&film=${LIGHTHOUSE.id}&answer=zz`);
  await expect(page.getByRole('status').filter({ hasText: 'answer=zz' })).toBeVisible();
  await expect(page.getByRole('list', { name: 'Scenes, earliest first' })).toBeVisible();
});

test('a long film offers a seeded random ten, not all its scenes', async ({ page }) => {
  await serveFixtureFilms(page);
  await page.goto(`/?film=${HARBOUR.id}&reveal=all`);
  await page.getByRole('button', { name: 'Make an exercise' }).click();
  const maker = page.getByTestId('exercise-maker');
  await expect(maker.getByRole('radio', { name: /All 48 scenes/ })).toBeDisabled();
  await expect(maker.getByRole('radio', { name: '10 scenes at random' })).toBeChecked();
  const link = maker.getByRole('textbox', { name: 'Exercise link' });
  const first = await link.inputValue();
  await maker.getByRole('button', { name: 'Draw again' }).click();
  const second = await link.inputValue();
  expect(second).not.toBe(first);
  const ids = new URL(second).searchParams.get('ex')?.split(',') ?? [];
  expect(ids).toHaveLength(10);

  await maker.getByRole('link', { name: 'Try it as a student' }).click();
  // The teacher's own spoiler limit stays theirs; the exercise is the same.
  await expect(page).toHaveURL(new RegExp(`[?&]ex=${ids.join(',')}$`));
  expect(new URL(page.url()).searchParams.get('page')).toBe('exercise');
  await expect(page.getByRole('list', { name: 'Scenes, earliest first' })).toBeVisible();
  expect(await cardTitles(page)).toEqual(
    HARBOUR.scenes.filter((s) => ids.includes(s.id)).map((s) => s.title),
  );
});
