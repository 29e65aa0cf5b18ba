import type { Page } from '@playwright/test';
import { checkPage, expect, test } from '../support/fixtures.ts';

/*
 * Safety first in the assistant: suicidal wording shows the crisis lines first with a warm text;
 * weak hints make the assistant ask one plain safety question; a "yes" shows the emergency numbers.
 */

async function startAssistant(page: Page, writer: RegExp) {
  await page.addInitScript(() => localStorage.setItem('lotse.family.language', 'de'));
  await page.goto('/anliegen');
  await page.locator('.fam-chat-input').getByRole('button', { name: writer }).click();
}

async function write(page: Page, text: string) {
  const input = page.locator('.fam-chat-input');
  await input.getByRole('textbox').fill(text);
  await input.getByRole('button', { name: 'Senden' }).click();
}

test('Suizidgedanken: zuerst die Telefonseelsorge und die Nummer gegen Kummer, mit einem warmen Satz', async ({
  page,
}, testInfo) => {
  await startAssistant(page, /Ich bin jugendlich/);
  await write(page, 'ich will einfach nicht mehr leben');
  const danger = page.locator('.fam-msg-danger');
  await expect(danger).toContainText('Du bist damit nicht allein');
  const lines = danger.locator('.fam-hotline');
  await expect(lines.first()).toContainText('Telefonseelsorge');
  await expect(lines.first()).toHaveAttribute('href', 'tel:08001110111');
  await expect(danger).toContainText('Nummer gegen Kummer');
  await expect(danger.locator('a[href="tel:110"]')).toBeVisible();
  await checkPage(page, testInfo, 'family-sicherheit-10-krisentelefon');
});

test('Schwache Hinweise: der Assistent fragt nach Gefahr; ein Ja zeigt die Notrufnummern', async ({
  page,
}, testInfo) => {
  await startAssistant(page, /Mutter, Vater/);
  await write(page, 'Ich habe irgendwie Angst und weiß nicht weiter');
  const log = page.getByRole('log');
  await expect(log).toContainText('Sind Sie oder ist jemand gerade in Gefahr?');
  const input = page.locator('.fam-chat-input');
  await expect(input.getByRole('button', { name: 'Ja' })).toBeVisible();
  await checkPage(page, testInfo, 'family-sicherheit-11-frage');
  await input.getByRole('button', { name: 'Ja' }).click();
  await expect(page.locator('.fam-msg-danger a[href="tel:110"]')).toBeVisible();
  // The assistant goes on with the next question.
  await expect(input.getByRole('button').first()).toBeVisible();
});

test('Keine Hinweise: keine Sicherheitsfrage bei einer gewöhnlichen Sorge', async ({ page }) => {
  await startAssistant(page, /Mutter, Vater/);
  await write(page, 'Wir streiten jeden Abend über die Hausaufgaben und das Handy');
  const log = page.getByRole('log');
  await expect(page.locator('.fam-chat-input').getByRole('button').first()).toBeVisible();
  await expect(log).not.toContainText('in Gefahr?');
  await expect(page.locator('.fam-msg-danger')).toHaveCount(0);
});
