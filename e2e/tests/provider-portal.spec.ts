import type { Browser, Locator, Page, TestInfo } from '@playwright/test';
import { checkPage, DEMO_PASSWORD, expect, LENA_CASE_ID, serverURL, test } from '../support/fixtures.ts';

/*
 * The provider portal (/traeger): Emil, provider admin of "Familienhilfe Nord e. V." (three facilities
 * in the demo), signs in and lands on his free places, confirms new numbers in two clicks and is
 * refused an impossible number with nothing saved; he keeps an offer's description current, answers
 * an office's anonymous inquiry and documents his work in the case the office shares with him.
 * Office staff get an explanation instead.
 */

// 16 places; seeded with 3 free, confirmed 30 days ago — placement-exchange.spec.ts may have confirmed
// it since on the same server, so the test reads the numbers before it changes them.
const NORD = 'Familienhilfe Nord';
const ALTENFELDE = 'Intensivgruppe Altenfelde'; // 6 places, 1 free, 1 reserved, never confirmed

interface FacilityAnswer {
  items: {
    id: string;
    name: string;
    availability: { free: number; reserved: number; confirmedAt: string | null; freshness: string };
  }[];
}

const waiting = (n: number) =>
  n === 1
    ? '1 Einrichtung wartet auf eine Bestätigung der freien Plätze.'
    : `${n} Einrichtungen warten auf eine Bestätigung der freien Plätze.`;
const badge: Record<string, string> = {
  today: 'heute bestätigt',
  week: 'diese Woche bestätigt',
  stale: 'veraltet',
  never: 'nie bestätigt',
};

async function availabilityOf(page: Page, name: string) {
  const answer = await page.request.get('/api/provider/facilities');
  expect(answer.status()).toBe(200);
  const list = (await answer.json()) as FacilityAnswer;
  return list.items.find((f) => f.name === name)?.availability;
}

