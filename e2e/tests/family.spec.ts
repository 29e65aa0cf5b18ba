import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page, Route } from '@playwright/test';
import { expect, test } from '../support/fixtures.ts';

/*
 * The family face at `/`. Endpoints the server does not have yet (it answers 404 "Unbekannte Adresse")
 * are answered here from the shared contract and the repo's own content files; as soon as the server
 * has an endpoint, the tests use the real one.
 */

const contentDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../content/family');
const LANGUAGES = ['de', 'de-simple', 'en', 'ar', 'tr', 'uk', 'ru', 'fa'] as const;
type Lang = (typeof LANGUAGES)[number];
const SLUGS = ['about', 'rights', 'help-types', 'process', 'contact'] as const;
const STORAGE_KEY = 'lotse.family.language';

const TEAM_NORD = {
  id: '00000000-0000-4000-8000-000000000001',
  name: 'ASD Nord',
  socialArea: 'Nord',
  phone: '0421 555-1100',
  email: 'asd-nord@jugendamt.example',
  address: 'Hafenstraße 1, 12345 Musterstadt',
  hours: 'Mo–Fr 8–16 Uhr',
};

/**
 * The shipped page a reader sees. Nobody has said who writes in these tests, so the app addresses
 * the reader formally: the Sie form where the language has one (German, Leichte Sprache).
 */
function readContent(lang: string, slug: string): { lang: string; title: string; bodyMd: string } | null {
  for (const l of [lang, 'de']) {
    const formal = path.join(contentDir, l, `${slug}.formal.md`);
    const file = fs.existsSync(formal) ? formal : path.join(contentDir, l, `${slug}.md`);
    if (!fs.existsSync(file)) continue;
    const text = fs.readFileSync(file, 'utf8');
    const lines = text.split('\n');
    const at = lines.findIndex((line) => line.startsWith('# '));
    return {
      lang: l,
      title: (lines[at] ?? '').slice(2).trim(),
      bodyMd: lines
        .slice(at + 1)
        .join('\n')
        .trim(),
    };
  }
  return null;
}

/** Answers a request locally only while the server lacks the endpoint (SPA fallback's 404). */
async function whereMissing(page: Page, pattern: string, answer: (route: Route) => Promise<void>) {
  await page.route(pattern, async (route) => {
    try {
      const response = await route.fetch();
      const body = await response.text();
      if (response.status() === 404 && body.includes('Unbekannte Adresse')) return answer(route);
      return route.fulfill({ response, body });
    } catch (error) {
      // The page moved on while the request was in flight (its response is disposed): nothing to answer.
      if (/disposed|closed|Target page/i.test(String(error))) return;
      throw error;
    }
  });
}

function json(route: Route, body: unknown, status = 200) {
  return route.fulfill({ status, contentType: 'application/json', body: JSON.stringify(body) });
}

/** The public endpoints of the family face, from the contract, where the server has none yet. */
async function useFamilyContract(page: Page) {
  await whereMissing(page, '**/api/public/office', (route) =>
    json(route, { name: 'Jugendamt Musterstadt', crisisPhone: '0421 555-0000', teams: [TEAM_NORD] }),
  );
  await whereMissing(page, '**/api/content?*', (route) => {
    const lang = new URL(route.request().url()).searchParams.get('lang') ?? 'de';
    return json(
      route,
      SLUGS.map((slug) => ({ slug, title: readContent(lang, slug)?.title ?? slug })),
    );
  });
  await whereMissing(page, '**/api/content/*', (route) => {
    const url = new URL(route.request().url());
    const slug = url.pathname.split('/').pop() ?? '';
    const found = readContent(url.searchParams.get('lang') ?? 'de', slug);
    if (!found) return json(route, { error: 'not_found', message: 'Nicht gefunden' }, 404);
    return json(route, { slug, ...found });
  });
  await whereMissing(page, '**/api/family/request', (route) =>
    json(route, { error: 'unauthorized', message: 'Bitte mit Code und PIN anmelden.' }, 401),
  );
}

