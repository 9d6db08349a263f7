import { execFile } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import type { Film } from '../../src/model/film';
import { sceneCentres, watchProblems } from './support/films';

/**
 * Corrections in the browser, round trip: on the real Memento (built by the converter from the
 * Story Curves seed data/seeds/memento_simple.json) set a scene's kind, move a scene in time and
 * merge two characters; the views change at once, a reload keeps the corrections, and the
 * downloaded annotation file, fed to `build-data --annotations`, builds the same corrected film.
 */

const run = promisify(execFile);
const FILM = 'memento';
const SEED = 'data/seeds/memento_simple.json';
// s010 ("Motel Room (Day)", present, 3rd in time) moves to just after s028 (8th in time).
const MOVED = 's010';
const TARGET = 's028';
// s006 names Burt, Teddy and Leonard: Burt is merged into Teddy.
const MERGED_SCENE = 's006';

const chronoOrder = (film: Film): string[] =>
  [...film.scenes].sort((a, b) => a.chronoIndex - b.chronoIndex).map((s) => s.id);

/** Scene ids as drawn left to right (the timeline in chronological order). */
const drawnOrder = async (page: Page): Promise<string[]> =>
  [...(await sceneCentres(page)).entries()].sort((a, b) => a[1] - b[1]).map(([id]) => id);

const panel = (page: Page) => page.locator('aside[aria-labelledby="scene-panel-title"]');
/** The panel's first line: the scene's kind (and time cue). */
const kindLine = (page: Page) => panel(page).getByRole('paragraph').first();

