import type { APIRequestContext, Browser, Page, TestInfo, WebSocketRoute } from '@playwright/test';
import { checkPage, expect, login, serverURL, test } from '../support/fixtures.ts';
import { createIntakeRequest } from '../support/intake.ts';

/*
 * The family's request page with appointments and live messages, against the real server: a family
 * writes (API), a caseworker of ASD Nord claims the request and proposes two video appointments
 * (API), the family signs in with code and PIN, picks a time and sees the video link. A message from
 * the caseworker then appears without reloading (realtime socket), the office-hours notice matches
 * what the server computes right now, and the page works in German, Leichte Sprache and Arabic.
 */

const STORAGE_KEY = 'lotse.family.language';
const TIME_ZONE = 'Europe/Berlin';

interface Meeting {
  id: string;
  status: string;
  slots: { id: string; startsAt: string }[];
  chosenSlot: { id: string } | null;
}

interface Availability {
  openNow: boolean | null;
  nextOpening: string | null;
  hours: string | null;
}

/** `HH:MM` on the office's calendar day `daysAhead` from today, as an ISO string with offset. */
function officeTime(daysAhead: number, clock: string): string {
  const day = new Date(Date.now() + daysAhead * 86_400_000);
  const date = new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE }).format(day);
  const offset = new Intl.DateTimeFormat('en', { timeZone: TIME_ZONE, timeZoneName: 'longOffset' })
    .formatToParts(new Date(`${date}T12:00:00Z`))
    .find((p) => p.type === 'timeZoneName')
    ?.value.replace('GMT', '');
  return new Date(`${date}T${clock}:00${offset || 'Z'}`).toISOString();
}

/** A request as the intake assistant sends it (with an e-mail address for reminders). */
const createRequest = (request: APIRequestContext, concern: string) =>
  createIntakeRequest(request, {
    writerRole: 'parent',
    concern,
    postcode: '12101',
    name: 'Familie Termin',
    email: 'familie.termin@example.org',
  });

/** Anna (ASD Nord) signs in in her own browser context and finds the request by its text. */
async function staffSession(browser: Browser, testInfo: TestInfo, concern: string) {
  const context = await browser.newContext({ baseURL: serverURL(testInfo) });
  const staff = await context.newPage();
  await login(staff, 'anna.asd');
  const inbox = (await (await staff.request.get('/api/inbox')).json()) as { id: string; createdAt: string }[];
  let requestId = '';
  for (const item of [...inbox].sort((a, b) => b.createdAt.localeCompare(a.createdAt))) {
    const detail = (await (await staff.request.get(`/api/inbox/${item.id}`)).json()) as {
      summary: { concern: string };
    };
    if (detail.summary.concern === concern) {
      requestId = item.id;
      break;
    }
  }
  expect(requestId, 'Die Anfrage liegt im Eingang von ASD Nord').not.toBe('');
  expect((await staff.request.post(`/api/inbox/${requestId}/claim`, { data: {} })).ok()).toBe(true);
  return { context, staff, requestId };
}

async function useLanguage(page: Page, lang: string) {
  await page.evaluate(([key, value]) => localStorage.setItem(key, value), [STORAGE_KEY, lang] as const);
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', lang === 'de-simple' ? 'de' : lang);
}

/** Calls the family API from inside the page, with the browser's own session cookie. */
async function familyGet<T>(page: Page, url: string): Promise<T> {
  return page.evaluate(async (path) => {
    const response = await fetch(path);
    if (!response.ok) throw new Error(`${path}: ${response.status}`);
    return (await response.json()) as T;
  }, url);
}

