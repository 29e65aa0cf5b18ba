import {
  checkPage,
  expect,
  LENA_CASE_ID,
  LENA_TITLE,
  login,
  logout,
  openLenaCase,
  test,
} from '../support/fixtures.ts';

/** `YYYY-MM-DD` of the office's calendar day `days` from today. */
function officeDay(days: number): string {
  const day = new Date(Date.now() + days * 86_400_000);
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Berlin' }).format(day);
}

const SIGN_OFF = 'Ergebnis freigeben und abschließen';

test('§ 8a: Anna erfasst eine Meldung, schätzt mit Jonas ein, schlägt „latent“ vor; Clara gibt frei', async ({
  page,
}, testInfo) => {
  test.setTimeout(120_000);
  const yesterday = officeDay(-1);
  let procedureUrl = '';

  await test.step('Meldung erfassen: Frist für den ersten Kontakt erscheint', async () => {
    await login(page, 'anna.asd');
    await openLenaCase(page);
    const card = page.locator('.protection-card');
    await card.getByRole('link', { name: 'Meldung erfassen' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Meldung erfassen' })).toBeVisible();
    const sources = page.getByRole('group', { name: /Wer hat den Hinweis gegeben/ });
    await sources.getByRole('checkbox', { name: 'Schule' }).check();
    await sources.getByRole('checkbox', { name: 'Verwandte' }).check();
    await page
      .getByLabel('Inhalt der Meldung')
      .fill('Die Schule meldet: Lena kommt seit Tagen ohne Frühstück.');
    await page.getByLabel('Eingegangen am').fill(yesterday);
    await page.getByLabel('Uhrzeit', { exact: true }).fill('09:00');
    await page.getByLabel('Betroffenes Kind').selectOption({ label: 'Lena Schneider' });
    await page.getByRole('radio', { name: 'Innerhalb weniger Tage' }).check();
    const preview = page.locator('.protection-deadline-preview');
    await expect(preview).toContainText('Frist für den ersten Kontakt');
    await expect(preview).toContainText(/\d{2}\.\d{2}\.\d{4}, 09:00 Uhr/);
    await checkPage(page, testInfo, 'p8a-01-meldung');
    await page.getByRole('button', { name: 'Meldung speichern und Verfahren eröffnen' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Kinderschutzverfahren (§ 8a)' })).toBeVisible();
    await expect(page.getByText('Die Meldung ist gespeichert, das Verfahren ist eröffnet.')).toBeVisible();
    procedureUrl = page.url();
    await checkPage(page, testInfo, 'p8a-02-verfahren');
  });

  await test.step('Checkliste mit Begründung für einen ausgelassenen Schritt', async () => {
    await page.getByLabel('Erster Kontakt am').fill(yesterday);
    await page.getByLabel('Uhrzeit des ersten Kontakts').fill('15:30');
    const step = (name: RegExp) => page.getByRole('group', { name });
    await step(/Zusammenwirken mehrerer Fachkräfte/)
      .getByRole('radio', { name: 'erledigt' })
      .check();
    await step(/Erziehungsberechtigte und Kind einbezogen/)
      .getByRole('radio', { name: /bewusst nicht erfolgt/ })
      .check();
    await step(/Unmittelbarer Eindruck vom Kind/)
      .getByRole('radio', { name: 'erledigt' })
      .check();
    await step(/Insoweit erfahrene Fachkraft/)
      .getByRole('radio', { name: 'entfällt' })
      .check();
    await page.getByRole('button', { name: 'Checkliste speichern' }).click();
    // A skipped step needs its reason: the form says so before anything is sent.
    await expect(page.getByText('Bitte begründen, warum dieser Schritt nicht erfolgt ist.')).toBeVisible();
    await page
      .getByLabel('Begründung', { exact: true })
      .first()
      .fill('Der Vater darf vorerst nichts erfahren.');
    await page.getByRole('button', { name: 'Checkliste speichern' }).click();
    await expect(
      page.getByRole('status').filter({ hasText: 'Die Checkliste ist gespeichert.' }),
    ).toBeVisible();
  });

  await test.step('Zweite Fachkraft aus dem Team beteiligen', async () => {
    const group = page.getByRole('group', { name: /Mindestens zwei Fachkräfte/ });
    await expect(group.getByRole('checkbox', { name: /Anna Albers \(ich\)/ })).toBeChecked();
    await group.getByRole('checkbox', { name: 'Jonas Nowak' }).check();
    await page.getByRole('button', { name: 'Beteiligte speichern' }).click();
    await expect(page.getByRole('status').filter({ hasText: /Beteiligt: .*Jonas Nowak/ })).toBeVisible();
    await checkPage(page, testInfo, 'p8a-03-schritte');
  });

  await test.step('Faktoren einschätzen: Risiko- und Schutzfaktoren nebeneinander', async () => {
    await page.getByRole('tab', { name: /Einschätzung/ }).click();
    await page.getByText('Grundversorgung', { exact: true }).click();
    await page
      .getByRole('group', { name: /Unzureichende Ernährung/ })
      .getByRole('radio', { name: /^2 – deutlich ausgeprägt/ })
      .check();
    await page
      .getByRole('group', { name: /Verlässlicher Tagesablauf/ })
      .getByRole('radio', { name: /^3 – stark ausgeprägt/ })
      .check();
    await page
      .getByLabel('Notiz zu „Unzureichende Ernährung“')
      .fill('Laut Schule an drei Tagen ohne Frühstück.');
    await page
      .getByLabel('Zusammenfassung der Einschätzung')
      .fill('Versorgungslücke am Morgen, Tagesstruktur trägt.');
    await page.getByRole('button', { name: 'Einschätzung speichern' }).click();
    await expect(page.getByRole('status').filter({ hasText: /2 Faktoren bewertet/ })).toBeVisible();
    const history = page.getByRole('table', { name: /Risiko- und Schutzfaktoren im Verlauf/ });
    await expect(history.getByRole('row')).toHaveCount(2);
    await expect(history.getByRole('row').nth(1)).toContainText('Anna Albers');
    await expect(page.locator('.lazy-chart-drawing[data-chart-state="ready"] svg')).toHaveCount(1);
    await checkPage(page, testInfo, 'p8a-04-einschaetzung');
  });

  await test.step('Ergebnis „latent“ vorschlagen; selbst freigeben wird abgelehnt', async () => {
    await page.getByRole('tab', { name: 'Ergebnis & Freigabe' }).click();
    await page.getByRole('radio', { name: /^Latente Kindeswohlgefährdung/ }).check();
    await page
      .getByRole('group', { name: /Art der Kindeswohlgefährdung/ })
      .getByRole('checkbox', { name: 'Vernachlässigung' })
      .check();
    await page
      .getByLabel('Entscheidung und Begründung')
      .fill('Latente Gefährdung durch fehlende Versorgung am Morgen.');
    await page.getByRole('button', { name: 'Aufgabe hinzufügen' }).click();
    const task = page.getByRole('group', { name: 'Aufgabe 1' });
    await task.getByLabel('Was ist zu tun').fill('Frühstück in der Schule mit der Familie klären');
    await task.getByLabel('Bis').fill(officeDay(14));
    await page.getByLabel('Wiedervorlage am').fill(officeDay(30));
    await page.getByRole('button', { name: 'Ergebnis zur Freigabe vorschlagen' }).click();
    await expect(page.getByRole('heading', { name: 'Zweite Freigabe' })).toBeVisible();
    await expect(page.getByText('Eine andere Fachkraft muss freigeben')).toBeVisible();
    await page.getByRole('button', { name: SIGN_OFF }).click();
    const refusal = page.getByRole('alert').filter({ hasText: 'Freigabe nicht möglich' });
    await expect(refusal).toContainText(/andere/);
    await checkPage(page, testInfo, 'p8a-05-eigene-freigabe-abgelehnt');
    await logout(page);
  });

  await test.step('Clara (Teamleitung) gibt frei: abgeschlossen und nur noch lesbar', async () => {
    await login(page, 'clara.leitung');
    await page.goto(procedureUrl);
    await expect(page.getByRole('heading', { level: 1, name: 'Kinderschutzverfahren (§ 8a)' })).toBeVisible();
    await page.getByRole('tab', { name: 'Ergebnis & Freigabe' }).click();
    await expect(page.getByText(/Vorgeschlagen von/)).toContainText('Anna Albers');
    await page.getByRole('button', { name: SIGN_OFF }).click();
    await expect(page.getByText(/Das Verfahren wurde am .* abgeschlossen/)).toBeVisible();
    await expect(page.getByRole('button', { name: SIGN_OFF })).toHaveCount(0);
    const outcome = page.locator('.protection-outcome');
    await expect(outcome).toContainText('Latente Kindeswohlgefährdung');
    await expect(outcome).toContainText('Clara Conrad');
    await checkPage(page, testInfo, 'p8a-06-abgeschlossen');
    await page.getByRole('tab', { name: 'Schritte & Beteiligte' }).click();
    await expect(page.getByRole('button', { name: 'Checkliste speichern' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Beteiligte speichern' })).toHaveCount(0);
    await page.getByRole('tab', { name: /Einschätzung/ }).click();
    await expect(page.getByRole('button', { name: 'Einschätzung speichern' })).toHaveCount(0);
    await page.getByRole('link', { name: `← Zurück zum Fall „${LENA_TITLE}“` }).click();
    await expect(page.locator('.protection-card')).toContainText('Abgeschlossen');
    expect(page.url()).toContain(LENA_CASE_ID);
  });
});

test('§ 8a: das abgeschlossene Demo-Verfahren ist sichtbar und nur lesbar', async ({ page }, testInfo) => {
  await login(page, 'anna.asd');
  const answer = await page.request.get(`/api/cases?q=${encodeURIComponent('Yılmaz')}`);
  const list = (await answer.json()) as { items: { id: string; title: string }[] };
  const yilmaz = list.items.find((c) => c.title.startsWith('Familie Yılmaz'));
  expect(yilmaz, 'Demo-Fall Familie Yılmaz').toBeTruthy();
  await page.goto(`/fachkraft/faelle/${yilmaz?.id}`);
  const card = page.locator('.protection-card');
  await expect(card).toContainText('Abgeschlossen');
  await card
    .getByRole('link', { name: /Meldung vom/ })
    .first()
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Kinderschutzverfahren (§ 8a)' })).toBeVisible();
  await expect(page.getByText(/Das Verfahren wurde am .* abgeschlossen/)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Checkliste speichern' })).toHaveCount(0);
  await page.getByRole('tab', { name: /Einschätzung/ }).click();
  await expect(
    page.getByRole('table', { name: /Risiko- und Schutzfaktoren im Verlauf/ }).getByRole('row'),
  ).toHaveCount(3);
  await checkPage(page, testInfo, 'p8a-07-demo-verlauf');
  await page.getByRole('tab', { name: 'Ergebnis & Freigabe' }).click();
  await expect(page.locator('.protection-outcome')).toContainText('Latente Kindeswohlgefährdung');
  await expect(page.getByRole('button', { name: SIGN_OFF })).toHaveCount(0);
  await checkPage(page, testInfo, 'p8a-08-demo-ergebnis');
  // The record is generated from the data as a PDF.
  const record = page.getByRole('link', { name: 'Dokumentation (PDF)' });
  const pdf = await page.request.get((await record.getAttribute('href')) ?? '');
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()['content-type']).toBe('application/pdf');
  expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-');
});

test('§ 8a: Clara importiert einen eigenen Katalog; Fehler im Format werden benannt', async ({
  page,
}, testInfo) => {
  await login(page, 'clara.leitung');
  await page.goto('/fachkraft/kinderschutz/kataloge');
  await expect(page.getByRole('heading', { level: 1, name: 'Einschätzungskataloge (§ 8a)' })).toBeVisible();
  const file = page.getByLabel('Katalogdatei (JSON)');
  const submit = page.getByRole('button', { name: 'Katalog prüfen und importieren' });

  await file.setInputFiles({
    name: 'kaputt.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{ "id": '),
  });
  await submit.click();
  await expect(page.getByRole('alert')).toContainText('kein gültiges JSON');

  const id = `amt-test-${testInfo.project.name}`;
  const anchors = { '0': 'nicht', '1': 'wenig', '2': 'deutlich', '3': 'stark' };
  const catalogue = {
    id,
    version: '2026-12',
    language: 'de',
    title: `Testkatalog ${testInfo.project.name}`,
    scale: [0, 1, 2, 3].map((value) => ({
      value,
      label: `Stufe ${value}`,
      description: `Beschreibung ${value}`,
    })),
    domains: [
      {
        key: 'care',
        label: 'Versorgung',
        description: 'Versorgung im Alltag.',
        factors: [
          { key: 'meals', kind: 'risk', label: 'Mahlzeiten fehlen', anchors },
          { key: 'routine', kind: 'protective', label: 'Fester Tagesablauf', anchors },
        ],
      },
    ],
  };
  const broken = { ...catalogue, scale: catalogue.scale.slice(0, 3) };
  await file.setInputFiles({
    name: 'falsch.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(broken)),
  });
  await submit.click();
  await expect(page.getByRole('alert')).toContainText('Die Skala hat genau vier Stufen');
  await checkPage(page, testInfo, 'p8a-09-katalog-fehler');

  await file.setInputFiles({
    name: 'katalog.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(catalogue)),
  });
  await submit.click();
  await expect(page.getByRole('status').filter({ hasText: /wurde importiert/ })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Verfügbare Einschätzungskataloge' })).toContainText(
    `Testkatalog ${testInfo.project.name}`,
  );
  await checkPage(page, testInfo, 'p8a-10-katalog-importiert');
});
