import type { Page } from '@playwright/test';
import { checkPage, expect, login, test } from '../support/fixtures.ts';
import { apiCall, createIntakeRequest, familySession, openInboxRequest } from '../support/intake.ts';

/*
 * One time zone: every time shown to staff and families is the office's wall clock (Europe/Berlin),
 * whatever the zone of the browser. A caseworker on a laptop set to New York answers a request and
 * proposes an appointment typed as 10:00; the family reads its page on a phone set to New York, and
 * on one set to Tokyo sees the appointment at 10:00 as well.
 */

const BERLIN = 'Europe/Berlin';
const NEW_YORK = 'America/New_York';
const TOKYO = 'Asia/Tokyo';

test.use({ timezoneId: NEW_YORK });

/** "12:51": the clock of an instant in a zone (worked out here, not by the app). */
function clock(iso: string, zone = BERLIN): string {
  return new Intl.DateTimeFormat('en-GB', {
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone: zone,
  }).format(new Date(iso));
}

/** The office's calendar day `days` from today: the date input's value and how the cockpit shows it. */
function officeDay(days: number) {
  const date = new Date(Date.now() + days * 86_400_000);
  const input = new Intl.DateTimeFormat('en-CA', { timeZone: BERLIN }).format(date);
  const [y, m, d] = input.split('-');
  return { input, shown: `${d}.${m}.${y}` };
}

/** Formats an instant in the browser with the given options in Berlin time (the browser's own Intl). */
function inBerlin(page: Page, iso: string, locale: string, options: Intl.DateTimeFormatOptions) {
  return page.evaluate(
    ({ iso, locale, options, zone }) =>
      new Intl.DateTimeFormat(locale, { ...options, timeZone: zone }).format(new Date(iso)),
    { iso, locale, options, zone: BERLIN },
  );
}

const staffDateTime: Intl.DateTimeFormatOptions = {
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
};

