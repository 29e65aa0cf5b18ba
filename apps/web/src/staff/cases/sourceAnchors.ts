import { useEffect } from 'react';

/*
 * Anchors on the case page that other pages link to (the case brief's sources): `#eintrag-<id>`
 * (timeline entry), `#person-<id>`, `#haushalt-<id>` (persons tab) and `#aufgabe-<id>` (tasks tab).
 */

const TAB_OF_ANCHOR: readonly [prefix: string, tab: string][] = [
  ['eintrag-', 'verlauf'],
  ['person-', 'personen'],
  ['haushalt-', 'personen'],
  ['aufgabe-', 'aufgaben'],
];

/** The tab that shows the element a hash names, or null. */
export function tabOfHash(hash: string): string | null {
  const id = hash.replace(/^#/, '');
  return TAB_OF_ANCHOR.find(([prefix]) => id.startsWith(prefix))?.[1] ?? null;
}

/**
 * Scrolls to the element the hash names and moves the focus there, once it is on the page (a tab's
 * data may still be loading); gives up after a while if it never appears.
 */
export function useHashTarget(hash: string): void {
  useEffect(() => {
    const id = decodeURIComponent(hash.replace(/^#/, ''));
    if (!id || !tabOfHash(id)) return;
    const reach = () => {
      const element = document.getElementById(id);
      if (!element) return false;
      element.scrollIntoView({ block: 'center' });
      element.focus({ preventScroll: true });
      return true;
    };
    if (reach()) return;
    const observer = new MutationObserver(() => {
      if (reach()) observer.disconnect();
    });
    observer.observe(document.body, { childList: true, subtree: true });
    const giveUp = window.setTimeout(() => observer.disconnect(), 15_000);
    return () => {
      observer.disconnect();
      window.clearTimeout(giveUp);
    };
  }, [hash]);
}
