import type { Browser, Locator, Page, TestInfo } from '@playwright/test';
import {
  checkPage,
  DEMO_PASSWORD,
  expect,
  LENA_CASE_ID,
  login,
  openLenaCase,
  serverURL,
  test,
} from '../support/fixtures.ts';
import { apiCall, familySession } from '../support/intake.ts';

/*
 * Platzbörse, the whole exchange: while Anna has the placement search open from Lena's case, Emil
 * (Familienhilfe Nord e. V.) confirms a new free place in the provider portal and her results change
 * live. Anna asks three facilities at once (Emil's and two others) with an anonymous profile; Emil
 * offers the place, the others do not answer. Anna confirms Emil's offer: the two other requests are
 * withdrawn. Sandra, Lena's mother, consents in the app to her contact data going to Emil's provider,
 * Anna shares them, Emil reads them (but no documents) — and once Sandra revokes her consent, Emil's
 * very next request no longer gets them.
 *
 * The demo case already has a running SPFH at Emil's provider with a consent and a share (persons,
 * help plan): the assertions look at the contact section and at this test's own inquiry only.
 */

/** Emil's SPFH facility: the only one of his that takes an eight-year-old. */
const EMIL_FACILITY = 'Familienhilfe Nord';
const EMIL_PROVIDER = 'Familienhilfe Nord e. V.';
const NEEDS = 'Struktur am Morgen und Begleitung zur Schule; die Mutter wünscht feste Ansprechpersonen.';
const PURPOSE = 'Familienhilfe Nord soll Frau Schneider für Termine erreichen können (Platzbörse).';

/** The office's calendar day (YYYY-MM-DD), plus some days; the server counts in Europe/Berlin. */
function officeDay(plusDays = 0): string {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' }).format(new Date());
  return new Date(Date.parse(`${today}T00:00:00Z`) + plusDays * 86_400_000).toISOString().slice(0, 10);
}

const germanDate = (iso: string) => iso.split('-').reverse().join('.');
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Emil, signed in in a browser of his own. */
async function emilsBrowser(browser: Browser, testInfo: TestInfo): Promise<Page> {
  const context = await browser.newContext({ baseURL: serverURL(testInfo), locale: 'de-DE' });
  const answer = await context.request.post('/api/auth/login', {
    data: { username: 'emil.traeger', password: DEMO_PASSWORD },
  });
  expect(answer.status(), await answer.text()).toBe(200);
  return context.newPage();
}

interface ProviderCase {
  openSections: string[];
  contact: { name: string; street: string | null; phone: string | null }[] | null;
  documents: unknown[] | null;
}

async function emilReadsLenasCase(emil: Page): Promise<ProviderCase> {
  const answer = await emil.request.get(`/api/provider/cases/${LENA_CASE_ID}`);
  expect(answer.status(), await answer.text()).toBe(200);
  return answer.json();
}

/** A recipient of the inquiry by its provider. */
function recipient(inquiry: Locator, provider: string): Locator {
  return inquiry.getByRole('listitem').filter({ hasText: ` · ${provider} · ` });
}