/** What the notice should say, worked out independently in the browser (its Intl, office time zone). */
async function expectedOfficeText(page: Page, availability: Availability): Promise<string | null> {
  if (availability.openNow !== false || !availability.nextOpening) return null;
  return page.evaluate(
    ({ opening, zone }) => {
      const at = new Date(opening);
      const dayOf = (d: Date) =>
        Date.parse(`${new Intl.DateTimeFormat('en-CA', { timeZone: zone }).format(d)}T00:00:00Z`);
      const days = Math.round((dayOf(at) - dayOf(new Date())) / 86_400_000);
      const day =
        days <= 1
          ? new Intl.RelativeTimeFormat('de', { numeric: 'auto' }).format(days, 'day')
          : new Intl.DateTimeFormat('de', { weekday: 'long', timeZone: zone }).format(at);
      const time = new Intl.DateTimeFormat('de', { timeStyle: 'short', timeZone: zone }).format(at);
      return `Wir antworten ab ${day}, ${time} Uhr.`;
    },
    { opening: availability.nextOpening, zone: TIME_ZONE },
  );
}

/** Left and right edges of an element. */
async function edges(page: Page, selector: string) {
  const box = await page.locator(selector).first().boundingBox();
  if (!box) throw new Error(`${selector} nicht sichtbar`);
  return { left: box.x, right: box.x + box.width };
}

