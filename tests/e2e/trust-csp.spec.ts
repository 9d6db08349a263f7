import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { HARBOUR, serveFixtureFilms } from './support/films';

const DIST = process.env.E2E_DIST ?? 'dist';

/** The directives of a policy, by name. */
const directives = (policy: string): Map<string, string[]> =>
  new Map(
    policy
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name, ...values]) => [name!, values]),
  );

test('the built app is served with a Content-Security-Policy: no inline script, no eval, same-origin data', async ({
  request,
}) => {
  const response = await request.get('/');
  const policy = response.headers()['content-security-policy'];
  expect(policy, 'vite preview sends the policy').toBeTruthy();
  const d = directives(policy!);
  expect(d.get('default-src')).toEqual(["'self'"]);
  expect(d.get('script-src')).toEqual(["'self'"]);
  expect(d.get('connect-src')).toEqual(["'self'"]);
  expect(d.get('object-src')).toEqual(["'none'"]);
  expect(d.get('base-uri')).toEqual(["'none'"]);
  expect(policy).not.toMatch(/unsafe-eval|wasm-unsafe-eval|\*/);
  expect(d.get('script-src')).not.toContain("'unsafe-inline'");

  // The policy for static hosts (public/_headers, copied into the build) is the same one.
  const headersFile = readFileSync(join(DIST, '_headers'), 'utf8');
  const line = headersFile.split('\n').find((l) => l.trim().startsWith('Content-Security-Policy:'));
  expect(line?.trim()).toBe(`Content-Security-Policy: ${policy}`);

  // The built page has no inline script or handler for the policy to forbid.
  const html = readFileSync(join(DIST, 'index.html'), 'utf8');
  const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
  expect(scripts.length).toBeGreaterThan(0);
  for (const [, attrs, body] of scripts) {
    expect(attrs).toMatch(/\bsrc="\/assets\/[^"]+\.js"/);
    expect(body!.trim()).toBe('');
  }
  expect(html).not.toMatch(/\son[a-z]+\s*=/i);
  expect(await response.text()).toBe(html);
});

test('the app runs under its policy with no violation, and the policy really blocks eval', async ({
  page,
}) => {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __violations: string[] }).__violations = seen;
    document.addEventListener('securitypolicyviolation', (e) =>
      seen.push(
        `${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}:${e.columnNumber}`,
      ),
    );
  });
  const console: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || /Content Security Policy/i.test(m.text())) console.push(m.text());
  });
  await serveFixtureFilms(page);
  await page.goto('/');
  await page.getByRole('option', { name: /The Lighthouse Letters/ }).click();
  await page.getByRole('button', { name: 'I’ve seen it — show everything' }).click();
  await page.getByRole('button', { name: 'Chronological order' }).click();
  await page.locator('[data-scene-id="s04"]').click();
  await page.getByRole('button', { name: 'Table view' }).click();
  await expect(page.getByRole('table')).toBeVisible();
  await page.getByRole('button', { name: 'Story curve' }).click();
  await page.getByRole('button', { name: 'Character lanes' }).click();
  await page.goto(`/?film=${HARBOUR.id}&reveal=all`);
  await expect(page.locator('[data-scene-id]')).toHaveCount(HARBOUR.scenes.length);
  await page.getByRole('link', { name: 'Compare films' }).click();
  await expect(page.getByRole('heading', { name: 'Compare films' })).toBeVisible();

  const violations = await page.evaluate(
    () => (window as unknown as { __violations: string[] }).__violations,
  );
  expect(violations).toEqual([]);
  expect(console).toEqual([]);

  // The policy is in force: an inline script and a string run as code (a string timer) are
  // refused by the page itself.
  const ran = await page.evaluate(async () => {
    const w = window as unknown as { __inline?: number; __timer?: number };
    const script = document.createElement('script');
    script.textContent = 'window.__inline = 1';
    document.head.append(script);
    (setTimeout as unknown as (code: string, ms: number) => void)('window.__timer = 1', 0);
    await new Promise((resolve) => setTimeout(resolve, 100));
    return { inline: w.__inline ?? null, timer: w.__timer ?? null };
  });
  expect(ran).toEqual({ inline: null, timer: null });
  const refused = await page.evaluate(
    () => (window as unknown as { __violations: string[] }).__violations,
  );
  expect(refused.map((v) => v.split(' ')[0])).toEqual(['script-src-elem', 'script-src']);
});
