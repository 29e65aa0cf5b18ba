import { checkPage, expect, login, openLenaCase, test } from '../support/fixtures.ts';

/*
 * Einwilligungen und Freigaben, Wunsch- und Wahlrecht (§ 5): Anna, Lena's caseworker, sees the consent
 * Sandra gave in the app and the share resting on it, with what Familienhilfe Nord e. V. sees right
 * now. She asks Sandra in the app for her contact data; sharing them on consent is refused while the
 * consent is only asked for, so she shares them on a legal ground and ends that share again. Then she
 * puts two offers before the family to choose from.
 */

const PROVIDER = 'Familienhilfe Nord e. V.';
const LEGAL_GROUND = '§ 8a Abs. 4 SGB VIII – Schutzauftrag';

test('Einwilligung erbitten, Freigabe auf Rechtsgrundlage anlegen und beenden, Angebote zur Wahl stellen', async ({
  page,
}, testInfo) => {
  test.setTimeout(120_000);
  await login(page, 'anna.asd');
  await openLenaCase(page);

  // What the demo holds: Sandra's consent (in the app) and the share on it, both sections open.
  const card = page.getByRole('region', { name: 'Einwilligungen und Freigaben' });
  await expect(card.getByText('die Familie kann sie jederzeit in ihrer App widerrufen')).toBeVisible();
  const consents = card.getByRole('region', { name: 'Einwilligungen', exact: true });
  const sandra = consents.getByRole('listitem').filter({ hasText: 'Sandra Schneider' });
  await expect(sandra).toHaveCount(1);
  await expect(sandra.getByText('Erteilt', { exact: true })).toBeVisible();
  await expect(sandra.getByText(`An ${PROVIDER}: Personen, Hilfeplan`)).toBeVisible();
  await expect(sandra.getByText(/in der App erteilt am/)).toBeVisible();
  const shares = card.getByRole('region', { name: 'Freigaben an Träger' });
  const onConsent = shares.getByRole('listitem').filter({ hasText: 'Grundlage: Einwilligung' });
  await expect(onConsent.getByText('Offen', { exact: true })).toBeVisible();
  await expect(onConsent.getByText('Personen: sichtbar')).toBeVisible();
  await expect(onConsent.getByText('Hilfeplan: sichtbar')).toBeVisible();

  // Ask Sandra in the family app for her contact data; the form first shows what is missing.
  await card.getByRole('button', { name: 'Einwilligung einholen' }).click();
  const ask = page.getByRole('dialog', { name: 'Einwilligung einholen' });
  await expect(ask.getByRole('radio', { name: 'In der Familien-App erbitten' })).toBeChecked();
  await ask.getByRole('button', { name: 'In der App erbitten' }).click();
  await expect(ask.getByText('Bitte wählen Sie, wessen Einwilligung es ist.')).toBeVisible();
  await expect(ask.getByLabel('Person', { exact: true })).toBeFocused();
  await expect(ask.getByText('Bitte mindestens einen Bereich wählen.')).toBeVisible();
  await ask.getByLabel('Person', { exact: true }).selectOption({ label: 'Sandra Schneider (Elternteil)' });
  await expect(ask.getByLabel('Träger', { exact: true })).toHaveValue(/.+/);
  await ask
    .getByLabel('Zweck', { exact: true })
    .fill('Familienhilfe Nord soll Sandra für Termine erreichen können.');
  await ask.getByRole('checkbox', { name: 'Kontaktdaten (Adresse, Telefon)' }).check();
  await checkPage(page, testInfo, 'freigaben-01-einwilligung-erbitten');
  await ask.getByRole('button', { name: 'In der App erbitten' }).click();
  await expect(ask).toHaveCount(0);
  await expect(
    card.getByText('Die Einwilligung ist in der Familien-App von Sandra Schneider erbeten.'),
  ).toBeVisible();
  const asked = consents.getByRole('listitem').filter({ hasText: 'Kontaktdaten' });
  await expect(asked.getByText('Erbeten', { exact: true })).toBeVisible();
  await expect(asked.getByText(`An ${PROVIDER}: Kontaktdaten`)).toBeVisible();
  await expect(asked.getByText(/in der App erbeten · noch keine Antwort/)).toBeVisible();

  // Sharing the contact data on consent: refused, the consent is only asked for (409, German message).
  await card.getByRole('button', { name: 'Freigabe anlegen' }).click();
  const share = page.getByRole('dialog', { name: 'Freigabe anlegen' });
  await expect(
    share.getByText('Erteilte Einwilligungen für diesen Träger umfassen: Personen, Hilfeplan.'),
  ).toBeVisible();
  await share.getByRole('checkbox', { name: 'Kontaktdaten (Adresse, Telefon)' }).check();
  await share.getByRole('button', { name: 'Freigeben' }).click();
  await expect(
    share.getByText(
      'Für „Kontaktdaten (Adresse, Telefon)“ liegt keine gültige Einwilligung für diesen Träger vor.',
    ),
  ).toBeVisible();

  // On a legal ground instead: the ground is required, then the section is open at once.
  await share.getByRole('radio', { name: 'Gesetzliche Befugnis' }).check();
  await share.getByRole('button', { name: 'Freigeben' }).click();
  await expect(share.getByLabel('Rechtsgrundlage')).toBeFocused();
  await share.getByLabel('Rechtsgrundlage').fill(LEGAL_GROUND);
  await share.getByRole('button', { name: 'Freigeben' }).click();
  await expect(share).toHaveCount(0);
  await expect(card.getByText(`${PROVIDER} sieht jetzt: Kontaktdaten.`)).toBeVisible();
  const onGround = shares.getByRole('listitem').filter({ hasText: `Grundlage: ${LEGAL_GROUND}` });
  await expect(onGround.getByText('Offen', { exact: true })).toBeVisible();
  await expect(onGround.getByText('Kontaktdaten: sichtbar')).toBeVisible();
  await checkPage(page, testInfo, 'freigaben-02-fall');

  // Ending it: the provider loses the contact data; the share stays documented.
  await onGround.getByRole('button', { name: /Freigabe beenden/ }).click();
  const confirm = page.getByRole('dialog', { name: 'Freigabe beenden' });
  await expect(
    confirm.getByText(`${PROVIDER} sieht ab sofort nichts mehr aus dieser Freigabe.`),
  ).toBeVisible();
  await confirm.getByRole('button', { name: 'Freigabe beenden' }).click();
  await expect(card.getByText(`Die Freigabe an ${PROVIDER} ist beendet.`)).toBeVisible();
  await expect(shares.getByRole('heading', { name: 'Freigaben an Träger' })).toBeFocused();
  await expect(shares.getByRole('listitem').filter({ hasText: `Grundlage: ${LEGAL_GROUND}` })).toBeHidden();
  await shares.getByText('Beendete Freigaben (1)').click();
  await expect(
    shares
      .getByRole('listitem')
      .filter({ hasText: `Grundlage: ${LEGAL_GROUND}` })
      .getByText('Beendet', { exact: true }),
  ).toBeVisible();

  // § 5: two offers from the placement search (prefilled with the case's help type) for the family.
  const choice = page.getByRole('region', { name: 'Wunsch- und Wahlrecht (§ 5)' });
  await expect(choice.getByText(/dass sie zwischen Angeboten verschiedener Träger wählen/)).toBeVisible();
  await expect(choice.getByText('Noch keine Angebote.', { exact: false })).toBeVisible();
  await choice.getByRole('button', { name: 'Angebote zur Wahl stellen' }).click();
  const picker = page.getByRole('dialog', { name: 'Angebote zur Wahl stellen' });
  await expect(picker.getByLabel('Hilfeart')).toHaveValue('p31_spfh');
  const offers = picker.getByRole('checkbox');
  await expect(offers.first()).toBeVisible();
  await picker.getByRole('button', { name: 'Zur Wahl stellen' }).click();
  await expect(picker.getByText('Bitte mindestens ein Angebot wählen.')).toBeVisible();
  await expect(offers.first()).toBeFocused();
  await checkPage(page, testInfo, 'freigaben-03-angebote-waehlen');
  await offers.nth(0).check();
  await offers.nth(1).check();
  await picker.getByRole('button', { name: '2 zur Wahl stellen' }).click();
  await expect(picker).toHaveCount(0);
  await expect(choice.getByText('2 Angebote stehen der Familie jetzt in ihrer App zur Wahl.')).toBeVisible();
  await expect(choice.getByRole('region', { name: 'Zur Wahl gestellt' }).getByRole('listitem')).toHaveCount(
    2,
  );
  await checkPage(page, testInfo, 'freigaben-04-fall');
});