test('Familie wählt einen Videotermin, bekommt Nachrichten live und sieht die Bürozeiten', async ({
  page,
  browser,
  request,
}, testInfo) => {
  test.setTimeout(180_000);
  const phone = testInfo.project.name === 'phone';
  if (phone) await page.setViewportSize({ width: 360, height: 740 });
  const shot = (name: string) => checkPage(page, testInfo, `family-meetings-${name}`);
  const concern = `Wir möchten mit jemandem über unsere Situation sprechen. (${testInfo.project.name} ${Date.now()})`;

  const { accessCode, pin } = await createRequest(request, concern);
  const { context: staffContext, staff, requestId } = await staffSession(browser, testInfo, concern);
  const slots = [officeTime(1, '10:00'), officeTime(2, '14:30')];
  const proposed = await staff.request.post(`/api/inbox/${requestId}/meetings`, {
    data: { title: 'Erstgespräch per Video', slots, durationMinutes: 45 },
  });
  expect(proposed.status()).toBe(201);
  const meeting = (await proposed.json()) as Meeting;
  const firstMessage = await staff.request.post(`/api/inbox/${requestId}/conversation/messages`, {
    data: { body: 'Guten Tag, ich habe Ihnen zwei Termine vorgeschlagen. Anna Albers' },
  });
  expect(firstMessage.status()).toBe(201);

  // Every realtime socket of the family's page passes through here, so the test can cut one.
  const sockets: WebSocketRoute[] = [];
  await page.routeWebSocket(/\/api\/realtime$/, (ws) => {
    ws.connectToServer();
    sockets.push(ws);
  });

  // The family signs in with code and PIN.
  await page.goto('/zurueck');
  await useLanguage(page, 'de');
  await page.getByLabel('Code').fill(accessCode);
  await page.getByLabel('PIN', { exact: true }).fill(pin);
  await page.getByRole('button', { name: 'Nachsehen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Meine Anfrage' })).toBeVisible();
  const own = await familyGet<{ id: string }>(page, '/api/family/request');
  expect(own.id, 'Die Familie kennt die Nummer ihrer Anfrage (für den Live-Kanal)').toBe(requestId);

  // Two proposed times, in German, in the office's time zone.
  const appointments = page.getByRole('region', { name: 'Termine' });
  await expect(appointments.getByRole('heading', { name: 'Erstgespräch per Video' })).toBeVisible();
  await expect(appointments).toContainText('Dauer: 45 Minuten');
  const labels = await page.evaluate(
    ({ starts, zone }) =>
      starts.map((iso) => {
        const start = new Date(iso);
        const day = new Intl.DateTimeFormat('de', {
          weekday: 'long',
          day: 'numeric',
          month: 'long',
          timeZone: zone,
        }).format(start);
        const time = new Intl.DateTimeFormat('de', { timeStyle: 'short', timeZone: zone }).formatRange(
          start,
          new Date(start.getTime() + 45 * 60_000),
        );
        return { day, time };
      }),
    { starts: slots, zone: TIME_ZONE },
  );
  const radios = appointments.getByRole('radio');
  await expect(radios).toHaveCount(2);
  for (const [i, label] of labels.entries()) {
    await expect(radios.nth(i)).toHaveAccessibleName(`${label.day} ${label.time}`);
  }
  expect(labels[1]?.time).toMatch(/^14:30\s?–\s?15:15/u);
  const confirm = appointments.getByRole('button', { name: 'Diese Zeit nehmen' });
  await expect(confirm).toBeDisabled();

  // Live: the socket is subscribed, so a message from the office appears without reloading.
  await expect(page.locator('[data-live="live"]')).toBeVisible();
  await shot('de-1-vorschlaege');

  // Pick the second time.
  await appointments.getByText(labels[1]?.time ?? '').click();
  await expect(radios.nth(1)).toBeChecked();
  await confirm.click();
  await expect(appointments.getByText('Danke! Ihr Termin ist eingetragen.')).toBeVisible();
  await expect(appointments.getByRole('heading', { name: 'Erstgespräch per Video' })).toBeFocused();
  await expect(appointments.locator('.fam-meeting-when')).toContainText(
    `Ihr Termin ${labels[1]?.day} ${labels[1]?.time}`,
  );
  const join = appointments.getByRole('link', { name: 'Zum Videogespräch' });
  await expect(join).toHaveAttribute('href', `/video/${meeting.id}`);
  await expect(appointments).toContainText('Dann erinnern wir Sie vorher per E-Mail an den Termin.');
  const chosen = await familyGet<Meeting[]>(page, '/api/family/meetings');
  expect(chosen.find((m) => m.id === meeting.id)).toMatchObject({
    status: 'scheduled',
    chosenSlot: { id: meeting.slots[1]?.id },
  });

  // Office hours: the notice says what the server computes right now (any time of day).
  const { availability } = await familyGet<{ availability: Availability }>(page, '/api/family/conversation');
  const notice = page.locator('.fam-office');
  if (availability.openNow === true) {
    await expect(notice).toHaveText('Wir sind jetzt im Büro.');
  } else if (availability.openNow === false) {
    await expect(notice).toContainText('Wir sind gerade nicht im Büro.');
    const answers = await expectedOfficeText(page, availability);
    if (answers) await expect(notice).toContainText(answers);
    await expect(notice).toContainText('Sind Sie in Gefahr?');
    await expect(notice.locator('a[href="tel:110"]')).toBeVisible();
    await expect(notice.locator('a[href="tel:112"]')).toBeVisible();
  } else {
    await expect(notice).toHaveText(`Sprechzeiten: ${availability.hours ?? ''}`);
  }

  // A message from the office arrives by itself (no reload; the fallback poll is minutes away).
  await page.evaluate(() => {
    (window as unknown as { __sameDocument: boolean }).__sameDocument = true;
  });
  const liveText = `Danke für Ihre Wahl, bis bald! (${Date.now()})`;
  const sent = await staff.request.post(`/api/inbox/${requestId}/conversation/messages`, {
    data: { body: liveText },
  });
  expect(sent.status()).toBe(201);
  await expect(page.locator('.fam-messages')).toContainText(liveText, { timeout: 5_000 });
  expect(await page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument)).toBe(
    true,
  );

  // The connection drops (phone changes networks): the page reconnects by itself and stays live.
  const before = sockets.length;
  await sockets.at(-1)?.close({ code: 4000, reason: 'Test: Verbindung weg' });
  await expect.poll(() => sockets.length, { timeout: 10_000 }).toBe(before + 1);
  await expect(page.locator('[data-live="live"]')).toBeVisible();
  const afterReconnect = `Sind Sie noch da? (${Date.now()})`;
  expect(
    (
      await staff.request.post(`/api/inbox/${requestId}/conversation/messages`, {
        data: { body: afterReconnect },
      })
    ).status(),
  ).toBe(201);
  await expect(page.locator('.fam-messages')).toContainText(afterReconnect, { timeout: 5_000 });
  await staffContext.close();

  // The family answers, so both sides of the conversation are on the screenshots.
  await page.getByLabel('Ihre Nachricht').fill('Danke, das passt mir gut.');
  await page.getByRole('button', { name: 'Nachricht senden' }).click();
  await expect(page.locator('.fam-message-own')).toContainText('Danke, das passt mir gut.');
  await shot('de-2-termin-gewaehlt');
  const list = await edges(page, '.fam-messages');
  const ownLtr = await edges(page, '.fam-message-own');
  expect(Math.abs(ownLtr.right - list.right)).toBeLessThan(2);

  await useLanguage(page, 'de-simple');
  await expect(page.getByRole('link', { name: 'Zum Video-Gespräch' })).toBeVisible();
  await shot('de-simple-1-termin');

  // Arabic: mirrored, own messages on the left, the same appointment in Arabic.
  await useLanguage(page, 'ar');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.getByRole('heading', { level: 2, name: 'المواعيد' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'الانضمام إلى مكالمة الفيديو' })).toHaveAttribute(
    'href',
    `/video/${meeting.id}`,
  );
  const listRtl = await edges(page, '.fam-messages');
  const ownRtl = await edges(page, '.fam-message-own');
  expect(Math.abs(ownRtl.left - listRtl.left)).toBeLessThan(2);
  await shot('ar-1-termin');
});

