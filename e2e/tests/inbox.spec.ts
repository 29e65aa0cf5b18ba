import { checkPage, expect, login, test } from '../support/fixtures.ts';
import { apiCall, createIntakeRequest, familySession, openInboxRequest } from '../support/intake.ts';

/*
 * The team inbox of the staff cockpit: a request from the family app arrives at ASD Nord, a caseworker
 * claims it, writes to the family (live answer back over the socket), proposes appointments and opens
 * a case from it. A team lead assigns an urgent, confidential request to a colleague.
 */

const BERLIN = 'Europe/Berlin';

/** A day from today as the date input's value (YYYY-MM-DD) and as the page shows it (DD.MM.YYYY). */
function dayFromNow(days: number) {
  const date = new Date(Date.now() + days * 86_400_000);
  const input = new Intl.DateTimeFormat('en-CA', { timeZone: BERLIN }).format(date);
  const shown = new Intl.DateTimeFormat('de-DE', {
    timeZone: BERLIN,
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
  }).format(date);
  return { input, shown };
}

test('Posteingang: Anna übernimmt, antwortet, schlägt Termine vor und legt einen Fall an', async ({
  page,
  browser,
  request,
}, testInfo) => {
  test.setTimeout(120_000);
  const run = `${testInfo.project.name} ${Date.now()}`;
  const concern = `Wir streiten zu Hause jeden Tag und brauchen Rat bei der Erziehung. (${run})`;
  const { accessCode, pin } = await createIntakeRequest(request, {
    writerRole: 'parent',
    concern,
    topic: 'parenting',
    age: 9,
    postcode: '12101',
    name: 'Petra Eingang',
    email: 'petra.eingang@example.org',
  });

  await login(page, 'anna.asd');
  const nav = page.getByRole('navigation', { name: 'Hauptnavigation' });
  await expect(nav.getByRole('link', { name: /Posteingang.*neue Anfrage/ })).toBeVisible();
  await nav.getByRole('link', { name: /Posteingang/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Posteingang' })).toBeVisible();
  await expect(page.getByRole('main')).toContainText('Erziehungsfragen');
  await checkPage(page, testInfo, 'posteingang-10-liste');

  await openInboxRequest(page, concern);
  const main = page.getByRole('main');
  await expect(page.getByRole('heading', { level: 1, name: 'Erziehungsfragen' })).toBeVisible();
  const summary = page.locator('.card', { has: page.getByRole('heading', { name: 'Zusammenfassung' }) });
  await expect(summary).toContainText('Elternteil');
  await expect(summary).toContainText('Petra Eingang');
  await expect(summary).toContainText('9 Jahre');
  await expect(summary).toContainText('12101');
  await expect(summary.getByRole('link', { name: 'petra.eingang@example.org' })).toBeVisible();
  await expect(main.getByRole('heading', { name: 'Gespräch mit dem Assistenten' })).toBeVisible();
  await expect(main).toContainText('Worum geht es?');
  // Anna is no team lead: she can take the request, not hand it to someone else.
  await expect(main.getByRole('button', { name: 'Zuweisen an …' })).toHaveCount(0);

  await main.getByRole('button', { name: 'Übernehmen' }).click();
  await expect(main).toContainText('Sie haben die Anfrage übernommen.');
  await expect(main).toContainText('Zuständig: Anna Albers (Sie)');
  await expect(main.getByRole('button', { name: 'Übernehmen' })).toHaveCount(0);

  // Answer with Ctrl+Enter; the message shows up unread.
  await expect(main).toContainText('Neue Nachrichten erscheinen automatisch.');
  const answer = `Guten Tag Frau Eingang, ich melde mich morgen telefonisch. (${run})`;
  const composer = main.getByLabel('Antwort an die Familie');
  await composer.fill(answer);
  await composer.press('Control+Enter');
  const log = main.getByRole('log', { name: 'Nachrichtenverlauf' });
  const mine = log.getByRole('listitem').filter({ hasText: answer });
  await expect(mine).toContainText('Anna Albers');
  await expect(mine).toContainText('noch nicht gelesen');
  await expect(composer).toHaveValue('');

  // The family reads and answers in its own browser; the answer arrives live, without reloading.
  const family = await familySession(browser, testInfo, accessCode, pin);
  const conversation = await apiCall<{ messages: { body: string }[] }>(
    family.page,
    'GET',
    '/api/family/conversation',
  );
  expect(conversation.messages.map((m) => m.body)).toContain(answer);
  await apiCall(family.page, 'POST', '/api/family/conversation/messages', {
    body: 'Danke, morgen passt gut.',
  });
  await expect(log.getByRole('listitem').filter({ hasText: 'Danke, morgen passt gut.' })).toContainText(
    'Petra Eingang',
  );
  await expect(mine).toContainText('gelesen');
  await expect(mine).not.toContainText('noch nicht gelesen');

  // Two appointment slots, 45 minutes.
  const first = dayFromNow(2);
  const second = dayFromNow(3);
  await main.getByRole('button', { name: 'Termine vorschlagen' }).click();
  const form = main.getByRole('form', { name: 'Termine vorschlagen' });
  await expect(form.getByLabel(/^Videogespräch/)).toBeChecked();
  // Switching the kind swaps the suggested title; the video call stays the choice here.
  await form.getByLabel(/^Termin im Amt/).check();
  await expect(form.getByLabel('Titel')).toHaveValue('Erstgespräch im Jugendamt');
  await form.getByLabel(/^Videogespräch/).check();
  await form.getByLabel('Titel').fill('Erstgespräch per Video');
  await form.getByLabel('Dauer').selectOption('45');
  // Sending an empty slot is refused with a message at the field.
  await form.getByRole('button', { name: 'Vorschläge senden' }).click();
  await expect(form).toContainText('Bitte Datum und Uhrzeit angeben.');
  await form.getByLabel('Datum 1. Vorschlag').fill(first.input);
  await form.getByLabel('Uhrzeit 1. Vorschlag').fill('10:00');
  await form.getByRole('button', { name: 'Weiteren Vorschlag hinzufügen' }).click();
  await form.getByLabel('Datum 2. Vorschlag').fill(second.input);
  await form.getByLabel('Uhrzeit 2. Vorschlag').fill('14:30');
  await form.getByRole('button', { name: 'Vorschläge senden' }).click();
  await expect(main).toContainText('2 Terminvorschläge wurden an die Familie geschickt.');
  const meeting = main.locator('.meeting', { hasText: 'Erstgespräch per Video' });
  await expect(meeting).toContainText('Vorgeschlagen');
  await expect(meeting).toContainText('45 Minuten');
  await expect(meeting).toContainText(`${first.shown}, 10:00 Uhr`);
  await expect(meeting).toContainText(`${second.shown}, 14:30 Uhr`);

  // The family picks the second slot; after a reload the appointment is agreed, with the video link.
  const offered = await apiCall<{ id: string; slots: { id: string }[] }[]>(
    family.page,
    'GET',
    '/api/family/meetings',
  );
  const proposed = offered[0];
  expect(proposed?.slots).toHaveLength(2);
  await apiCall(family.page, 'POST', `/api/family/meetings/${proposed?.id}/choose`, {
    slotId: proposed?.slots[1]?.id,
  });
  await family.close();
  await page.reload();
  await expect(meeting).toContainText('Vereinbart');
  await expect(meeting).toContainText(`Termin: ${second.shown}, 14:30 Uhr`);
  await expect(meeting.getByRole('link', { name: /Zum Videogespräch/ })).toHaveAttribute(
    'href',
    `/video/${proposed?.id}`,
  );
  await checkPage(page, testInfo, 'posteingang-11-anfrage');

  // An interpreter gets a one-time link to this video meeting.
  await meeting.getByLabel(/Gast einladen/).fill('Dolmetscherin Arabisch');
  await meeting.getByRole('button', { name: 'Einladungslink erstellen' }).click();
  await expect(meeting.getByRole('status')).toContainText('Dolmetscherin Arabisch');
  await expect(meeting.locator('.guest-link-url')).toContainText(`/video/${proposed?.id}?guest=`);

  // Open a case: the dialog offers a title to edit; then the new case with the persons from the request.
  await main.getByRole('button', { name: 'Fall anlegen' }).click();
  const dialog = page.getByRole('dialog', { name: 'Fall anlegen' });
  const title = dialog.getByLabel('Titel des Falls');
  await expect(title).toHaveValue(/^Erziehungsfragen – Anfrage vom \d{2}\.\d{2}\.\d{4}$/);
  await checkPage(page, testInfo, 'posteingang-12-fall-anlegen');
  const caseTitle = `Familie Eingang – Erziehungsberatung (${run})`;
  await title.fill(caseTitle);
  await dialog.getByRole('button', { name: 'Fall anlegen' }).click();
  await expect(page).toHaveURL(/\/fachkraft\/faelle\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('heading', { level: 1, name: caseTitle })).toBeVisible();
  const persons = page.getByRole('tabpanel');
  await expect(persons).toContainText('Petra Eingang');
  await expect(persons).toContainText('Kind Eingang');
  const caseUrl = new URL(page.url()).pathname;

  // Back on the request: done, with the way to the case; the open list no longer shows it.
  await page.goBack();
  await expect(main.getByRole('link', { name: 'Zum Fall' })).toHaveAttribute('href', caseUrl);
  await expect(main.getByRole('button', { name: 'Fall anlegen' })).toHaveCount(0);
  await expect(main.getByText('Fall angelegt', { exact: true })).toBeVisible();
  await openInboxRequest(page, concern, { includeDone: true });
  await expect(main.getByRole('link', { name: 'Zum Fall' })).toBeVisible();
});

test('Teamleitung: dringende, vertrauliche Anfrage eines Kindes zuweisen und Unterhaltung beenden @desktop-only', async ({
  page,
  request,
}, testInfo) => {
  test.setTimeout(90_000);
  const concern = `Mein Vater schlägt mich und ich habe Angst, nach Hause zu gehen. (${Date.now()})`;
  const created = await createIntakeRequest(request, {
    writerRole: 'child',
    concern,
    age: 11,
    postcode: '12101',
    anonymous: true,
  });
  expect(created.urgent).toBe(true);

  await login(page, 'clara.leitung');
  await page
    .getByRole('navigation', { name: 'Hauptnavigation' })
    .getByRole('link', { name: /Posteingang/ })
    .click();
  // Urgent requests come first and say so.
  const firstRow = page.getByRole('main').locator('tbody tr').first();
  await expect(firstRow).toContainText('Dringend');
  await expect(firstRow).toContainText('Hinweise:');

  await openInboxRequest(page, concern);
  const main = page.getByRole('main');
  const danger = main.getByRole('alert').filter({ hasText: 'Hinweise auf eine mögliche Gefährdung' });
  await expect(danger).toContainText('Gewalt');
  await expect(danger).toContainText('§ 8a SGB VIII');
  await expect(main).toContainText('Vertrauliche Beratung (§ 8 Abs. 3 SGB VIII)');
  await expect(main).toContainText('Kind, anonym');
  await expect(main).toContainText('keine (anonym)');

  await main.getByRole('button', { name: 'Zuweisen an …' }).click();
  const assign = page.getByRole('dialog', { name: 'Anfrage zuweisen' });
  await assign.getByRole('button', { name: 'Zuweisen' }).click();
  await expect(assign).toContainText('Bitte wählen Sie aus, wer die Anfrage bearbeiten soll.');
  await assign.getByLabel('Zuständig').selectOption({ label: 'Jonas Nowak' });
  await assign.getByRole('button', { name: 'Zuweisen' }).click();
  await expect(assign).toBeHidden();
  await expect(main).toContainText('Die Anfrage ist jetzt Jonas Nowak zugewiesen.');
  await expect(main).toContainText('Zuständig: Jonas Nowak');
  await checkPage(page, testInfo, 'posteingang-20-dringend');

  await main.getByRole('button', { name: 'Unterhaltung beenden' }).click();
  const confirm = page.getByRole('dialog', { name: 'Unterhaltung beenden?' });
  await expect(confirm).toContainText('lässt sich nicht rückgängig machen');
  await confirm.getByRole('button', { name: 'Unterhaltung beenden' }).click();
  await expect(confirm).toBeHidden();
  await expect(main).toContainText('Die Unterhaltung ist beendet.');
  await expect(main.getByLabel('Antwort an die Familie')).toHaveCount(0);
});

test('Posteingang: eine Anfrage, bei der der Assistent unsicher war, sagt warum – ohne Dringend', async ({
  page,
  request,
}, testInfo) => {
  const concern = `Die Schule bringt mich noch um, so viel Stress mit den Hausaufgaben (${Date.now()})`;
  const created = await createIntakeRequest(request, {
    writerRole: 'parent',
    concern,
    postcode: '12101',
    name: 'Petra Probe',
    safetyAnswer: 'no',
  });
  expect(created.urgent).toBe(false);

  await login(page, 'anna.asd');
  await openInboxRequest(page, concern);
  const main = page.getByRole('main');
  const hint = main.getByRole('status').filter({ hasText: 'Zur Prüfung: der Assistent war unsicher' });
  await expect(hint).toContainText('(unsicher)');
  await expect(main.getByRole('alert').filter({ hasText: 'Dringend' })).toHaveCount(0);
  await checkPage(page, testInfo, 'posteingang-unsicher');
});
