import { execFileSync } from 'node:child_process';
import type { LaunchOptions } from '@playwright/test';

/** Debian's Chromium from PATH; the tests never download a browser. */
function chromiumPath(): string {
  let found = '';
  try {
    found = execFileSync('which', ['chromium'], { encoding: 'utf8' }).trim();
  } catch {
    found = '';
  }
  if (!found) throw new Error('Chromium fehlt: apt-get install -y chromium chromium-l10n');
  return found;
}

/** Fake camera and microphone without a permission prompt (video tests). */
export const fakeMediaArgs = ['--use-fake-ui-for-media-stream', '--use-fake-device-for-media-stream'];

/** How every test starts Chromium; `extraArgs` add to the common flags. */
export function chromiumLaunchOptions(extraArgs: string[] = []): LaunchOptions {
  return {
    executablePath: chromiumPath(),
    // Date inputs follow the browser's UI language, not the page's lang or `locale`, and show
    // mm/dd/yyyy otherwise. German offices run German browsers. On Linux Chromium takes the UI
    // language from LANGUAGE (and needs Debian's chromium-l10n); --lang covers other systems.
    env: { ...process.env, LANGUAGE: 'de' } as Record<string, string>,
    args: [
      '--lang=de-DE',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      ...extraArgs,
    ],
  };
}
