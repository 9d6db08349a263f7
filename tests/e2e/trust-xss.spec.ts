import { expect, test, type Page } from '@playwright/test';
import type { Film } from '../../src/model/film';
import { convertDocuments } from '../../src/pipeline/convert';
import { Diagnostics } from '../../src/pipeline/diagnostics';
import { PAYLOADS, XSS_FILM, XSS_SEED_TEXT } from '../fixtures/xssFilm';
import { HARBOUR, LIGHTHOUSE } from './support/films';
import { serveFilms } from './support/serve';

// The page's Content-Security-Policy would block inline handlers and scripts on its own; these
// tests switch it off to prove the app itself never turns data into markup.
test.use({ bypassCSP: true });

const [CONVERTED] = convertDocuments([{ file: 'xss.txt', text: XSS_SEED_TEXT }], new Diagnostics());
const FILMS: Film[] = [LIGHTHOUSE, HARBOUR, XSS_FILM, CONVERTED!];

interface Watch {
  dialogs: string[];
  requests: string[];
  errors: string[];
}

/** Records every dialog (dismissed at once), every request and every uncaught error. */
function watch(page: Page): Watch {
  const w: Watch = { dialogs: [], requests: [], errors: [] };
  page.on('dialog', (d) => {
    w.dialogs.push(`${d.type()}: ${d.message()}`);
    void d.dismiss();
  });
  page.on('request', (r) => w.requests.push(r.url()));
  page.on('pageerror', (e) => w.errors.push(e.message));
  return w;
}

/** Nothing from the data became a live element, attribute, URL or script. */
async function expectNoLiveMarkup(page: Page, where: string): Promise<void> {
  const found = await page.evaluate(() => {
    const problems: string[] = [];
    for (const el of Array.from(document.querySelectorAll('*'))) {
      for (const attr of Array.from(el.attributes)) {
        if (/^on/i.test(attr.name)) problems.push(`${el.tagName} has ${attr.name}`);
        const url = /^(href|src|action|formaction|xlink:href|data|poster|srcdoc)$/i;
        if (url.test(attr.name) && /^\s*javascript:/i.test(attr.value))
          problems.push(`${el.tagName} ${attr.name}=js`);
      }
    }
    for (const s of Array.from(document.scripts)) {
      if (!s.src || new URL(s.src).origin !== location.origin)
        problems.push(`script ${s.src || 'inline'}`);
    }
    const live = 'iframe, object, embed, img[src="x"], svg[onload], a[href*="alert("]';
    for (const el of Array.from(document.querySelectorAll(live))) {
      problems.push(`live ${el.tagName}`);
    }
    for (const style of Array.from(document.querySelectorAll('style'))) {
      if (style.textContent?.includes('display:none}')) problems.push('live STYLE from data');
    }
    if ((window as unknown as { __xss?: unknown }).__xss !== undefined) problems.push('__xss set');
    if (getComputedStyle(document.body).display === 'none') problems.push('body hidden');
    return problems;
  });
  expect(found, where).toEqual([]);
}

