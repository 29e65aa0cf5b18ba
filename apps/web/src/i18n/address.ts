import type { TWriterRole } from '@lotse/shared';
import { useMemo, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * How the family app addresses its reader (see docs/decisions/0005-family-app-languages.md):
 * children and young people informally (German "du"), parents, professionals and other adults
 * formally (German "Sie"). The texts pick the form through i18next's context: `key_formal` (and
 * `key_informal`, should a language need one) next to `key`; without a variant `key` is used.
 * Texts shown before anyone has said who is writing (start page, language choice, emergency
 * numbers, the intake's first question) are written for everyone and have no variants.
 */
export type AddressForm = 'informal' | 'formal';

/** The form for the writer role chosen in the first step of the intake assistant. */
export function addressFormFor(role: TWriterRole): AddressForm {
  return role === 'child' || role === 'young_person' ? 'informal' : 'formal';
}

const STORAGE_KEY = 'lotse.family.address';

function isAddressForm(value: unknown): value is AddressForm {
  return value === 'informal' || value === 'formal';
}

function readStored(): AddressForm | null {
  try {
    const value = localStorage.getItem(STORAGE_KEY);
    return isAddressForm(value) ? value : null;
  } catch {
    // Blocked storage (private mode, strict settings): the form holds for this visit only.
    return null;
  }
}

let current: AddressForm | null = null;
let loaded = false;
const listeners = new Set<() => void>();

function snapshot(): AddressForm | null {
  if (!loaded) {
    current = readStored();
    loaded = true;
  }
  return current;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  // Another tab of the app (say, the intake) may choose the form while this one is open.
  const onStorage = (event: StorageEvent) => {
    if (event.key !== STORAGE_KEY) return;
    current = isAddressForm(event.newValue) ? event.newValue : null;
    listener();
  };
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', onStorage);
  };
}

/**
 * Remembers the form on this device, next to the chosen language, so "Meine Anfrage" and the video
 * page address the family the same way when it comes back with code and PIN. Only the form is kept,
 * not the role.
 */
export function rememberAddressForm(form: AddressForm): void {
  current = form;
  loaded = true;
  try {
    localStorage.setItem(STORAGE_KEY, form);
  } catch {
    // Not stored: the form still holds for this visit.
  }
  for (const listener of listeners) listener();
}

/** The form chosen on this device, or null while nobody has said who is writing. */
export function useAddressForm(): AddressForm | null {
  return useSyncExternalStore(subscribe, snapshot, () => null);
}

/**
 * The i18next context for a reader. An unknown reader who already gets texts that address them
 * (say, "Meine Anfrage" on a new device) is addressed formally: an authority says "Sie" to someone it
 * does not know, and children take no offence at that, while many adults do at "du".
 */
export function addressContext(form: AddressForm | null): AddressForm {
  return form ?? 'formal';
}

/** A translate function bound to one form of address (keys and values as for i18next's `t`). */
export type FamilyT = (key: string, options?: Record<string, unknown>) => string;

type PlainT = (key: string, options?: Record<string, unknown>) => unknown;

/** Binds i18next's `t` to a form of address; options given at the call still win. */
export function withAddress(t: PlainT, form: AddressForm): FamilyT {
  return (key, options) => String(t(key, { context: form, ...options }));
}

/** `useTranslation()` for the family app: `t` addresses the reader in the form chosen on this device. */
export function useFamilyTranslation() {
  const { t, i18n } = useTranslation();
  const form = useAddressForm();
  const context = addressContext(form);
  const bound = useMemo(() => withAddress(t as PlainT, context), [t, context]);
  return { t: bound, i18n, form, context };
}
