import type { Page } from '@playwright/test';
import { chromiumLaunchOptions, fakeMediaArgs } from '../support/browser.ts';
import { checkPage, expect, login, serverURL, test } from '../support/fixtures.ts';
import { apiCall, createIntakeRequest, familySignIn } from '../support/intake.ts';

// Fake camera and microphone, and no permission prompt.
test.use({ launchOptions: chromiumLaunchOptions(fakeMediaArgs) });

/** Keeps every RTCPeerConnection the page creates, so the test can read its state and stats. */
const recordPeerConnections = () => {
  const w = window as unknown as { __pcs: RTCPeerConnection[]; RTCPeerConnection: typeof RTCPeerConnection };
  w.__pcs = [];
  const Original = w.RTCPeerConnection;
  w.RTCPeerConnection = class extends Original {
    constructor(config?: RTCConfiguration) {
      super(config);
      w.__pcs.push(this);
    }
  };
};

/**
 * A camera that answers only after two seconds, as on a slow phone: a quick click on "Beitreten" must
 * wait for it, or the family joins without video and the caseworker sees a black picture.
 */
const slowCamera = () => {
  const devices = navigator.mediaDevices;
  const original = devices.getUserMedia.bind(devices);
  devices.getUserMedia = (constraints) =>
    new Promise((resolve) => setTimeout(resolve, 2000)).then(() => original(constraints));
};

const connected = (page: Page) =>
  page.evaluate(() =>
    (window as unknown as { __pcs: RTCPeerConnection[] }).__pcs.some(
      (pc) => pc.connectionState === 'connected',
    ),
  );

const framesDecoded = (page: Page) =>
  page.evaluate(async () => {
    let frames = 0;
    for (const pc of (window as unknown as { __pcs: RTCPeerConnection[] }).__pcs) {
      (await pc.getStats()).forEach((report: { type: string; kind?: string; framesDecoded?: number }) => {
        if (report.type === 'inbound-rtp' && report.kind === 'video') frames += report.framesDecoded ?? 0;
      });
    }
    return frames;
  });

test('Videotermin: Fachkraft schlägt vor, Familie wählt, Einlass aus dem Warteraum, Bild kommt an', async ({
  page,
  browser,
  request,
}, testInfo) => {
  test.setTimeout(120_000);
  // The family writes to the office (postcode 12101 → ASD Nord, Anna's team) and gets code + PIN.
  const { accessCode, pin } = await createIntakeRequest(request, {
    writerRole: 'parent',
    concern: 'Wir brauchen Rat, weil es zu Hause oft Streit gibt.',
    postcode: '12101',
    name: 'Petra Video',
  });

  // Staff: sign in, find the new request, propose a slot in two hours.
  await page.addInitScript(recordPeerConnections);
  await login(page, 'anna.asd');
  const inbox = await apiCall<{ id: string; createdAt: string }[]>(page, 'GET', '/api/inbox');
  const newest = inbox.reduce((a, b) => (a.createdAt > b.createdAt ? a : b));
  const startsAt = new Date(Date.now() + 2 * 3600_000).toISOString();
  const meeting = await apiCall<{ id: string; slots: { id: string }[] }>(
    page,
    'POST',
    `/api/inbox/${newest.id}/meetings`,
    { title: 'Erstgespräch per Video', slots: [startsAt], durationMinutes: 30 },
  );

  // Family: its own browser, signs in with code and PIN, chooses the slot.
  const familyContext = await browser.newContext({
    baseURL: serverURL(testInfo),
    locale: 'de-DE',
    viewport: testInfo.project.use.viewport ?? null,
  });
  const family = await familyContext.newPage();
  await family.addInitScript(recordPeerConnections);
  await family.addInitScript(slowCamera);
  await family.goto('/');
  await familySignIn(family, accessCode, pin);
  const offered = await apiCall<{ id: string }[]>(family, 'GET', '/api/family/meetings');
  expect(offered.map((m) => m.id)).toContain(meeting.id);
  const chosen = await apiCall<{ status: string }>(
    family,
    'POST',
    `/api/family/meetings/${meeting.id}/choose`,
    {
      slotId: meeting.slots[0]?.id,
    },
  );
  expect(chosen.status).toBe('scheduled');

  // Both open the video page; staff enter directly, the family waits in the lobby.
  await page.goto(`/video/${meeting.id}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Videogespräch' })).toBeVisible();
  await expect(page.getByText('Erstgespräch per Video')).toBeVisible();
  await checkPage(page, testInfo, 'video-vorschau');
  await page.getByRole('button', { name: 'Beitreten' }).click();
  await expect(page.getByText('Sie sind im Gespräch.')).toBeVisible();
  await expect(page.getByText('Niemand wartet.')).toBeVisible();

  await family.goto(`/video/${meeting.id}`);
  await family.getByRole('button', { name: 'Beitreten' }).click();
  // Families read the family app's German in its form of address (a parent: Sie), like staff.
  await expect(family.getByText('Bitte warten Sie, Sie werden gleich hereingelassen.')).toBeVisible();

  await page.getByRole('button', { name: 'Familie einlassen' }).click();
  await expect(family.getByText('Sie sind im Gespräch.')).toBeVisible();

  await expect.poll(() => connected(page), { timeout: 20_000 }).toBe(true);
  await expect.poll(() => connected(family), { timeout: 20_000 }).toBe(true);
  await expect.poll(() => framesDecoded(family), { timeout: 20_000 }).toBeGreaterThan(0);
  await expect.poll(() => framesDecoded(page), { timeout: 20_000 }).toBeGreaterThan(0);
  await expect(page.locator('.video-conn').getByText('Verbunden')).toBeVisible();
  await expect(page.locator('.video-status')).toContainText('Familie: Verbunden');
  await checkPage(page, testInfo, 'video-im-gespraech');

  // Mute and camera toggles, then leave: the family sees the staff member go.
  await page.getByRole('button', { name: 'Mikrofon ausschalten' }).click();
  await expect(page.getByRole('button', { name: 'Mikrofon einschalten' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await page.getByRole('button', { name: 'Verlassen' }).click();
  await expect(page.getByText('Sie haben das Gespräch verlassen.')).toBeVisible();
  // The pressed button is gone: focus moves to the one that takes its place.
  await expect(page.getByRole('button', { name: 'Erneut beitreten' })).toBeFocused();
  await expect(family.getByText('Verbunden')).toHaveCount(0);
  await familyContext.close();
});
