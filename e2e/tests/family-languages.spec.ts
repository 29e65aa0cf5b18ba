import { checkPage, expect, test } from '../support/fixtures.ts';

/*
 * The family pages in every language at 360 px: the heading shows, the direction fits the language
 * and nothing is wider than the screen (the information pages in German, Arabic, Persian and
 * Ukrainian; their texts in every language are checked by family-texts.spec.ts). axe checks every
 * page in German and in Arabic (right to left) and the start page and both dialogs in every language
 * (with E2E_SCREENSHOTS=1, photos of each). One test per language, so the workers share them.
 */
const LANGUAGES = ['de', 'de-simple', 'en', 'ar', 'tr', 'uk', 'ru', 'fa'] as const;
type Lang = (typeof LANGUAGES)[number];
const SLUGS = ['about', 'rights', 'help-types', 'process', 'contact'] as const;
const STORAGE_KEY = 'lotse.family.language';
/** Languages in which axe checks every page (left to right and right to left); the others, the start page. */
const AXE_EVERY_PAGE = new Set<Lang>(['de', 'ar']);
/** The information pages (long texts) are swept in these: both scripts right to left and the longest words. */
const INFO_PAGES_IN = new Set<Lang>(['de', 'ar', 'fa', 'uk']);

test.describe.configure({ mode: 'parallel' });

test.describe('Familien-App in allen Sprachen bei 360 px', { tag: '@phone-only' }, () => {
  test.use({ viewport: { width: 360, height: 740 } });

  test('Erster Besuch: die Sprachwahl steht oben', async ({ page }, testInfo) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await checkPage(page, testInfo, 'family-de-00-erster-besuch');
  });

  for (const lang of LANGUAGES) {
    test(`Barrierefreiheit (axe), Richtung und Breite: ${lang}`, async ({ page }, testInfo) => {
      await page.addInitScript(([key, value]) => localStorage.setItem(key, value), [
        STORAGE_KEY,
        lang,
      ] as const);
      const shots: [string, string][] = [
        ['01-start', '/'],
        ...(INFO_PAGES_IN.has(lang) ? SLUGS : []).map((slug, i): [string, string] => [
          `0${i + 2}-info-${slug}`,
          `/info/${slug}`,
        ]),
        ['07-anliegen', '/anliegen'],
        ['08-zurueck', '/zurueck'],
        ['09-nicht-gefunden', '/gibt-es-nicht'],
        ['12-angebote-region', '/angebote'],
      ];
      for (const [name, address] of shots) {
        await page.goto(address);
        await expect(page.locator('html')).toHaveAttribute(
          'dir',
          lang === 'ar' || lang === 'fa' ? 'rtl' : 'ltr',
        );
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow, `family-${lang}-${name}: breiter als der Bildschirm`).toBeLessThanOrEqual(0);
        if (AXE_EVERY_PAGE.has(lang) || name === '01-start') {
          await checkPage(page, testInfo, `family-${lang}-${name}`);
        }
      }
      await page.goto('/');
      await page.locator('.fam-sos').click();
      await expect(page.getByRole('dialog')).toBeVisible();
      await checkPage(page, testInfo, `family-${lang}-10-hilfe-sofort`);
      await page.keyboard.press('Escape');
      await page.locator('.fam-lang-button').click();
      await expect(page.getByRole('dialog')).toBeVisible();
      await checkPage(page, testInfo, `family-${lang}-11-sprache`);
    });
  }
});