async function chooseLanguageBeforeLoad(page: Page, lang: Lang) {
  await page.addInitScript(
    ([key, value]) => {
      localStorage.setItem(key, value);
    },
    [STORAGE_KEY, lang] as const,
  );
}

test.describe('Familien-App', () => {
  test.beforeEach(async ({ page }) => {
    await useFamilyContract(page);
  });

  test('Erster Besuch zeigt die Sprachwahl; Arabisch spiegelt das Layout und bleibt gespeichert', async ({
    page,
  }) => {
    await page.goto('/');
    await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Hilfe für Kinder, Jugendliche und Eltern',
    );
    const picker = page.getByRole('region', { name: /Sprache wählen/ });
    await expect(picker).toBeVisible();

    await picker.getByRole('button', { name: 'العربية' }).click();
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
    await expect(page.getByRole('heading', { level: 1 })).not.toHaveText(/Hilfe für Kinder/);
    await expect(picker).toHaveCount(0);

    // Mirrored: the brand sits on the right, the language button on the left; on wide screens the
    // emergency button moves to the left corner too (on phones it spans the width).
    const viewport = page.viewportSize() ?? { width: 360, height: 740 };
    const centre = async (selector: string) => {
      const box = await page.locator(selector).boundingBox();
      return box ? box.x + box.width / 2 : Number.NaN;
    };
    expect(await centre('.fam-brand')).toBeGreaterThan(viewport.width / 2);
    expect(await centre('.fam-lang-button')).toBeLessThan(viewport.width / 2);
    if (viewport.width >= 768) expect(await centre('.fam-sos')).toBeLessThan(viewport.width / 2);

    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await expect(page.getByRole('region', { name: /Sprache/ })).toHaveCount(0);

    // The language stays reachable from the header on every page.
    await page.goto('/zurueck');
    await page.locator('.fam-lang-button').click();
    await page.getByRole('dialog').getByRole('button', { name: 'Deutsch' }).click();
    await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
    await expect(page.locator('html')).toHaveAttribute('lang', 'de');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mit Code nachsehen');
  });

  test('„Hilfe sofort“ öffnet auf jeder Familienseite die Notrufnummern', async ({ page }) => {
    await chooseLanguageBeforeLoad(page, 'de');
    for (const address of [
      '/',
      '/info/about',
      '/info/contact',
      '/anliegen',
      '/zurueck',
      '/meine-anfrage',
      '/gibt-es-nicht',
    ]) {
      await page.goto(address);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await page.getByRole('button', { name: 'Hilfe sofort' }).click();
      const panel = page.getByRole('dialog', { name: 'Hilfe sofort' });
      await expect(panel).toBeVisible();
      for (const number of ['110', '112', '116111', '08001110550', '116016']) {
        await expect(panel.locator(`a[href="tel:${number}"]`)).toBeVisible();
      }
      await expect(panel.getByRole('link', { name: /Polizei/ })).toHaveAttribute('href', 'tel:110');
      await page.keyboard.press('Escape');
      await expect(panel).toBeHidden();
    }
  });

  test('Informationsseiten erscheinen auf Deutsch und Englisch', async ({ page }) => {
    for (const lang of ['de', 'en'] as const) {
      await page.addInitScript(
        ([key, value]) => {
          localStorage.setItem(key, value);
        },
        [STORAGE_KEY, lang] as const,
      );
      for (const slug of SLUGS) {
        const expected = readContent(lang, slug);
        expect(expected?.lang, `content/family/${lang}/${slug}.md fehlt`).toBe(lang);
        await page.goto(`/info/${slug}`);
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(expected?.title ?? '');
        await expect(page.locator('.fam-prose')).not.toBeEmpty();
      }
      await page.goto('/');
      await page.getByRole('link', { name: readContent(lang, 'rights')?.title ?? '' }).click();
      await expect(page).toHaveURL(/\/info\/rights$/);
    }
  });
});