test('Datei anhängen: Größe und Art werden vor dem Senden geprüft', async ({ page, request }, testInfo) => {
  if (testInfo.project.name === 'phone') await page.setViewportSize({ width: 360, height: 740 });
  const concern = `Ich möchte ein Schreiben schicken. (${Date.now()})`;
  const { accessCode, pin } = await createRequest(request, concern);
  await page.goto('/zurueck');
  await useLanguage(page, 'de');
  await page.getByLabel('Code').fill(accessCode);
  await page.getByLabel('PIN', { exact: true }).fill(pin);
  await page.getByRole('button', { name: 'Nachsehen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Meine Anfrage' })).toBeVisible();

  const picker = page.getByLabel('Datei anhängen');
  await expect(picker).toHaveAttribute('type', 'file');
  const send = page.getByRole('button', { name: 'Nachricht senden' });
  await expect(send).toBeDisabled();

  await picker.setInputFiles({
    name: 'zu-gross.pdf',
    mimeType: 'application/pdf',
    buffer: Buffer.alloc(10 * 1024 * 1024 + 1, 1),
  });
  await expect(
    page.getByText('Die Datei ist zu groß. Sie darf höchstens 10 Megabyte groß sein.'),
  ).toBeVisible();
  await expect(page.getByRole('button', { name: 'Datei entfernen' })).toHaveCount(0);
  await expect(send).toBeDisabled();

  await picker.setInputFiles({
    name: 'programm.exe',
    mimeType: 'application/x-msdownload',
    buffer: Buffer.from('MZ'),
  });
  await expect(page.getByText('Diese Datei können wir leider nicht annehmen.')).toBeVisible();

  await picker.setInputFiles({
    name: 'Bescheid.pdf',
    mimeType: 'application/pdf',
    buffer: Buffer.alloc(300 * 1024, 1),
  });
  await expect(page.getByText('Diese Datei können wir leider nicht annehmen.')).toHaveCount(0);
  const attached = page.locator('.fam-attached');
  await expect(attached).toContainText('Bescheid.pdf');
  await expect(attached).toContainText('300 Kilobyte');
  await expect(send).toBeEnabled();
  await checkPage(page, testInfo, 'family-meetings-de-3-datei');
  await page.getByRole('button', { name: 'Datei entfernen' }).click();
  await expect(attached).toHaveCount(0);
  await expect(picker).toBeFocused();
  await expect(send).toBeDisabled();
});
