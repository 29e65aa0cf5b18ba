import { randomUUID } from 'node:crypto';
import type { Browser, Page, TestInfo } from '@playwright/test';
import { checkPage, expect, login, serverURL, test, tinyPdf } from '../support/fixtures.ts';
import { comeBackWithCode } from '../support/intake.ts';

/*
 * A young person's own file: the caseworker invites Tom (15) from his case, releases a document, and
 * Tom — on his phone — sets a PIN through the one-time link, sees his help plan in plain words and
 * the released document, never the note entrusted to the caseworker, and who looked at his data.
 * Ending his access signs him out at once.
 */

function yearsAgo(years: number, days = 40): string {
  const d = new Date();
  d.setFullYear(d.getFullYear() - years);
  d.setDate(d.getDate() - days);
  return d.toISOString().slice(0, 10);
}

async function familyPage(browser: Browser, testInfo: TestInfo): Promise<Page> {
  const phone = testInfo.project.name === 'phone';
  const context = await browser.newContext({
    baseURL: serverURL(testInfo),
    locale: 'de-DE',
    viewport: phone ? { width: 360, height: 740 } : (testInfo.project.use.viewport ?? null),
  });
  const page = await context.newPage();
  // German unless the test chose another language (the picker would open on a first visit).
  await page.addInitScript(() => {
    if (!localStorage.getItem('lotse.family.language')) localStorage.setItem('lotse.family.language', 'de');
  });
  return page;
}

/** A case of ASD Nord with Tom (15) and his mother, a final help plan, an entrusted note and a PDF. */
async function prepareCase(page: Page, run: string) {
  const teams = (await (await page.request.get('/api/teams')).json()) as { id: string; name: string }[];
  const nord = teams.find((t) => t.name === 'ASD Nord');
  const created = await page.request.post('/api/cases', {
    data: {
      title: `Tom Becker – Erziehungsbeistand (${run})`,
      helpType: 'p30_educational_assistant',
      teamId: nord?.id,
      persons: [
        {
          role: 'child',
          person: {
            firstName: 'Tom',
            lastName: 'Becker',
            birthDate: yearsAgo(15),
            gender: 'male',
            postcode: '12103',
          },
        },
        { role: 'parent', person: { firstName: 'Nina', lastName: 'Becker', gender: 'female' } },
      ],
    },
  });
  expect(created.status(), await created.text()).toBe(201);
  const caseId = ((await created.json()) as { id: string }).id;
  const plan = await page.request.post(`/api/cases/${caseId}/help-plans`, {
    data: {
      participants: [
        { role: 'young_person', name: 'Tom Becker', view: 'Ich will wieder gern zur Schule gehen.' },
      ],
      help: {
        type: 'p30_educational_assistant',
        provider: 'Jugendhilfe Lindenhof',
        startsOn: yearsAgo(0, 10),
      },
      goals: [
        {
          id: randomUUID(),
          title: 'Regelmäßiger Schulbesuch',
          indicators: ['höchstens zwei Fehltage im Monat'],
          familySummary: 'Tom geht jeden Tag zur Schule.',
        },
      ],
      agreements: [
        {
          id: randomUUID(),
          text: 'Tom trifft seinen Erziehungsbeistand jede Woche',
          familySummary: 'Tom trifft Herrn Keller jeden Dienstag.',
          owner: { kind: 'family', name: 'Tom' },
        },
      ],
    },
  });
  expect(plan.status(), await plan.text()).toBe(201);
  const planId = ((await plan.json()) as { id: string }).id;
  expect((await page.request.post(`/api/help-plans/${planId}/finalize`)).status()).toBe(200);
  const entrusted = await page.request.post(`/api/cases/${caseId}/entries`, {
    data: {
      kind: 'note',
      title: 'Im Vertrauen: Streit mit dem Stiefvater',
      body: 'Nur für mich.',
      entrusted: true,
    },
  });
  expect(entrusted.status()).toBe(201);
  const upload = await page.request.post(`/api/cases/${caseId}/documents`, {
    multipart: {
      file: { name: 'Wochenplan.pdf', mimeType: 'application/pdf', buffer: tinyPdf('Wochenplan') },
    },
  });
  expect(upload.status(), await upload.text()).toBe(201);
  return { caseId, planId };
}