test('Platzbörse: live bestätigte Plätze, Anfrage an drei Träger, Zusage bestätigen, Kontaktdaten teilen und Widerruf', async ({
  page,
  browser,
}, testInfo) => {
  test.setTimeout(240_000);
  const emil = await emilsBrowser(browser, testInfo);

  // (a) Anna opens the search from Lena's case; Emil confirms one more free place; her results follow.
  await login(page, 'anna.asd');
  await openLenaCase(page);
  await checkPage(page, testInfo, 'boerse-01-fall');
  await page.getByRole('link', { name: 'Plätze suchen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Plätze suchen' })).toBeVisible();
  await expect(page).toHaveURL(/caseId=7e57ca5e-0000-4000-8000-000000000001&personId=/);
  await expect(page.getByRole('status').filter({ hasText: 'Live:' })).toBeVisible();
  const emilsResult = page.getByRole('article', { name: `${EMIL_FACILITY} ${EMIL_PROVIDER}`, exact: true });
  await expect(emilsResult).toBeVisible();
  await expect(page.getByText('Wählen Sie bis zu zehn Einrichtungen aus')).toBeVisible();

  await emil.goto('/traeger');
  await expect(emil.getByRole('heading', { level: 1, name: 'Freie Plätze' })).toBeVisible();
  const nord = emil.getByRole('article', { name: EMIL_FACILITY, exact: true });
  const free = nord.getByRole('spinbutton', { name: 'Freie Plätze' });
  const before = Number(await free.inputValue());
  await nord.getByRole('button', { name: 'Ein freier Platz mehr' }).click();
  await expect(free).toHaveValue(String(before + 1));
  await checkPage(emil, testInfo, 'boerse-02-traeger-plaetze');
  await nord.getByRole('button', { name: /^Bestätigen/ }).click();
  await expect(nord.getByText(new RegExp(`^Bestätigt: ${before + 1} frei`))).toBeVisible();

  await expect(emilsResult.getByText('gerade aktualisiert')).toBeVisible();
  await expect(emilsResult.getByText(new RegExp(`^${before + 1} freie Plätze von \\d+`))).toBeVisible();
  await expect(emilsResult).toContainText('heute bestätigt');

  // (b) Three facilities for one inquiry: Emil's and the two best others.
  const boxes = page.getByRole('checkbox', { name: /^Für Anfrage auswählen \(/ });
  const names = await boxes.evaluateAll((inputs) =>
    inputs.map((input) => (input as HTMLInputElement).labels?.[0]?.textContent ?? ''),
  );
  const others = [...new Set(names.map((name) => /, ([^,]+)\)$/.exec(name)?.[1] ?? ''))]
    .filter((provider) => provider !== '' && provider !== EMIL_PROVIDER)
    .slice(0, 2);
  expect(others, 'zwei weitere Träger unter den Treffern').toHaveLength(2);
  await page
    .getByRole('checkbox', { name: `Für Anfrage auswählen (${EMIL_FACILITY}, ${EMIL_PROVIDER})` })
    .check();
  for (const provider of others) {
    await page
      .getByRole('checkbox', {
        name: new RegExp(`^Für Anfrage auswählen \\(.*, ${escapeRegExp(provider)}\\)$`),
      })
      .first()
      .check();
  }
  await expect(page.getByText('3 ausgewählt', { exact: true })).toBeVisible();
  await checkPage(page, testInfo, 'boerse-03-auswahl');
  await page.getByRole('button', { name: 'Anfrage senden', exact: true }).click();

  const form = page.getByRole('dialog', { name: 'Anfrage senden' });
  await expect(form.getByText('Die Anfrage geht anonym hinaus')).toBeVisible();
  await expect(form.getByRole('heading', { name: 'An 3 Einrichtungen' })).toBeVisible();
  await expect(form.getByLabel('Hilfeart')).toHaveValue('p31_spfh');
  await expect(form.getByLabel('Antwort bis')).toHaveValue(officeDay(3));
  // A phone number in the needs: refused at the field, before anything goes out.
  const needs = form.getByLabel(/^Bedarf/);
  await needs.fill(`${NEEDS} Mutter erreichbar unter 0151 2345678.`);
  await form.getByRole('button', { name: 'Anfrage an 3 Einrichtungen senden' }).click();
  await expect(needs).toHaveAttribute('aria-invalid', 'true');
  await expect(needs).toBeFocused();
  await expect(needs).toHaveAccessibleDescription(/Die Anfrage geht anonym hinaus\./);
  await needs.fill(NEEDS);
  // What the providers will read: age, gender, help type, needs — no name, no address.
  const preview = form.getByRole('region', { name: 'So sehen die Träger die Anfrage' });
  await expect(preview.getByText(/^\d+ Jahre, weiblich$/)).toBeVisible();
  await expect(preview.getByText('§ 31 Sozialpädagogische Familienhilfe (SPFH)')).toBeVisible();
  await expect(preview.getByText(NEEDS)).toBeVisible();
  await expect(preview.getByText(germanDate(officeDay(3)))).toBeVisible();
  await expect(preview).not.toContainText(/Lena|Schneider|Birkenstraße|12103/);
  await checkPage(page, testInfo, 'boerse-04-anfrage');
  await form.getByRole('button', { name: 'Anfrage an 3 Einrichtungen senden' }).click();

  // Back on the case page, at the new inquiry, which says it was sent.
  await expect(page).toHaveURL(new RegExp(`/fachkraft/faelle/${LENA_CASE_ID}#anfrage-`));
  const card = page.getByRole('region', { name: 'Platzanfragen und Belegung' });
  const inquiry = page.locator(`#${new URL(page.url()).hash.slice(1)}`);
  await expect(
    inquiry.getByText(
      `Anfrage an 3 Einrichtungen gesendet. Die Träger antworten bis ${germanDate(officeDay(3))}.`,
    ),
  ).toBeVisible();
  await expect(inquiry.getByRole('heading', { name: /^Anfrage vom / })).toBeFocused();
  await expect(inquiry.getByText('Offen', { exact: true })).toBeVisible();
  await expect(inquiry.getByText(`Antwort bis ${germanDate(officeDay(3))}`, { exact: false })).toBeVisible();
  for (const provider of [EMIL_PROVIDER, ...others]) {
    await expect(recipient(inquiry, provider).getByText('Angefragt', { exact: true })).toBeVisible();
  }
  await checkPage(page, testInfo, 'boerse-05-anfrage-gesendet');

  // (c) Emil finds the inquiry in his portal, anonymous, and offers the place.
  await emil.goto('/traeger/anfragen');
  await expect(emil.getByRole('heading', { level: 1, name: 'Anfragen' })).toBeVisible();
  const offer = emil
    .getByRole('region', { name: /^Offen \(\d+\)$/ })
    .getByRole('article')
    .filter({ hasText: NEEDS })
    .filter({ hasText: `Für ${EMIL_FACILITY} ·` });
  await expect(offer.getByRole('heading', { name: /^\d+ Jahre, weiblich · § 31 SPFH$/ })).toBeVisible();
  await expect(offer.getByText(`Antwort bis ${germanDate(officeDay(3))}`)).toBeVisible();
  await expect(emil.getByText(/Schneider|Birkenstraße/)).toHaveCount(0);
  await checkPage(emil, testInfo, 'boerse-06-traeger-anfragen');
  await offer.getByRole('button', { name: 'Platz anbieten …' }).click();
  await offer.getByRole('textbox', { name: /^Hinweis an das Jugendamt/ }).fill('Platz ab sofort frei.');
  await offer.getByRole('button', { name: 'Platz verbindlich anbieten' }).click();
  await expect(
    emil
      .getByRole('region', { name: 'Beantwortet und abgeschlossen' })
      .getByRole('article')
      .filter({ hasText: NEEDS })
      .getByText('Platz angeboten', { exact: true }),
  ).toBeVisible();

  // (d) Anna confirms Emil's offer; the two other requests are withdrawn.
  await page.reload();
  const offered = recipient(inquiry, EMIL_PROVIDER);
  await expect(offered.getByText('Platz angeboten', { exact: true })).toBeVisible();
  await expect(offered.getByText('Hinweis des Trägers: Platz ab sofort frei.')).toBeVisible();
  await checkPage(page, testInfo, 'boerse-07-platz-angeboten');
  await offered.getByRole('button', { name: /^Platz bestätigen/ }).click();
  const confirm = page.getByRole('dialog', { name: 'Platz bestätigen' });
  await expect(
    confirm.getByText(`Die Hilfe in ${EMIL_FACILITY} (${EMIL_PROVIDER}) beginnt heute.`),
  ).toBeVisible();
  await expect(
    confirm.getByText(
      'Die übrigen Anfragen (2 Einrichtungen) werden automatisch zurückgezogen; die Träger erhalten Bescheid.',
    ),
  ).toBeVisible();
  await checkPage(page, testInfo, 'boerse-08-bestaetigen');
  await confirm.getByRole('button', { name: 'Platz bestätigen' }).click();
  await expect(confirm).toHaveCount(0);
  await expect(
    inquiry.getByText(
      `Platz in ${EMIL_FACILITY} (${EMIL_PROVIDER}) bestätigt. Die übrigen Anfragen (2) sind zurückgezogen, die Träger benachrichtigt.`,
    ),
  ).toBeVisible();
  await expect(inquiry.getByRole('heading', { name: /^Anfrage vom / })).toBeFocused();
  await expect(inquiry.getByText('Platz belegt', { exact: true })).toBeVisible();
  await expect(offered.getByText('Belegt', { exact: true })).toBeVisible();
  for (const provider of others) {
    await expect(recipient(inquiry, provider).getByText('Zurückgezogen', { exact: true })).toBeVisible();
  }
  await expect(inquiry.getByRole('button', { name: /Platz bestätigen|Anfrage zurückziehen/ })).toHaveCount(0);
  const placements = card.getByRole('region', { name: 'Belegung', exact: true });
  await expect(
    placements
      .getByRole('listitem')
      .filter({ hasText: `Seit ${germanDate(officeDay())}` })
      .first(),
  ).toContainText(EMIL_FACILITY);
  // Ending a help asks first and says that the provider's shares end with it; not now.
  await placements
    .getByRole('button', { name: /^Hilfe beenden/ })
    .first()
    .click();
  const end = page.getByRole('dialog', { name: 'Hilfe beenden' });
  await expect(end.getByText(/endet heute\.$/)).toBeVisible();
  await end.getByRole('button', { name: 'Abbrechen' }).click();
  await expect(end).toHaveCount(0);
  await checkPage(page, testInfo, 'boerse-09-platz-bestaetigt');

  // (e) Sandra is asked in the app for her contact data and gives her consent; Anna shares them.
  const sharing = page.getByRole('region', { name: 'Einwilligungen und Freigaben' });
  await sharing.getByRole('button', { name: 'Einwilligung einholen' }).click();
  const ask = page.getByRole('dialog', { name: 'Einwilligung einholen' });
  await ask.getByLabel('Person', { exact: true }).selectOption({ label: 'Sandra Schneider (Elternteil)' });
  await expect(ask.getByLabel('Träger', { exact: true })).toHaveValue(/.+/);
  await ask.getByLabel('Zweck', { exact: true }).fill(PURPOSE);
  await ask.getByRole('checkbox', { name: 'Kontaktdaten (Adresse, Telefon)' }).check();
  await ask.getByRole('button', { name: 'In der App erbitten' }).click();
  await expect(ask).toHaveCount(0);

  const sandra = await familySession(browser, testInfo, 'DEMO-SCHNEIDER', '240615');
  try {
    const asked = await apiCall<{ items: { id: string; purpose: string; status: string }[] }>(
      sandra.page,
      'GET',
      '/api/family/consents',
    );
    const consent = asked.items.find((c) => c.purpose === PURPOSE);
    expect(consent?.status).toBe('requested');
    await apiCall(sandra.page, 'POST', `/api/family/consents/${consent?.id}`, { decision: 'give' });

    await page.reload();
    await sharing.getByRole('button', { name: 'Freigabe anlegen' }).click();
    const share = page.getByRole('dialog', { name: 'Freigabe anlegen' });
    await share.getByRole('checkbox', { name: 'Kontaktdaten (Adresse, Telefon)' }).check();
    await share.getByRole('button', { name: 'Freigeben' }).click();
    await expect(share).toHaveCount(0);
    await expect(sharing.getByText(`${EMIL_PROVIDER} sieht jetzt: Kontaktdaten.`)).toBeVisible();
    await checkPage(page, testInfo, 'boerse-10-freigabe');

    // (f) Emil reads the contact data in his portal; documents are not shared.
    await emil.goto(`/traeger/faelle/${LENA_CASE_ID}`);
    await expect(emil.getByRole('heading', { level: 1, name: 'Lena Schneider' })).toBeVisible();
    const contact = emil.getByRole('region', { name: 'Kontaktdaten' });
    await expect(contact.getByText(/Birkenstraße/).first()).toBeVisible();
    await expect(contact.getByText('Nicht freigegeben')).toHaveCount(0);
    await expect(
      emil.getByRole('region', { name: 'Dokumente' }).getByText('Nicht freigegeben'),
    ).toBeVisible();
    await checkPage(emil, testInfo, 'boerse-11-traeger-kontaktdaten');
    const shared = await emilReadsLenasCase(emil);
    expect(shared.openSections).toContain('contact');
    expect(shared.contact?.some((c) => c.name === 'Sandra Schneider')).toBe(true);
    expect(shared.openSections).not.toContain('documents');
    expect(shared.documents).toBeNull();

    // (g) Sandra revokes her consent: Emil's very next request no longer gets the contact data.
    await apiCall(sandra.page, 'POST', `/api/family/consents/${consent?.id}`, { decision: 'revoke' });
  } finally {
    await sandra.close();
  }
  const closed = await emilReadsLenasCase(emil);
  expect(closed.openSections).not.toContain('contact');
  expect(closed.contact).toBeNull();
  // The demo's consent (persons, help plan) still holds: the case stays open to him, without contact data.
  expect(closed.openSections).toContain('persons');
  await emil.reload();
  await expect(
    emil.getByRole('region', { name: 'Kontaktdaten' }).getByText('Nicht freigegeben'),
  ).toBeVisible();
  await expect(emil.getByText(/Birkenstraße/)).toHaveCount(0);
  await emil.context().close();

  // Anna's case page says the contact data are locked now.
  await page.reload();
  await expect(sharing.getByText('Kontaktdaten: gesperrt').first()).toBeVisible();
  await checkPage(page, testInfo, 'boerse-12-widerrufen');
});
