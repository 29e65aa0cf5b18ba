import type { Browser, Page, TestInfo } from '@playwright/test';
import { chromiumLaunchOptions, fakeMediaArgs } from '../support/browser.ts';
import { checkPage, expect, login, serverURL, test } from '../support/fixtures.ts';
import { apiCall, createIntakeRequest, familySignIn } from '../support/intake.ts';

/*
 * The video page in the family's language: a family that chose Arabic in the family app sees the
 * page in Arabic and mirrored (and can switch to Leichte Sprache or German on the page), a guest
 * (interpreter) gets the browser's language and may switch, and staff keep German even on a device
 * set to Arabic.
 */

const STORAGE_KEY = 'lotse.family.language';
const TIME_ZONE = 'Europe/Berlin';

// Fake camera and microphone, and no permission prompt.
test.use({ launchOptions: chromiumLaunchOptions(fakeMediaArgs) });

interface Meeting {
  id: string;
  slots: { id: string; startsAt: string }[];
}

/** A new browser context (own cookies and storage) with the project's viewport. */
async function newPage(browser: Browser, testInfo: TestInfo, locale: string, phone: boolean) {
  const context = await browser.newContext({
    baseURL: serverURL(testInfo),
    locale,
    viewport: phone ? { width: 360, height: 740 } : (testInfo.project.use.viewport ?? null),
  });
  return { context, page: await context.newPage() };
}

/** The id of the inbox request with this concern (the inbox list itself carries no content). */
async function findRequest(staff: Page, concern: string): Promise<string> {
  const inbox = await apiCall<{ id: string; createdAt: string }[]>(staff, 'GET', '/api/inbox');
  for (const item of [...inbox].sort((a, b) => b.createdAt.localeCompare(a.createdAt))) {
    const detail = await apiCall<{ summary: { concern: string } }>(staff, 'GET', `/api/inbox/${item.id}`);
    if (detail.summary.concern === concern) return item.id;
  }
  throw new Error(`Anfrage „${concern}“ nicht im Posteingang`);
}