test('Anna lädt Tom (15) ein: Hilfeplan und freigegebenes Dokument ja, Anvertrautes nie; Zugang beenden', async ({
  page,
  browser,
}, testInfo) => {
  test.setTimeout(150_000);
  const run = `${testInfo.project.name} ${Date.now()}`;
  await login(page, 'anna.asd');
  const { caseId, planId } = await prepareCase(page, run);
  await page.goto(`/fachkraft/faelle/${caseId}?tab=dokumente`);
  const card = page.getByRole('region', { name: 'Familien-App' });
  await expect(card.getByText('Junge Menschen bekommen einen eigenen Zugang ab 14 Jahren.')).toHaveCount(0);

  // Release the document to the family, then invite Tom.
  await page.getByRole('button', { name: 'Für die Familie freigeben „Wochenplan.pdf“' }).click();
  await expect(page.getByText('Für die Familie freigegeben')).toBeVisible();
  await card.getByRole('button', { name: 'Einladen (Tom Becker)' }).click();
  const dialog = page.getByRole('dialog', { name: 'Einladung zur Familien-App' });
  await expect(dialog).toBeVisible();
  const link = (await dialog.locator('code').first().textContent()) ?? '';
  expect(link).toMatch(/\/einladung#.{20,}/);
  await checkPage(page, testInfo, 'familienakte-01-einladung-fachkraft');
  await dialog.getByRole('button', { name: 'Dialog schließen' }).click();
  await expect(card.getByText('Eingeladen', { exact: true })).toBeVisible();

  // Tom opens the link on his phone and sets his PIN.
  const tom = await familyPage(browser, testInfo);
  await tom.goto(new URL(link).pathname + new URL(link).hash);
  await expect(tom.getByRole('heading', { level: 1, name: 'Hallo Tom!' })).toBeVisible();
  await checkPage(tom, testInfo, 'familienakte-02-pin-festlegen');
  await tom.getByLabel('Neue PIN').fill('123456');
  await tom.getByLabel('PIN noch einmal').fill('123456');
  await tom.getByRole('button', { name: 'PIN festlegen' }).click();
  await expect(tom.getByText('Diese PIN ist zu leicht zu erraten.')).toBeVisible();
  await tom.getByLabel('Neue PIN').fill('480213');
  await tom.getByLabel('PIN noch einmal').fill('480213');
  await tom.getByRole('button', { name: 'PIN festlegen' }).click();
  await expect(tom.getByRole('heading', { level: 1, name: 'Geschafft!' })).toBeVisible();
  await tom.getByRole('link', { name: 'Zur Akte' }).click();

  // His file: the plan in plain words, the released document, not the entrusted note.
  await expect(tom.getByRole('heading', { level: 1, name: 'Meine Akte' })).toBeVisible();
  await expect(tom.getByText('Tom geht jeden Tag zur Schule.')).toBeVisible();
  await expect(tom.getByText('Tom trifft Herrn Keller jeden Dienstag.')).toBeVisible();
  await expect(tom.getByRole('link', { name: 'Wochenplan.pdf' })).toBeVisible();
  await expect(tom.getByText('Streit mit dem Stiefvater')).toHaveCount(0);
  await checkPage(tom, testInfo, 'familienakte-03-meine-akte');
  // Tom agrees to his plan and says something about it; Anna reads it beside the plan.
  await tom.getByLabel('Was möchtest du dazu sagen? (freiwillig)').fill('Dienstag passt gut.');
  await tom.getByRole('button', { name: 'Ja, ich bin einverstanden' }).click();
  await expect(tom.getByText(/Du hast am .* zugestimmt\./)).toBeVisible();

  // Tom's first check-in: three faces and a sentence; Anna reads it beside the plan.
  await tom.getByRole('link', { name: 'Jetzt antworten' }).click();
  await expect(tom.getByRole('heading', { level: 1, name: 'Deine Rückmeldung' })).toBeVisible();
  await tom.getByRole('button', { name: 'Absenden' }).click();
  await expect(tom.getByText('Bitte wähle bei jeder Frage ein Bild.')).toBeVisible();
  await tom.getByRole('group', { name: 'Wie geht es dir?' }).getByText('gut', { exact: true }).click();
  await tom
    .getByRole('group', { name: 'Hilft dir die Hilfe?' })
    .getByText('eher ja', { exact: true })
    .click();
  await tom.getByRole('group', { name: 'Fühlst du dich gehört?' }).getByText('ja', { exact: true }).click();
  await expect(
    tom.getByRole('group', { name: 'Hilft dir die Hilfe?' }).getByRole('radio', { name: 'eher ja' }),
  ).toBeChecked();
  await tom.getByLabel('Möchtest du noch etwas sagen? (freiwillig)').fill('Die Hilfe ist super, danke!');
  await checkPage(tom, testInfo, 'familienakte-03b-rueckmeldung');
  await tom.getByRole('button', { name: 'Absenden' }).click();
  await expect(tom.getByText('Danke! Deine Antwort ist angekommen.')).toBeVisible();
  await expect(tom.getByRole('heading', { name: 'Geht es dir gerade schlecht?' })).toHaveCount(0);
  await tom.getByRole('link', { name: 'Zurück zu meiner Akte' }).click();
  await expect(tom.getByText('Danke für deine Antwort heute!')).toBeVisible();

  await tom.getByRole('link', { name: 'Wer hat meine Daten gesehen?' }).click();
  await expect(tom.getByRole('heading', { level: 1, name: 'Wer hat meine Daten gesehen?' })).toBeVisible();
  await expect(tom.getByText('Eine Fachkraft (ASD Nord) hat die Akte angesehen.').first()).toBeVisible();
  await expect(tom.getByText('Du hast deine Akte angesehen.').first()).toBeVisible();
  await expect(tom.getByText('Anna')).toHaveCount(0);
  await checkPage(tom, testInfo, 'familienakte-04-protokoll');

  await page.goto(`/fachkraft/faelle/${caseId}/hilfeplaene/${planId}`);
  const responses = page.getByRole('region', { name: 'Rückmeldungen der Familie' });
  await expect(responses.getByText('Tom Becker')).toBeVisible();
  await expect(responses.getByText('„Dienstag passt gut.“')).toBeVisible();
  const trend = page.getByRole('region', { name: 'Wie es der Familie geht' });
  await expect(trend.getByRole('heading', { level: 3, name: 'Tom Becker' })).toBeVisible();
  await expect(trend.getByText('Die Hilfe ist super, danke!')).toBeVisible();
  await checkPage(page, testInfo, 'familienakte-04b-rueckmeldungen-fachkraft');
  await page.goto(`/fachkraft/faelle/${caseId}`);

  // Anna sees exactly what Tom sees, then ends his access: Tom is signed out.
  await card.getByRole('link', { name: 'Ansicht von Tom Becker' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Familienansicht: Tom' })).toBeVisible();
  await expect(page.getByText('Tom geht jeden Tag zur Schule.')).toBeVisible();
  await expect(page.getByText('Streit mit dem Stiefvater')).toHaveCount(0);
  await checkPage(page, testInfo, 'familienakte-05-vorschau');
  await page.goto(`/fachkraft/faelle/${caseId}`);
  await card.getByRole('button', { name: 'Zugang beenden (Tom Becker)' }).click();
  await expect(card.getByText('Beendet', { exact: true })).toBeVisible();
  await tom.goto('/meine-akte');
  await expect(tom.getByRole('heading', { level: 1, name: 'Mit Code nachsehen' })).toBeVisible();
  await tom.context().close();
});

test('Demo: Frau Schneider meldet sich mit DEMO-SCHNEIDER an und sieht die Freigabe, nicht das Anvertraute', async ({
  browser,
}, testInfo) => {
  const mother = await familyPage(browser, testInfo);
  await comeBackWithCode(mother, 'DEMO-SCHNEIDER', '240615');
  await expect(mother.getByText('Nächste Schritte: Familienhilfe ab dem Monatsersten')).toBeVisible();
  // Lena's plan (other tests may have written a newer version of it): goals in plain words are there.
  await expect(mother.getByRole('heading', { level: 3, name: 'Die Ziele' })).toBeVisible();
  await expect(mother.getByText('Schulden aus der Trennung')).toHaveCount(0);
  // The same pages in Arabic: right to left, translated, accessible.
  await mother.evaluate(() => localStorage.setItem('lotse.family.language', 'ar'));
  await mother.goto('/meine-akte');
  await expect(mother.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(mother.getByRole('heading', { level: 1, name: 'ملفي' })).toBeVisible();
  await checkPage(mother, testInfo, 'familienakte-06-meine-akte-ar');
  await mother.goto('/meine-akte/protokoll');
  await expect(mother.locator('html')).toHaveAttribute('dir', 'rtl');
  await checkPage(mother, testInfo, 'familienakte-07-protokoll-ar');
  await mother.context().close();
});

test('Demo: Frau Schneider antwortet mit Lena (8) in der Kinderfassung; „sehr schlecht“ bringt die Notrufnummern', async ({
  browser,
}, testInfo) => {
  const mother = await familyPage(browser, testInfo);
  await comeBackWithCode(mother, 'DEMO-SCHNEIDER', '240615');
  const card = mother.getByRole('region', { name: 'Ihre Rückmeldung' });
  await expect(card.getByText('Jetzt ist Zeit für Ihre Rückmeldung.')).toBeVisible();
  await card.getByRole('link', { name: 'Mit Lena antworten' }).click();
  await expect(mother.getByRole('heading', { level: 1, name: 'Wie geht es dir, Lena?' })).toBeVisible();
  await mother
    .getByRole('group', { name: 'Wie geht es dir?' })
    .getByText('sehr schlecht', { exact: true })
    .click();
  await mother
    .getByRole('group', { name: 'Tut dir die Hilfe gut?' })
    .getByText('teils', { exact: true })
    .click();
  await mother
    .getByRole('group', { name: 'Hören dir die Erwachsenen zu?' })
    .getByText('eher nein', { exact: true })
    .click();
  await checkPage(mother, testInfo, 'familienakte-08-kinderfassung');
  await mother.getByRole('button', { name: 'Absenden' }).click();
  await expect(mother.getByText('Danke! Das hast du toll gemacht.')).toBeVisible();
  const worried = mother.getByRole('region', { name: 'Geht es dir gerade schlecht?' });
  await expect(worried.getByRole('link', { name: /116 111/ })).toBeVisible();
  await checkPage(mother, testInfo, 'familienakte-09-kinderfassung-danke');
  await mother.getByRole('link', { name: 'Zurück zu meiner Akte' }).click();
  await expect(mother.getByText('Danke, Lena hat heute schon geantwortet.')).toBeVisible();
  // Her own check-in in Arabic: right to left, the faces with their words, accessible.
  await mother.evaluate(() => localStorage.setItem('lotse.family.language', 'ar'));
  await mother.reload();
  await expect(mother.locator('html')).toHaveAttribute('dir', 'rtl');
  await mother.locator('.fam-feedback-card a').first().click();
  await expect(mother.locator('.fam-scale-question')).toHaveCount(3);
  await checkPage(mother, testInfo, 'familienakte-10-rueckmeldung-ar');
  await mother.context().close();
});