test('Träger: freie Plätze in zwei Klicks bestätigen; unmögliche Zahlen werden abgelehnt', async ({
  page,
}, testInfo) => {
  // Signed out, the portal sends to the staff login; provider staff then start in the portal.
  await page.goto('/traeger');
  await expect(page).toHaveURL(/\/fachkraft\/login\?next=%2Ftraeger$/);
  await page.getByLabel('Benutzername').fill('emil.traeger');
  await page.getByLabel('Passwort', { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Anmelden' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Freie Plätze' })).toBeVisible();
  await expect(page).toHaveURL(/\/traeger$/);
  const nav = page.getByRole('navigation', { name: 'Trägerportal' });
  await expect(nav.getByRole('link', { name: 'Plätze' })).toHaveAttribute('aria-current', 'page');
  await expect(page.getByText('Familienhilfe Nord e. V.:')).toBeVisible();

  const facilities = page.getByRole('article');
  await expect(facilities).toHaveCount(3);
  const start = (await (await page.request.get('/api/provider/facilities')).json()) as FacilityAnswer;
  const stale = (f: FacilityAnswer['items'][number]) => ['stale', 'never'].includes(f.availability.freshness);
  const nordBefore = start.items.find((f) => f.name === NORD);
  if (!nordBefore) throw new Error('Familienhilfe Nord fehlt');
  const waitingBefore = start.items.filter(stale).length;
  await expect(page.getByText(waiting(waitingBefore), { exact: true })).toBeVisible();
  const nord = page.getByRole('article', { name: NORD });
  await expect(nord.getByText(badge[nordBefore.availability.freshness] ?? '', { exact: true })).toBeVisible();
  await expect(nord.getByText('§ 31 SPFH')).toBeVisible();
  await expect(nord.getByText('0–17 Jahre · ambulant')).toBeVisible();
  await expect(nord.getByText(/^16 Plätze insgesamt · zuletzt bestätigt am/)).toBeVisible();
  const altenfelde = page.getByRole('article', { name: ALTENFELDE });
  await expect(altenfelde.getByText('nie bestätigt', { exact: true })).toBeVisible();
  await checkPage(page, testInfo, 'traeger-01-freie-plaetze');

  // Two more free places with the stepper, then "Bestätigen".
  const { free: was, reserved } = nordBefore.availability;
  const historyBefore = (
    (await (
      await page.request.get(`/api/provider/facilities/${nordBefore.id}/availability-history`)
    ).json()) as {
      items: unknown[];
    }
  ).items.length;
  const free = nord.getByRole('spinbutton', { name: 'Freie Plätze' });
  await expect(free).toHaveValue(String(was));
  await expect(nord.getByRole('spinbutton', { name: 'Reserviert' })).toHaveValue(String(reserved));
  await nord.getByRole('button', { name: 'Ein freier Platz mehr' }).click();
  await nord.getByRole('button', { name: 'Ein freier Platz mehr' }).click();
  await expect(free).toHaveValue(String(was + 2));
  await expect(
    nord.getByText(`Noch nicht bestätigt. Gespeichert: ${was} frei, ${reserved} reserviert.`),
  ).toBeVisible();
  await nord.getByRole('button', { name: /^Bestätigen/ }).click();
  await expect(nord.getByText(`Bestätigt: ${was + 2} frei, ${reserved} reserviert.`)).toBeVisible();
  await expect(nord.getByRole('button', { name: /^Bestätigen/ })).toBeFocused();
  await expect(nord.getByText('heute bestätigt', { exact: true })).toBeVisible();
  const waitingAfter = waitingBefore - (stale(nordBefore) ? 1 : 0);
  if (waitingAfter > 0) await expect(page.getByText(waiting(waitingAfter), { exact: true })).toBeVisible();
  await checkPage(page, testInfo, 'traeger-02-bestaetigt');

  // Saved: after a reload the new numbers and today's confirmation are still there.
  await page.reload();
  await expect(nord.getByText('heute bestätigt', { exact: true })).toBeVisible();
  await expect(free).toHaveValue(String(was + 2));
  expect(await availabilityOf(page, NORD)).toMatchObject({ free: was + 2, reserved });

  // The history shows the old and the new numbers, newest first.
  await nord.getByText('Verlauf der letzten 90 Tage').click();
  const history = nord.getByRole('table', { name: `Bestätigte Zahlen: ${NORD}` });
  await expect(history.getByRole('row')).toHaveCount(historyBefore + 2);
  await expect(history.getByRole('row').nth(1).getByRole('cell').first()).toHaveText(String(was + 2));
  if (historyBefore > 0)
    await expect(history.getByRole('row').nth(2).getByRole('cell').first()).toHaveText(String(was));
  await checkPage(page, testInfo, 'traeger-03-verlauf');

  // More places than the facility has: the server's German message at the field, the input stays,
  // nothing is saved. (Altenfelde: no other spec touches it; placement-search.spec.ts sets Mitte.)
  const before = await availabilityOf(page, ALTENFELDE);
  const impossible = altenfelde.getByRole('spinbutton', { name: 'Freie Plätze' });
  await impossible.fill('9');
  await altenfelde.getByRole('button', { name: /^Bestätigen/ }).click();
  await expect(
    altenfelde.getByText(
      'Nicht bestätigt: Freie und reservierte Plätze zusammen (10) sind mehr als die 6 Plätze der Einrichtung.',
    ),
  ).toBeVisible();
  await expect(altenfelde.getByText('Höchstens 5 bei 1 reserviertem Platz.')).toBeVisible();
  await expect(impossible).toHaveAttribute('aria-invalid', 'true');
  await expect(impossible).toBeFocused();
  await expect(impossible).toHaveValue('9');
  await expect(altenfelde.getByText('nie bestätigt', { exact: true })).toBeVisible();
  expect(await availabilityOf(page, ALTENFELDE)).toEqual(before);
  expect(before?.confirmedAt).toBeNull();
  await checkPage(page, testInfo, 'traeger-04-unmoegliche-zahl');

  // Changing the number takes the message away.
  await impossible.fill('5');
  await expect(altenfelde.getByText('Höchstens 5 bei 1 reserviertem Platz.')).toHaveCount(0);
  await expect(impossible).not.toHaveAttribute('aria-invalid');
});