test('a correction round trip: edit in the browser, keep on reload, download, rebuild', async ({
  page,
  request,
}) => {
  test.setTimeout(120_000);
  const problems = watchProblems(page);
  const base = (await (await request.get(`/data/films/${FILM}.json`)).json()) as Film;
  const expectedOrder = chronoOrder(base).filter((id) => id !== MOVED);
  expectedOrder.splice(expectedOrder.indexOf(TARGET) + 1, 0, MOVED);

  await page.goto(`/?film=${FILM}&reveal=all&order=chrono&scene=${MOVED}`);
  await expect(panel(page).getByRole('heading', { name: 'Motel Room (Day)' })).toBeVisible();
  expect(await drawnOrder(page)).toEqual(chronoOrder(base));

  // Set the kind.
  await panel(page).getByRole('button', { name: /^Edit/ }).click();
  await panel(page).getByRole('combobox', { name: 'Kind' }).selectOption('flashback');
  await expect(kindLine(page)).toHaveText(/^Flashback/);

  // Move in time: the marks move to the new chronological order at once.
  await panel(page).getByRole('combobox', { name: 'Before or after' }).selectOption('after');
  await panel(page).getByRole('combobox', { name: 'Scene to move next to' }).selectOption(TARGET);
  await panel(page).getByRole('button', { name: 'Move', exact: true }).click();
  await expect(panel(page).getByText('8th in time', { exact: false })).toBeVisible();
  await expect.poll(() => drawnOrder(page)).toEqual(expectedOrder);

  // Merge two characters, in another scene (the edit controls stay open while stepping).
  await page.locator(`[data-scene-id="${MERGED_SCENE}"]`).click();
  await expect(
    panel(page).getByRole('heading', { name: 'Discount Inn Office (Day)' }),
  ).toBeVisible();
  await panel(page).getByRole('combobox', { name: 'Character to merge' }).selectOption('burt');
  await panel(page).getByRole('combobox', { name: 'Merge into' }).selectOption('teddy');
  await panel(page).getByRole('button', { name: 'Merge', exact: true }).click();
  await expect(
    panel(page)
      .getByRole('listitem')
      .filter({ hasText: /^Burt$/ }),
  ).toHaveCount(0);
  await expect(
    panel(page)
      .getByRole('listitem')
      .filter({ hasText: /^Teddy$/ }),
  ).toHaveCount(1);

  const bar = page.getByTestId('corrections-bar');
  await expect(bar.getByRole('heading', { name: /Corrections \(3\)/ })).toBeVisible();
  await expect(bar.getByText('Burt merged into Teddy')).toBeVisible();
  await expect(bar.getByText('“Motel Room (Day)” (scene 10) is a flashback scene')).toBeVisible();
  await page.screenshot({ path: 'test-results/corrections.png', fullPage: true });

  // A reload keeps them (localStorage), and every view still shows the corrected film.
  await page.reload();
  await expect(bar.getByRole('heading', { name: /Corrections \(3\)/ })).toBeVisible();
  await expect.poll(() => drawnOrder(page)).toEqual(expectedOrder);
  await page.locator(`[data-scene-id="${MOVED}"]`).click();
  await expect(kindLine(page)).toHaveText(/^Flashback/);

  // Download the annotation file.
  const downloading = page.waitForEvent('download');
  await bar.getByRole('button', { name: 'Download annotations' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe(`${FILM}.json`);
  const work = mkdtempSync(join(tmpdir(), 'fabula-corrections-'));
  try {
    const seeds = join(work, 'seeds');
    const annotations = join(work, 'annotations');
    const out = join(work, 'out');
    mkdirSync(seeds);
    mkdirSync(annotations);
    copyFileSync(SEED, join(seeds, 'memento_simple.json'));
    await download.saveAs(join(annotations, download.suggestedFilename()));
    expect(JSON.parse(readFileSync(join(annotations, `${FILM}.json`), 'utf8'))).toEqual({
      film: FILM,
      mergeCharacters: [{ into: 'teddy', from: ['burt'] }],
      setKind: [{ scene: MOVED, kind: 'flashback' }],
      moveScene: [{ scene: MOVED, after: TARGET }],
    });

    // The converter, given the file in its annotations folder, builds the same corrected film.
    await run(
      'npx',
      [
        'tsx',
        'src/cli/build-data.ts',
        '--seeds',
        seeds,
        '--out',
        out,
        '--annotations',
        annotations,
      ],
      { timeout: 90_000 },
    );
    const built = JSON.parse(readFileSync(join(out, 'films', `${FILM}.json`), 'utf8')) as Film;
    expect(chronoOrder(built)).toEqual(expectedOrder);
    expect(chronoOrder(built)).toEqual(await drawnOrder(page));
    expect(built.scenes.find((s) => s.id === MOVED)?.kind).toBe('flashback');
    expect(built.characters.map((c) => c.id)).not.toContain('burt');
    expect(built.characters.find((c) => c.id === 'teddy')?.aliases).toContain('Burt');
    expect(built.scenes.find((s) => s.id === MERGED_SCENE)?.characters).toEqual([
      'teddy',
      'leonard',
    ]);
    // Nothing else changed: the rest of the film is the one the app was serving.
    const rest = (f: Film) => ({ ...f, scenes: [], characters: [], measures: null, blocks: null });
    expect(rest(built)).toEqual(rest(base));
    expect(built.scenes.map((s) => s.text)).toEqual(base.scenes.map((s) => s.text));
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  expect(problems).toEqual([]);
});

test('a move that contradicts an earlier one is refused with one line, and nothing moves', async ({
  page,
}) => {
  const problems = watchProblems(page);
  await page.goto(`/?film=${FILM}&reveal=all&order=chrono&scene=${MOVED}`);
  await panel(page).getByRole('button', { name: /^Edit/ }).click();
  await panel(page).getByRole('combobox', { name: 'Scene to move next to' }).selectOption(TARGET);
  await panel(page).getByRole('button', { name: 'Move', exact: true }).click();
  const after = await drawnOrder(page);
  await page.locator(`[data-scene-id="${TARGET}"]`).click();
  await panel(page).getByRole('combobox', { name: 'Scene to move next to' }).selectOption(MOVED);
  await panel(page).getByRole('button', { name: 'Move', exact: true }).click();
  await expect(panel(page).getByRole('alert')).toHaveText(
    'Not applied: the moves would contradict each other: scene 10 before scene 28 before scene 10.',
  );
  expect(await drawnOrder(page)).toEqual(after);
  await expect(page.getByRole('heading', { name: /Corrections \(1\)/ })).toBeVisible();
  // The edit controls, the refusal and the corrections list pass axe (settled pixels for contrast).
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.locator('[data-morphing="true"]').waitFor({ state: 'detached' });
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(violations.map((v) => `${v.id} (${v.nodes.length})`)).toEqual([]);
  // On a wide screen the panel stands beside the timeline: the controls wrap inside it.
  await page.setViewportSize({ width: 1600, height: 1000 });
  await page.screenshot({ path: 'test-results/corrections-wide.png' });
  await page.getByRole('button', { name: 'Discard all' }).click();
  await page.getByRole('button', { name: 'Discard', exact: true }).click();
  await expect(page.getByTestId('corrections-bar')).toHaveCount(0);
  expect(problems).toEqual([]);
});
