import type { APIRequestContext, Page } from '@playwright/test';
import { checkPage, DEMO_PASSWORD, expect, LENA_CASE_ID, serverURL, test } from '../support/fixtures.ts';
import { comeBackWithCode } from '../support/intake.ts';

/*
 * The family's say over its data and its help, on the phone: Frau Schneider sees her consent to
 * "Familienhilfe Nord e. V.", revokes it after a confirmation and answers a new request; Finn (14)
 * chooses one of the three offers his caseworker put before him (§ 5 SGB VIII), with a note, and the
 * wish lands in his case; anyone browses the region's offers by setting; the consents page in Arabic.
 */

const PROVIDER = 'Familienhilfe Nord e. V.';
const LANGUAGE_KEY = 'lotse.family.language';

interface Sharing {
  consents: {
    id: string;
    person: { id: string; name: string };
    provider: { id: string; name: string };
    status: string;
    purpose: string;
    sections: string[];
  }[];
}

/** German unless the test chooses another language (the picker would open on a first visit). */
async function inLanguage(page: Page, lang = 'de'): Promise<void> {
  await page.addInitScript(
    ([key, value]) => {
      if (!localStorage.getItem(key)) localStorage.setItem(key, value);
    },
    [LANGUAGE_KEY, lang] as const,
  );
}

async function staffLogin(request: APIRequestContext, username: string): Promise<void> {
  const answer = await request.post('/api/auth/login', { data: { username, password: DEMO_PASSWORD } });
  expect(answer.status(), await answer.text()).toBe(200);
}

async function lenaSharing(request: APIRequestContext): Promise<Sharing> {
  const answer = await request.get(`/api/cases/${LENA_CASE_ID}/sharing`);
  expect(answer.status(), await answer.text()).toBe(200);
  return answer.json();
}

/** The office's calendar day (YYYY-MM-DD), plus some days. */
function officeDay(plusDays = 0): string {
  const day = new Date(Date.now() + plusDays * 86_400_000);
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Berlin' }).format(day);
}