test('Zeiten in deutscher Zeit: Fachkraft in New York, Familie in New York und Tokio', async ({
  page,
  browser,
  request,
}, testInfo) => {
  test.setTimeout(120_000);
  const run = `${testInfo.project.name} ${Date.now()}`;
  const concern = `Wir sind gerade im Ausland und brauchen Rat bei der Erziehung. (${run})`;
  const { accessCode, pin } = await createIntakeRequest(request, {
    writerRole: 'parent',
    concern,
    topic: 'parenting',
    postcode: '12101',
    name: 'Familie Zeitzone',
  });

  // The caseworker's laptop is set to New York.
  await login(page, 'anna.asd');
  expect(await page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone)).toBe(NEW_YORK);
  await openInboxRequest(page, concern);
  const main = page.getByRole('main');
  await main.getByRole('button', { name: 'Übernehmen' }).click();
  await expect(main).toContainText('Sie haben die Anfrage übernommen.');
  const answer = `Guten Tag, ich melde mich morgen bei Ihnen. (${run})`;
  const composer = main.getByLabel('Antwort an die Familie');
  await composer.fill(answer);
  await composer.press('Control+Enter');
  const staffMessage = main
    .getByRole('log', { name: 'Nachrichtenverlauf' })
    .getByRole('listitem')
    .filter({ hasText: answer });
  await expect(staffMessage).toContainText('noch nicht gelesen');

  // The family's phone is set to New York, too.
  const family = await familySession(browser, testInfo, accessCode, pin, { timezoneId: NEW_YORK });
  const view = await apiCall<{ createdAt: string }>(family.page, 'GET', '/api/family/request');
  const conversation = await apiCall<{ messages: { body: string | null; createdAt: string }[] }>(
    family.page,
    'GET',
    '/api/family/conversation',
  );
  const message = conversation.messages.find((m) => m.body === answer);
  expect(message, 'die Antwort der Fachkraft').toBeTruthy();
  const messageAt = message?.createdAt ?? '';
  const sentClock = clock(view.createdAt);
  const messageClock = clock(messageAt);
  // New York's clock is hours behind Berlin's: a formatter in the browser's zone would show it.
  expect(clock(view.createdAt, NEW_YORK)).not.toBe(sentClock);
  expect(clock(messageAt, NEW_YORK)).not.toBe(messageClock);

  // Staff inbox: the request's arrival and the message, in Berlin time.
  const received = await inBerlin(page, view.createdAt, 'de-DE', staffDateTime);
  await expect(main).toContainText(`Eingegangen am ${received} Uhr`);
  expect(received).toContain(sentClock);
  const staffMessageTime = await inBerlin(page, messageAt, 'de-DE', staffDateTime);
  await expect(staffMessage.locator('time')).toHaveText(`${staffMessageTime} Uhr`);
  expect(staffMessageTime).toContain(messageClock);

  // Family page: "Gesendet am … um 12:51" and the message "…, 12:51": the same wall clock as above.
  await family.page.goto('/meine-anfrage');
  await expect(family.page.getByRole('heading', { level: 1, name: 'Meine Anfrage' })).toBeVisible();
  const sentAt = await inBerlin(family.page, view.createdAt, 'de', {
    dateStyle: 'long',
    timeStyle: 'short',
    calendar: 'gregory',
  });
  expect(sentAt).toContain(sentClock);
  await expect(family.page.getByText(`Gesendet am ${sentAt}`)).toBeVisible();
  const familyMessage = family.page.locator('.fam-message', { hasText: answer });
  const familyMessageTime = await inBerlin(family.page, messageAt, 'de', {
    dateStyle: 'short',
    timeStyle: 'short',
    calendar: 'gregory',
  });
  expect(familyMessageTime).toContain(messageClock);
  await expect(familyMessage.locator('time')).toHaveText(familyMessageTime);
  await family.close();

  // The caseworker (still in New York) proposes 10:00 — meant, and stored, as 10:00 in Berlin.
  const day = officeDay(3);
  await main.getByRole('button', { name: 'Termine vorschlagen' }).click();
  const form = main.getByRole('form', { name: 'Termine vorschlagen' });
  await form.getByLabel('Dauer').selectOption('30');
  await form.getByLabel('Datum 1. Vorschlag').fill(day.input);
  await form.getByLabel('Uhrzeit 1. Vorschlag').fill('10:00');
  await form.getByRole('button', { name: 'Vorschläge senden' }).click();
  const meeting = main.locator('.meeting', { hasText: 'Erstgespräch per Video' });
  await expect(meeting).toContainText(`${day.shown}, 10:00 Uhr`);

  // A family member in Tokyo sees 10:00 too (in Tokyo that is 17:00 or 18:00).
  const tokyo = await familySession(browser, testInfo, accessCode, pin, { timezoneId: TOKYO });
  const meetings = await apiCall<{ slots: { startsAt: string }[] }[]>(
    tokyo.page,
    'GET',
    '/api/family/meetings',
  );
  const startsAt = meetings[0]?.slots[0]?.startsAt ?? '';
  expect(clock(startsAt)).toBe('10:00');
  expect(new Intl.DateTimeFormat('en-CA', { timeZone: BERLIN }).format(new Date(startsAt))).toBe(day.input);
  await tokyo.page.goto('/meine-anfrage');
  const appointments = tokyo.page.getByRole('region', { name: 'Termine' });
  await expect(appointments.getByRole('heading', { name: 'Erstgespräch per Video' })).toBeVisible();
  const range = await tokyo.page.evaluate(
    ({ iso, zone }) => {
      const start = new Date(iso);
      return new Intl.DateTimeFormat('de', { timeStyle: 'short', timeZone: zone }).formatRange(
        start,
        new Date(start.getTime() + 30 * 60_000),
      );
    },
    { iso: startsAt, zone: BERLIN },
  );
  expect(range).toMatch(/^10:00/);
  await expect(appointments).toContainText(range);
  await expect(appointments).not.toContainText(clock(startsAt, TOKYO));
  await checkPage(tokyo.page, testInfo, 'zeitzone-familie-tokio');
  await tokyo.close();
});