test('markup and script in every text field of a film render as plain text, with no dialog and no request leaving', async ({
  page,
  baseURL,
}) => {
  const seen = watch(page);
  await serveFilms(page, FILMS);
  await page.emulateMedia({ reducedMotion: 'reduce' });

  // The picker: the title as an option.
  await page.goto('/');
  await page.getByRole('combobox', { name: 'Search films' }).fill('dossier');
  const option = page.getByRole('option', { name: /Dossier/ });
  await expect(option).toContainText(XSS_FILM.title);
  await expectNoLiveMarkup(page, 'picker');
  await option.click();

  // The spoiler question names the film.
  const question = page.getByRole('dialog');
  await expect(question).toContainText(`Have you seen ${XSS_FILM.title}?`);
  await question.getByRole('button', { name: 'I’ve seen it — show everything' }).click();

  // Header: title, aka, director, language, genres and premise, character for character.
  const h1 = page.getByRole('heading', { level: 1 });
  await expect(h1).toContainText(XSS_FILM.title);
  await expect(h1).toContainText(`also known as ${XSS_FILM.aka.join(', ')}`);
  await expect(page.getByText(`Directed by ${PAYLOADS.js}`)).toBeVisible();
  await expect(page.getByText(XSS_FILM.premise!.text)).toBeVisible();
  await expect(page).toHaveTitle(`${XSS_FILM.title} · Fabula`);
  await expectNoLiveMarkup(page, 'film header');

  // Character filter: labels and alias tooltips (title attributes hold the text as it is).
  for (const c of XSS_FILM.characters) {
    await expect(page.getByRole('checkbox', { name: c.name })).toBeAttached();
  }
  await expect(page.getByTitle(`Also: ${PAYLOADS.img}`, { exact: true })).toHaveCount(1);

  // Tooltip of a mark.
  await page.locator('[data-scene-id="s02"]').hover();
  await expect(page.getByTestId('timeline-tooltip')).toContainText(PAYLOADS.img);
  await expect(page.getByTestId('timeline-tooltip')).toContainText(PAYLOADS.js);
  await expectNoLiveMarkup(page, 'tooltip');

  // Scene panel: title, text in its source passage, time cue.
  for (const scene of XSS_FILM.scenes) {
    await page.locator(`[data-scene-id="${scene.id}"]`).click();
    const panel = page.getByRole('complementary', { name: scene.title });
    await expect(panel.getByRole('heading', { name: scene.title })).toBeVisible();
    await expect(panel.locator('mark')).toHaveText(scene.text);
    if (scene.timeCue) await expect(panel).toContainText(scene.timeCue);
    await expectNoLiveMarkup(page, `scene panel ${scene.id}`);
  }

  // Filter, lanes, table view and chronological order all at once.
  await page.getByRole('checkbox', { name: XSS_FILM.characters[0]!.name }).check();
  await page.getByRole('button', { name: 'Character lanes' }).click();
  await page.getByRole('button', { name: 'Table view' }).click();
  await page.getByRole('button', { name: 'Chronological order' }).click();
  const table = page.getByRole('table');
  for (const scene of XSS_FILM.scenes) await expect(table).toContainText(scene.title);
  await page.screenshot({ path: 'test-results/trust-xss-film.png', fullPage: true });
  await expectNoLiveMarkup(page, 'lanes, table, chronological order');

  // The story curve and the compare page.
  await page.getByRole('button', { name: 'Story curve' }).click();
  await expect(page.locator('svg').first()).toBeVisible();
  await expectNoLiveMarkup(page, 'story curve');
  await page.getByRole('link', { name: 'Compare films' }).click();
  await expect(page.getByRole('heading', { name: 'Compare films' })).toBeVisible();
  await expect(page.getByRole('main')).toContainText(XSS_FILM.title);
  await expectNoLiveMarkup(page, 'compare page');

  // The film made by the converter from a seed document holding the payloads.
  await page.goto(`/?film=${CONVERTED!.id}&reveal=all&scene=s01`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(CONVERTED!.title);
  await expect(page).toHaveTitle(`${CONVERTED!.title} · Fabula`);
  await expect(page.getByRole('complementary').locator('mark')).toContainText(PAYLOADS.img);
  await page.locator('[data-scene-id="s02"]').click();
  await expect(page.getByRole('complementary').locator('mark')).toContainText(PAYLOADS.js);
  await expectNoLiveMarkup(page, 'converted film');

  expect(seen.dialogs).toEqual([]);
  expect(seen.errors).toEqual([]);
  const origin = new URL(baseURL!).origin;
  const away = seen.requests.filter((u) => new URL(u).origin !== origin);
  expect(away, 'requests that left the app').toEqual([]);
  // Nothing asked for a payload's URL on our own server either (<img src=x> would fetch /x).
  const stray = seen.requests.filter(
    (u) => !/^\/(assets\/|data\/|favicon\.svg$|$|\?)/.test(new URL(u).pathname + new URL(u).search),
  );
  expect(stray, 'requests for something other than the app and its data').toEqual([]);
});

test('a link carrying markup in its parameters shows it as text in the notice, nowhere else', async ({
  page,
}) => {
  const seen = watch(page);
  await serveFilms(page, FILMS);
  const junk = encodeURIComponent(PAYLOADS.img);
  await page.goto(`/?film=${LIGHTHOUSE.id}&reveal=all&scene=${junk}&${junk}=${junk}`);
  const notice = page.getByRole('status').filter({ hasText: 'Part of this link was ignored' });
  await expect(notice).toContainText(`scene=${PAYLOADS.img.slice(0, 40)}…`);
  await expectNoLiveMarkup(page, 'notice');
  expect(seen.dialogs).toEqual([]);
  expect(seen.errors).toEqual([]);
});