test('Frau Schneider widerruft ihre Einwilligung für den Träger und beantwortet eine neue Anfrage', async ({
  page,
  request,
}, testInfo) => {
  // Anna asks Sandra in the app for a new consent, with an end date. It covers what the demo consent
  // covers, so once Sandra says yes the provider sees what it saw before (other specs rely on that).
  await staffLogin(request, 'anna.asd');
  const before = await lenaSharing(request);
  // The demo's consent (persons and help plan); other specs may have added consents for other sections.
  const given = before.consents.find(
    (c) => c.provider.name === PROVIDER && c.status === 'given' && c.sections.includes('help_plan'),
  );
  expect(given, 'die erteilte Einwilligung der Demo').toBeTruthy();
  if (!given) return;
  const purpose = 'Familienhilfe ab dem Monatsersten: Namen und Hilfeplan an den Träger, befristet.';
  const asked = await request.post(`/api/cases/${LENA_CASE_ID}/consents`, {
    data: {
      personId: given.person.id,
      providerId: given.provider.id,
      purpose,
      sections: ['persons', 'help_plan'],
      validFrom: officeDay(),
      validUntil: officeDay(180),
      source: 'app',
    },
  });
  expect(asked.status(), await asked.text()).toBe(201);
  const waitingCount = ((await asked.json()) as Sharing).consents.filter(
    (c) => c.person.id === given.person.id && c.status === 'requested',
  ).length;

  await inLanguage(page);
  await comeBackWithCode(page, 'DEMO-SCHNEIDER', '240615');
  const card = page.getByRole('region', { name: 'Meine Einwilligungen' });
  await expect(card.getByText(`Warten auf Ihre Antwort: ${waitingCount}`)).toBeVisible();
  await card.getByRole('link', { name: 'Einwilligungen ansehen' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Meine Einwilligungen' })).toBeVisible();
  await expect(
    page.getByText('Sie dürfen Nein sagen. Ein Nein ändert nichts an der Hilfe, die Ihnen zusteht.'),
  ).toBeVisible();
  await expect(
    page.getByText(/jederzeit widerrufen, also zurücknehmen\. Dann sieht der Träger sofort nichts mehr/),
  ).toBeVisible();
  const active = page.getByRole('region', { name: 'Gelten jetzt' });
  const consent = active.getByRole('article', { name: PROVIDER }).filter({ hasText: given.purpose });
  await expect(consent.getByText('Zugestimmt', { exact: true })).toBeVisible();
  await expect(consent.getByText('Was darf Familienhilfe Nord e. V. sehen?')).toBeVisible();
  await expect(consent.getByText('Namen und Geburtstage in Ihrer Familie')).toBeVisible();
  await expect(consent.getByText('Ihr Hilfeplan: Ziele und Absprachen')).toBeVisible();
  await expect(consent.getByText(/^ab .+, bis Sie sie widerrufen$/)).toBeVisible();
  const waiting = page.getByRole('region', { name: 'Warten auf Ihre Antwort' });
  const request2 = waiting.getByRole('article', { name: PROVIDER }).filter({ hasText: purpose });
  await expect(request2.getByText('Wartet auf Antwort', { exact: true })).toBeVisible();
  await expect(request2.getByText(/^vom .+ bis zum .+$/)).toBeVisible();
  await checkPage(page, testInfo, 'einwilligungen-01-liste');

  // Revoking asks first; "no" changes nothing.
  await consent.getByRole('button', { name: 'Einwilligung widerrufen' }).click();
  const dialog = page.getByRole('dialog', { name: 'Einwilligung widerrufen?' });
  await expect(dialog.getByText(`${PROVIDER} sieht dann sofort nichts mehr von diesen Daten.`)).toBeVisible();
  await checkPage(page, testInfo, 'einwilligungen-02-rueckfrage');
  await dialog.getByRole('button', { name: 'Nein, abbrechen' }).click();
  await expect(dialog).toBeHidden();
  await expect(consent.getByText('Zugestimmt', { exact: true })).toBeVisible();

  await consent.getByRole('button', { name: 'Einwilligung widerrufen' }).click();
  await dialog.getByRole('button', { name: 'Ja, widerrufen' }).click();
  const done = page.getByText(
    `Sie haben die Einwilligung widerrufen. ${PROVIDER} sieht ab sofort nichts mehr davon.`,
  );
  await expect(done).toBeVisible();
  await expect(done).toBeFocused();
  const past = page.getByRole('region', { name: 'Gelten nicht mehr' });
  const revoked = past.getByRole('article', { name: PROVIDER }).filter({ hasText: given.purpose });
  await expect(revoked.getByText('Widerrufen', { exact: true })).toBeVisible();
  await expect(revoked.getByRole('button')).toHaveCount(0);
  expect((await lenaSharing(request)).consents.find((c) => c.id === given.id)?.status).toBe('revoked');

  // The new request: yes.
  await request2.getByRole('button', { name: 'Ja, ich stimme zu' }).click();
  await expect(
    page.getByText(`Danke. Sie haben zugestimmt. ${PROVIDER} darf diese Daten jetzt sehen.`),
  ).toBeVisible();
  await expect(active.getByRole('article', { name: PROVIDER }).filter({ hasText: purpose })).toBeVisible();
  await checkPage(page, testInfo, 'einwilligungen-03-beantwortet');
  const after = await lenaSharing(request);
  expect(after.consents.find((c) => c.purpose === purpose)?.status).toBe('given');
});

test('Finn (14) wählt eines von drei Angeboten und schreibt dazu, warum (§ 5 SGB VIII)', async ({
  page,
  request,
}, testInfo) => {
  await inLanguage(page);
  await comeBackWithCode(page, 'DEMO-JUGEND', '240615');
  const card = page.getByRole('region', { name: 'Angebote zur Wahl' });
  await expect(
    card.getByText('Das Jugendamt hat Angebote für dich ausgesucht. Du darfst sagen, welches du möchtest.'),
  ).toBeVisible();
  await card.getByRole('link', { name: 'Angebote ansehen' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Angebote zur Wahl' })).toBeVisible();
  await expect(
    page.getByText(/Das ist dein Recht \(§\s5 SGB\sVIII\)\. Das Jugendamt beachtet deinen Wunsch/),
  ).toBeVisible();
  const list = page.getByRole('region', { name: 'Die Angebote' });
  await expect(list.getByRole('article')).toHaveCount(3);
  const chosen = 'Beratungsstelle für Eltern, Kinder und Jugendliche e. V.';
  const offer = list.getByRole('article').filter({ hasText: chosen });
  await expect(offer.getByText('Hilfe zu Hause', { exact: true })).toBeVisible();
  await expect(offer.getByText('Die Hilfe kommt zu dir nach Hause.')).toBeVisible();
  await expect(offer.getByText('10 bis 20 Jahre')).toBeVisible();
  await expect(offer.getByText('Deutsch und Arabisch')).toBeVisible();
  await expect(offer.getByRole('link', { name: '0123 5034 1' })).toHaveAttribute('href', 'tel:012350341');
  await expect(page.getByRole('region', { name: 'Dein Wunsch' })).toHaveCount(0);
  await checkPage(page, testInfo, 'angebote-01-zur-wahl');

  await page.getByRole('button', { name: 'Wunsch senden' }).click();
  await expect(page.getByText('Bitte wähle ein Angebot oder „Keines davon passt“.')).toBeVisible();
  await page.getByRole('radio', { name: new RegExp(chosen.replace(/[.,]/g, '\\$&')) }).check();
  const note = 'Dort spricht jemand Arabisch, das hilft meiner Mutter. Und Seedorf ist nah an meiner Schule.';
  await page.getByLabel('Möchtest du etwas dazu sagen? (freiwillig)').fill(note);
  await page.getByRole('button', { name: 'Wunsch senden' }).click();
  await expect(page.getByText('Danke! Dein Wunsch ist beim Jugendamt angekommen.')).toBeVisible();
  const wish = page.getByRole('region', { name: 'Dein Wunsch' });
  await expect(wish.getByText(/^Das hast du dir am .+ gewünscht:$/)).toBeVisible();
  await expect(wish.getByText(chosen)).toBeVisible();
  await expect(wish.getByText(note)).toBeVisible();
  await expect(offer.getByText('Dein Wunsch', { exact: true })).toBeVisible();
  await checkPage(page, testInfo, 'angebote-02-wunsch');

  // Kept: after a reload the wish and the choice are still there; the case has it too.
  await page.reload();
  await expect(wish.getByText(chosen)).toBeVisible();
  await expect(page.getByRole('radio', { name: new RegExp(chosen.replace(/[.,]/g, '\\$&')) })).toBeChecked();
  await staffLogin(request, 'jonas.nord');
  const cases = (await (await request.get('/api/cases?q=Finn')).json()) as { items: { id: string }[] };
  const finnCase = cases.items[0]?.id ?? '';
  const choices = (await (await request.get(`/api/cases/${finnCase}/offer-choices`)).json()) as {
    wishes: { personName: string; offerId: string | null; note: string }[];
  };
  expect(choices.wishes[0]).toMatchObject({ personName: 'Finn Müller', note });
});

test('Angebote in der Region: öffentlich, nach Art der Hilfe gefiltert, ohne freie Plätze', async ({
  page,
}, testInfo) => {
  await inLanguage(page);
  await page.goto('/');
  await page.getByRole('link', { name: 'Angebote in der Region' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Angebote in der Region' })).toBeVisible();
  const results = page.getByRole('region', { name: /^Gefunden: \d+$/ });
  await expect(results.getByRole('article').first()).toBeVisible();
  const total = Number((await results.getByRole('heading', { level: 2 }).textContent())?.replace(/\D/g, ''));
  expect(total).toBeGreaterThan(50);
  await expect(results.getByRole('article')).toHaveCount(50);
  await expect(page.getByText(/freie? Pl[aä]tze?/i)).toHaveCount(0);
  await checkPage(page, testInfo, 'angebote-region-01-alle');

  await page.getByRole('radio', { name: /^Hilfe zu Hause/ }).check();
  await expect(page).toHaveURL(/\/angebote\?setting=ambulant$/);
  const filtered = page.getByRole('region', { name: /^Gefunden: \d+$/ });
  await expect(filtered.getByRole('heading', { level: 2 })).not.toHaveText(`Gefunden: ${total}`);
  const count = await filtered.getByRole('article').count();
  expect(count).toBeGreaterThan(0);
  await expect(filtered.getByText('Hilfe zu Hause', { exact: true })).toHaveCount(count);
  await expect(filtered.getByText('Wohnen in einer Gruppe', { exact: true })).toHaveCount(0);
  await checkPage(page, testInfo, 'angebote-region-02-zu-hause');

  await page.getByRole('radio', { name: /^Wohnen in einer Gruppe/ }).check();
  await expect(page).toHaveURL(/\/angebote\?setting=stationaer$/);
  await expect(filtered.getByText('Hilfe zu Hause', { exact: true })).toHaveCount(0);
  await expect(filtered.getByText('Wohnen in einer Gruppe', { exact: true }).first()).toBeVisible();

  // All of them again, on two pages.
  await page.getByRole('radio', { name: 'Alle Angebote' }).check();
  await expect(page).toHaveURL(/\/angebote$/);
  const pages = page.getByRole('navigation', { name: 'Seiten' });
  await expect(pages.getByText('Seite 1 von 2')).toBeVisible();
  await pages.getByRole('link', { name: 'Nächste Seite' }).click();
  await expect(page).toHaveURL(/\/angebote\?page=2$/);
  await expect(pages.getByText('Seite 2 von 2')).toBeVisible();
  await expect(results.getByRole('article')).toHaveCount(total - 50);
});

test('Meine Einwilligungen auf Arabisch: von rechts nach links, die Texte des Amts bleiben deutsch', async ({
  page,
}, testInfo) => {
  await inLanguage(page);
  await comeBackWithCode(page, 'DEMO-SCHNEIDER', '240615');
  await page.evaluate((key) => localStorage.setItem(key, 'ar'), LANGUAGE_KEY);
  await page.goto('/meine-akte');
  await expect(page.getByRole('heading', { level: 1, name: 'ملفي' })).toBeVisible();
  await page.getByRole('region', { name: 'موافقاتي' }).getByRole('link', { name: 'عرض الموافقات' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'موافقاتي' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(
    page.getByText('يحق لك أن تقول لا. رفضك لا يغيّر شيئًا في المساعدة التي تستحقها.'),
  ).toBeVisible();
  const consent = page.getByRole('article', { name: PROVIDER }).first();
  await expect(consent).toBeVisible();
  await expect(consent.locator('dd[lang="de"]')).toHaveAttribute('dir', 'auto');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow, 'breiter als der Bildschirm').toBeLessThanOrEqual(0);
  await checkPage(page, testInfo, 'einwilligungen-04-ar');
});

/** Every language of the family app, right to left where it belongs. */
const LANGUAGES = ['de', 'de-simple', 'en', 'ar', 'tr', 'uk', 'ru', 'fa'] as const;

test('Einwilligungen und Angebote zur Wahl in allen Sprachen: Richtung, Überschrift, Breite', async ({
  page,
  browser,
}, testInfo) => {
  test.setTimeout(120_000);
  await inLanguage(page);
  await comeBackWithCode(page, 'DEMO-SCHNEIDER', '240615');
  const finn = await browser.newPage({
    baseURL: serverURL(testInfo),
    viewport: page.viewportSize(),
  });
  await inLanguage(finn);
  await comeBackWithCode(finn, 'DEMO-JUGEND', '240615');
  for (const lang of LANGUAGES) {
    for (const [who, address] of [
      [page, '/meine-akte/einwilligungen'],
      [finn, '/meine-akte/angebote'],
    ] as const) {
      await who.evaluate(([key, value]) => localStorage.setItem(key, value), [LANGUAGE_KEY, lang] as const);
      await who.goto(address);
      await expect(who.locator('html')).toHaveAttribute(
        'dir',
        lang === 'ar' || lang === 'fa' ? 'rtl' : 'ltr',
      );
      await expect(who.getByRole('heading', { level: 1 })).toBeVisible();
      await expect(who.getByRole('article').first()).toBeVisible();
      const overflow = await who.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, `${lang} ${address}: breiter als der Bildschirm`).toBeLessThanOrEqual(0);
    }
  }
  await finn.close();
});