/** Opens the page's language switch (named "<Sprache>: <language>" in the current language) and picks one. */
async function switchLanguage(page: Page, buttonName: string, language: string) {
  await page.getByRole('button', { name: buttonName, exact: true }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('button', { name: language, exact: true }).click();
  await expect(dialog).toBeHidden();
}

test('Videogespräch auf Arabisch für die Familie, Sprachwahl auf der Seite, Fachkraft bleibt deutsch', async ({
  page,
  browser,
  request,
}, testInfo) => {
  test.setTimeout(180_000);
  const phone = testInfo.project.name === 'phone';
  if (phone) await page.setViewportSize({ width: 360, height: 740 });
  const concern = `Wir möchten per Video mit dem Jugendamt sprechen. (${testInfo.project.name} ${Date.now()})`;
  const { accessCode, pin } = await createIntakeRequest(request, {
    writerRole: 'parent',
    concern,
    postcode: '12101',
    name: 'Familie Haddad',
  });

  // Staff (Anna, ASD Nord) on a device where someone chose Arabic in the family app.
  const staffSide = await newPage(browser, testInfo, 'ar', phone);
  const staff = staffSide.page;
  await login(staff, 'anna.asd');
  await staff.evaluate(([key, value]) => localStorage.setItem(key, value), [STORAGE_KEY, 'ar'] as const);
  const requestId = await findRequest(staff, concern);
  const startsAt = new Date(Date.now() + 2 * 3600_000).toISOString();
  const meeting = await apiCall<Meeting>(staff, 'POST', `/api/inbox/${requestId}/meetings`, {
    title: 'Erstgespräch per Video',
    slots: [startsAt],
    durationMinutes: 30,
  });

  // The family chose Arabic in the family app, signs in with code and PIN and takes the slot.
  await page.goto('/');
  await page.evaluate(([key, value]) => localStorage.setItem(key, value), [STORAGE_KEY, 'ar'] as const);
  await familySignIn(page, accessCode, pin);
  await apiCall(page, 'POST', `/api/family/meetings/${meeting.id}/choose`, { slotId: meeting.slots[0]?.id });

  // Pre-join screen in Arabic, right to left, with the time in the office's zone.
  await page.goto(`/video/${meeting.id}`);
  const html = page.locator('html');
  await expect(html).toHaveAttribute('lang', 'ar');
  await expect(html).toHaveAttribute('dir', 'rtl');
  await expect(page.getByRole('heading', { level: 1, name: 'مكالمة فيديو' })).toBeVisible();
  await expect(page).toHaveTitle('مكالمة فيديو – Lotse');
  const when = await page.evaluate(
    ({ iso, zone }) =>
      new Intl.DateTimeFormat('ar', {
        dateStyle: 'full',
        timeStyle: 'short',
        timeZone: zone,
        calendar: 'gregory',
      }).format(new Date(iso)),
    { iso: startsAt, zone: TIME_ZONE },
  );
  const meta = page.locator('.video-meta');
  await expect(meta.locator('.video-meta-title')).toHaveText('Erstgespräch per Video');
  await expect(meta).toContainText(`الموعد: ${when}`);
  await expect(
    page.getByText('هكذا يراك الآخرون. يمكنك إيقاف الكاميرا والميكروفون في أي وقت.'),
  ).toBeVisible();
  await expect(page.getByRole('button', { name: 'انضمام' })).toBeVisible();
  await expect(page.getByLabel('صورتك من الكاميرا')).toBeVisible();
  await checkPage(page, testInfo, 'video-ar-vorschau');

  // The switch on the page: Leichte Sprache, then German (Sie, as the family app addresses a parent
  // it does not know yet on this device), then back.
  await switchLanguage(page, 'اللغة: العربية', 'Leichte Sprache');
  await expect(html).toHaveAttribute('lang', 'de');
  await expect(html).toHaveAttribute('dir', 'ltr');
  await expect(page.getByRole('heading', { level: 1, name: 'Video-Gespräch' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Ins Gespräch gehen' })).toBeVisible();
  await checkPage(page, testInfo, 'video-de-simple-vorschau');
  await switchLanguage(page, 'Sprache: Leichte Sprache', 'Deutsch');
  await expect(page.getByRole('heading', { level: 1, name: 'Videogespräch' })).toBeVisible();
  await expect(
    page.getByText('So sehen die anderen Sie. Sie können Kamera und Mikrofon jederzeit ausschalten.'),
  ).toBeVisible();
  await checkPage(page, testInfo, 'video-de-vorschau');
  await switchLanguage(page, 'Sprache: Deutsch', 'العربية');
  await expect(html).toHaveAttribute('dir', 'rtl');

  // Joining: the family waits in the lobby; focus moves from the vanished button to the controls.
  await page.getByRole('button', { name: 'انضمام' }).click();
  await expect(page.locator('.video-status')).toContainText(
    'من فضلك انتظر قليلًا، سيُسمح لك بالدخول بعد لحظات.',
  );
  await expect(page.getByRole('button', { name: 'إيقاف الميكروفون' })).toBeFocused();

  // Staff still read German, left to right, addressed with "Sie", and without a language switch.
  await staff.goto(`/video/${meeting.id}`);
  const staffHtml = staff.locator('html');
  await expect(staff.getByRole('heading', { level: 1, name: 'Videogespräch' })).toBeVisible();
  await expect(staffHtml).toHaveAttribute('lang', 'de');
  await expect(staffHtml).toHaveAttribute('dir', 'ltr');
  await expect(
    staff.getByText('So sehen die anderen Sie. Sie können Kamera und Mikrofon jederzeit ausschalten.'),
  ).toBeVisible();
  await expect(staff.locator('.fam-lang-button')).toHaveCount(0);
  const staffName = (await apiCall<{ displayName: string }>(staff, 'GET', `/api/meetings/${meeting.id}`))
    .displayName;
  await staff.getByRole('button', { name: 'Beitreten' }).click();
  await expect(staff.getByText('Sie sind im Gespräch.')).toBeVisible();
  await staff.getByRole('button', { name: 'Familie einlassen' }).click();

  // In the call: Arabic texts, the caseworker's role in Arabic, the connection announced politely.
  await expect(page.locator('.video-status')).toContainText('أنت الآن في المحادثة.');
  const tile = page.locator('figure[data-peer-id]');
  await expect(tile.locator('figcaption')).toContainText(`${staffName} (أخصائي اجتماعي)`);
  await expect(tile.locator('.video-conn')).toHaveText('متصل', { timeout: 20_000 });
  await expect(page.locator('.video-status[aria-live="polite"]')).toContainText(`${staffName}: متصل`);
  await expect(tile.getByLabel(`فيديو ${staffName}`)).toBeVisible();
  await expect(staff.locator('figure[data-peer-id] figcaption')).toContainText('Familie – Verbunden', {
    timeout: 20_000,
  });
  await checkPage(page, testInfo, 'video-ar-im-gespraech');

  // An interpreter's guest link, opened in a Turkish browser: Turkish first, German (Sie) on request.
  const link = await apiCall<{ url: string }>(staff, 'POST', `/api/meetings/${meeting.id}/guests`, {
    label: 'Dolmetscherin Arabisch',
  });
  const guestSide = await newPage(browser, testInfo, 'tr-TR', phone);
  const guest = guestSide.page;
  const guestUrl = new URL(link.url);
  await guest.goto(`${guestUrl.pathname}${guestUrl.search}`);
  await expect(guest.getByRole('heading', { level: 1, name: 'Görüntülü görüşme' })).toBeVisible();
  await expect(guest.locator('html')).toHaveAttribute('lang', 'tr');
  await expect(guest.getByRole('button', { name: 'Katıl' })).toBeVisible();
  await switchLanguage(guest, 'Dil: Türkçe', 'Deutsch');
  await expect(
    guest.getByText('So sehen die anderen Sie. Sie können Kamera und Mikrofon jederzeit ausschalten.'),
  ).toBeVisible();
  await expect(guest.getByRole('button', { name: 'Beitreten' })).toBeVisible();

  await guestSide.context.close();
  await staffSide.context.close();
});