test('Fachkräfte des Jugendamts sehen statt des Trägerportals eine Erklärung', async ({ page }, testInfo) => {
  const answer = await page.request.post('/api/auth/login', {
    data: { username: 'anna.asd', password: DEMO_PASSWORD },
  });
  expect(answer.status()).toBe(200);
  await page.goto('/traeger');
  await expect(page.getByRole('heading', { level: 1, name: 'Keine Berechtigung' })).toBeVisible();
  await expect(page.getByText('Das Trägerportal nutzen Mitarbeitende freier Träger.')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Mein Tag' })).toBeVisible();
  await checkPage(page, testInfo, 'traeger-05-keine-berechtigung');
});

/** The office's calendar day, `days` from today, as YYYY-MM-DD (the server counts in Europe/Berlin). */
function officeDay(days = 0): string {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' }).format(new Date());
  return new Date(Date.parse(`${today}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

const germanDate = (iso: string) => iso.split('-').reverse().join('.');

async function signInAsEmil(page: Page) {
  const answer = await page.request.post('/api/auth/login', {
    data: { username: 'emil.traeger', password: DEMO_PASSWORD },
  });
  expect(answer.status()).toBe(200);
}

async function facilityId(page: Page, name: string): Promise<string> {
  const answer = await page.request.get('/api/provider/facilities');
  expect(answer.status()).toBe(200);
  const list = (await answer.json()) as { items: { id: string; name: string }[] };
  const facility = list.items.find((f) => f.name === name);
  expect(facility, `${name} gehört Emils Träger`).toBeTruthy();
  return facility?.id ?? '';
}

/**
 * Anna, Lena's caseworker, asks two of Emil's facilities at once for an SPFH place (in a browser
 * context of her own); answer within three days. Returns the inquiry as the office sees it.
 */
async function annaAsks(browser: Browser, testInfo: TestInfo, facilityIds: string[], needs: string) {
  const context = await browser.newContext({ baseURL: serverURL(testInfo), locale: 'de-DE' });
  try {
    const login = await context.request.post('/api/auth/login', {
      data: { username: 'anna.asd', password: DEMO_PASSWORD },
    });
    expect(login.status(), await login.text()).toBe(200);
    const file = await context.request.get(`/api/cases/${LENA_CASE_ID}`);
    expect(file.status()).toBe(200);
    const { persons } = (await file.json()) as { persons: { id: string; firstName: string }[] };
    const lena = persons.find((p) => p.firstName === 'Lena');
    expect(lena, 'Lena in ihrem Fall').toBeTruthy();
    const asked = await context.request.post(`/api/cases/${LENA_CASE_ID}/placement-inquiries`, {
      data: { personId: lena?.id, helpType: 'p31_spfh', facilityIds, answerBy: officeDay(3), needs },
    });
    expect(asked.status(), await asked.text()).toBe(201);
  } finally {
    await context.close();
  }
}

test('Träger: Angebot bearbeiten – unmögliches Alter abgelehnt, Beschreibung gespeichert', async ({
  page,
}, testInfo) => {
  await signInAsEmil(page);
  await page.goto('/traeger');
  const altenfelde = page.getByRole('article', { name: ALTENFELDE });
  await altenfelde
    .getByRole('button', { name: 'Angebot bearbeiten – Intensivpädagogische Wohngruppe' })
    .click();
  const dialog = page.getByRole('dialog', { name: 'Angebot bearbeiten' });
  await expect(dialog.getByRole('textbox', { name: 'Titel' })).toHaveValue('Intensivpädagogische Wohngruppe');
  await expect(dialog.getByRole('checkbox', { name: '§ 34 Heimerziehung, betreutes Wohnen' })).toBeChecked();
  await checkPage(page, testInfo, 'traeger-06-angebot-bearbeiten');

  // Older than the oldest: the contract's message at the field, nothing saved.
  const from = dialog.getByRole('spinbutton', { name: 'von (Jahre)' });
  await from.fill('18');
  await dialog.getByRole('button', { name: 'Angebot speichern' }).click();
  await expect(dialog.getByText('Das Mindestalter liegt über dem Höchstalter.')).toBeVisible();
  await expect(from).toHaveAttribute('aria-invalid', 'true');
  await expect(from).toBeFocused();

  await from.fill('13');
  const description =
    'Intensivpädagogische Wohngruppe mit sechs Plätzen, Nachtbereitschaft und Schulbegleitung.';
  await dialog.getByRole('textbox', { name: /^Beschreibung/ }).fill(description);
  await dialog.getByRole('button', { name: 'Angebot speichern' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(
    altenfelde.getByText('Angebot „Intensivpädagogische Wohngruppe“ gespeichert.', { exact: true }),
  ).toBeVisible();
  const answer = await page.request.get('/api/provider/facilities');
  const list = (await answer.json()) as {
    items: { name: string; offers: { description: string; ageMin: number; ageMax: number }[] }[];
  };
  expect(list.items.find((f) => f.name === ALTENFELDE)?.offers[0]).toMatchObject({
    description,
    ageMin: 13,
    ageMax: 17,
  });
});

test('Träger: Anfragen beantworten – ablehnen nur mit Grund, Platz anbieten', async ({
  page,
  browser,
}, testInfo) => {
  await signInAsEmil(page);
  const needs = 'Struktur am Morgen, Begleitung zur Schule (Anfrage aus dem Portal-Test).';
  const mitteId = await facilityId(page, 'Krisenwohngruppe Mitte');
  await annaAsks(browser, testInfo, [await facilityId(page, NORD), mitteId], needs);

  await page.goto('/traeger');
  const nav = page.getByRole('navigation', { name: 'Trägerportal' });
  await nav.getByRole('link', { name: /^Anfragen ?, \d+ offene Anfragen?$/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Anfragen' })).toBeVisible();
  await expect(page.getByText(/^Jede Anfrage ist anonym: .* keine Namen und keine Adresse\.$/)).toBeVisible();
  await expect(
    page.getByText(/bestätigt ein Angebot; die übrigen Anfragen zieht Lotse dann automatisch/),
  ).toBeVisible();

  const openOnes = page.getByRole('region', { name: /^Offen \(\d+\)$/ });
  const answered = page.getByRole('region', { name: 'Beantwortet und abgeschlossen' });
  const ours = (where: Locator, facility: string) =>
    where
      .getByRole('article')
      .filter({ hasText: needs })
      .filter({ hasText: `Für ${facility} ·` });
  const mitte = ours(openOnes, 'Krisenwohngruppe Mitte');
  await expect(mitte.getByRole('heading', { name: '8 Jahre, weiblich · § 31 SPFH' })).toBeVisible();
  await expect(mitte.getByText(`Antwort bis ${germanDate(officeDay(3))}`)).toBeVisible();
  await expect(mitte.getByText('noch 3 Tage', { exact: true })).toBeVisible();
  // Anonymous: nothing of the family's name or address.
  await expect(page.getByText(/Schneider|Birkenstraße/)).toHaveCount(0);
  await checkPage(page, testInfo, 'traeger-10-anfragen');

  // Declining needs a reason: the form says so, the server refuses it too.
  await mitte.getByRole('button', { name: 'Ablehnen …' }).click();
  const reason = mitte.getByRole('textbox', { name: 'Grund der Ablehnung' });
  await expect(reason).toBeFocused();
  await mitte.getByRole('button', { name: 'Ablehnung senden' }).click();
  await expect(mitte.getByText('Bitte einen Grund angeben.')).toBeVisible();
  await expect(reason).toHaveAttribute('aria-invalid', 'true');
  const inquiries = (await (await page.request.get('/api/provider/inquiries')).json()) as {
    items: { id: string; facilityId: string; status: string; profile: { needs: string } }[];
  };
  const mitteInquiry = inquiries.items.find((i) => i.facilityId === mitteId && i.profile.needs === needs);
  expect(mitteInquiry?.status).toBe('sent');
  const refused = await page.request.post(`/api/provider/inquiries/${mitteInquiry?.id}/answer`, {
    data: { answer: 'decline', reason: '' },
  });
  expect(refused.status()).toBe(400);
  await checkPage(page, testInfo, 'traeger-11-ablehnen-ohne-grund');

  await reason.fill('Unsere Krisengruppe nimmt Kinder erst ab 12 Jahren auf.');
  await mitte.getByRole('button', { name: 'Ablehnung senden' }).click();
  const declined = ours(answered, 'Krisenwohngruppe Mitte');
  await expect(declined.getByText('Abgelehnt', { exact: true })).toBeVisible();
  await expect(declined.getByText('Unsere Krisengruppe nimmt Kinder erst ab 12 Jahren auf.')).toBeVisible();
  await expect(declined.getByText('Abgelehnt. Das Jugendamt sieht Ihren Grund.')).toBeVisible();
  await expect(declined.getByRole('heading', { name: '8 Jahre, weiblich · § 31 SPFH' })).toBeFocused();

  // Offering a place: the form says what it commits to, then the inquiry shows its new state.
  const nord = ours(openOnes, NORD);
  await nord.getByRole('button', { name: 'Platz anbieten …' }).click();
  await expect(
    nord.getByText(/^Sie halten einen Platz in Familienhilfe Nord für das Jugendamt frei/),
  ).toBeVisible();
  await nord.getByRole('textbox', { name: /^Hinweis an das Jugendamt/ }).fill('Platz ab dem 4. Januar frei.');
  await nord.getByRole('button', { name: 'Platz verbindlich anbieten' }).click();
  const offered = ours(answered, NORD);
  await expect(offered.getByText('Platz angeboten', { exact: true })).toBeVisible();
  await expect(offered.getByText('Platz ab dem 4. Januar frei.')).toBeVisible();
  await expect(offered.getByText(/^Sie halten einen Platz frei, bis das Jugendamt/)).toBeVisible();
  await expect(ours(openOnes, NORD)).toHaveCount(0);
  await checkPage(page, testInfo, 'traeger-12-anfragen-beantwortet');

  // After a reload the answers are still there; a second answer is refused with a German message.
  await page.reload();
  await expect(ours(answered, NORD).getByText('Platz angeboten', { exact: true })).toBeVisible();
  await expect(
    ours(answered, 'Krisenwohngruppe Mitte').getByText('Abgelehnt', { exact: true }),
  ).toBeVisible();
  const again = await page.request.post(`/api/provider/inquiries/${mitteInquiry?.id}/answer`, {
    data: { answer: 'accept' },
  });
  expect(again.status()).toBe(409);
  expect(((await again.json()) as { message: string }).message).toBe('Diese Anfrage ist schon beantwortet.');
});

test('Träger: geteilter Fall – freigegebene Bereiche lesen, Kontakt dokumentieren', async ({
  page,
}, testInfo) => {
  await signInAsEmil(page);
  const shared = (await (await page.request.get('/api/provider/cases')).json()) as {
    items: { caseId: string; reference: string }[];
  };
  const reference = shared.items.find((c) => c.caseId === LENA_CASE_ID)?.reference ?? '';
  expect(reference).not.toBe('');

  await page.goto('/traeger');
  const nav = page.getByRole('navigation', { name: 'Trägerportal' });
  await nav.getByRole('link', { name: 'Geteilte Fälle' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Geteilte Fälle' })).toBeVisible();
  const card = page.getByRole('article').filter({ hasText: reference });
  await expect(card.getByText('Personen', { exact: true })).toBeVisible();
  await expect(card.getByText('Hilfeplan', { exact: true })).toBeVisible();
  await checkPage(page, testInfo, 'traeger-20-geteilte-faelle');

  await card.getByRole('link', { name: /^Lena \(8\)/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Lena Schneider' })).toBeVisible();
  await expect(page.getByText(`Aktenzeichen des Jugendamts: ${reference}`)).toBeVisible();
  await expect(nav.getByRole('link', { name: 'Geteilte Fälle' })).toHaveAttribute('aria-current', 'page');
  const persons = page.getByRole('region', { name: 'Personen' });
  await expect(persons.getByText('Sandra Schneider')).toBeVisible();
  await expect(persons.getByText(/^geboren am \d{2}\.\d{2}\.\d{4} \(8 Jahre\)$/)).toBeVisible();
  // The newest agreed plan (the help plan spec may have agreed a newer one on this server meanwhile).
  const sharedPlan = (await (await page.request.get(`/api/provider/cases/${LENA_CASE_ID}`)).json()) as {
    helpPlan: { goals: { text: string; progress: number | null }[]; agreements: { text: string }[] };
  };
  const plan = page.getByRole('region', { name: 'Hilfeplan' });
  const [goal] = sharedPlan.helpPlan.goals;
  if (!goal) throw new Error('Lenas Hilfeplan hat keine Ziele');
  await expect(plan.getByText(goal.text)).toBeVisible();
  if (goal.progress !== null)
    await expect(plan.getByText(`Fortschritt: ${goal.progress} von 10`).first()).toBeVisible();
  for (const agreement of sharedPlan.helpPlan.agreements)
    await expect(plan.getByText(agreement.text)).toBeVisible();
  // Not shared: said so, and nothing of it on the page.
  await expect(
    page.getByRole('region', { name: 'Kontaktdaten' }).getByText('Nicht freigegeben'),
  ).toBeVisible();
  await expect(page.getByRole('region', { name: 'Dokumente' }).getByText('Nicht freigegeben')).toBeVisible();
  await expect(page.getByText(/Birkenstraße|0151/)).toHaveCount(0);
  const entries = page.getByRole('region', { name: 'Ihre Einträge' });
  await expect(entries.getByRole('heading', { name: 'Erster Hausbesuch der Familienhilfe' })).toBeVisible();
  await checkPage(page, testInfo, 'traeger-21-geteilter-fall');

  // A contact: without a title the form says what is missing, then the entry tops the list.
  const form = page.getByRole('form', { name: 'Neuer Eintrag' });
  await expect(form.getByRole('radio', { name: 'Kontakt mit der Familie' })).toBeChecked();
  await form.getByRole('button', { name: 'Eintrag speichern' }).click();
  await expect(form.getByText('Bitte einen Titel angeben.')).toBeVisible();
  await expect(form.getByRole('textbox', { name: 'Titel' })).toBeFocused();
  await form.getByRole('textbox', { name: 'Titel' }).fill('Zweiter Hausbesuch');
  await form
    .getByRole('textbox', { name: 'Text' })
    .fill('Morgenroutine geübt; Lena war pünktlich in der Schule.');
  await form.getByRole('button', { name: 'Eintrag speichern' }).click();
  await expect(form.getByText('Eintrag „Zweiter Hausbesuch“ gespeichert.')).toBeVisible();
  await expect(form.getByRole('textbox', { name: 'Titel' })).toHaveValue('');
  const newest = entries.getByRole('article').first();
  await expect(newest.getByRole('heading', { name: 'Zweiter Hausbesuch' })).toBeVisible();
  await expect(newest.getByText('Kontakt mit der Familie')).toBeVisible();
  await expect(newest.getByText('Morgenroutine geübt; Lena war pünktlich in der Schule.')).toBeVisible();

  // The state of the goals: one short note per goal of the help plan, sent as title and text.
  await form.getByRole('radio', { name: 'Stand der Ziele' }).check();
  const goals = form.getByRole('group', { name: 'Ziele des Hilfeplans' });
  await goals.getByRole('textbox', { name: goal.text }).fill('Klappt an vier von fünf Tagen.');
  await form.getByRole('textbox', { name: 'Titel' }).fill('Dezember');
  await form.getByRole('button', { name: 'Eintrag speichern' }).click();
  await expect(form.getByText('Eintrag „Dezember“ gespeichert.')).toBeVisible();
  const progress = entries.getByRole('article').filter({ hasText: 'Stand der Ziele: Dezember' });
  await expect(progress.getByText(`Ziel: ${goal.text}`, { exact: false })).toBeVisible();
  await expect(progress.getByText('Stand: Klappt an vier von fünf Tagen.', { exact: false })).toBeVisible();
  await checkPage(page, testInfo, 'traeger-22-eintraege');

  // Saved: after a reload both entries are there.
  await page.reload();
  await expect(entries.getByRole('heading', { name: 'Zweiter Hausbesuch' })).toBeVisible();
  await expect(entries.getByRole('heading', { name: 'Stand der Ziele: Dezember' })).toBeVisible();

  // A case that is not (or no longer) shared: a plain message and the way back.
  await page.goto('/traeger/faelle/7e57ca5e-0000-4000-8000-00000000ffff');
  await expect(page.getByRole('heading', { level: 1, name: 'Fall nicht freigegeben' })).toBeVisible();
  await expect(page.getByText('Dieser Fall ist nicht mehr für Ihren Träger freigegeben.')).toBeVisible();
  await checkPage(page, testInfo, 'traeger-23-nicht-freigegeben');
  await page.getByRole('link', { name: 'Zurück zu den geteilten Fällen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Geteilte Fälle' })).toBeVisible();
});
