import type { TFamilyLanguage } from '@lotse/shared';
import i18next, { type i18n } from 'i18next';
import ICU from 'i18next-icu';
import { initReactI18next } from 'react-i18next';
import { browserLanguage, defaultLanguage, isFamilyLanguage, languageInfo } from './languages.ts';

/** One chunk per language: a family downloads only the texts it reads. */
const loaders: Record<TFamilyLanguage, () => Promise<{ default: Record<string, unknown> }>> = {
  de: () => import('./de.json'),
  'de-simple': () => import('./de-simple.json'),
  en: () => import('./en.json'),
  ar: () => import('./ar.json'),
  tr: () => import('./tr.json'),
  uk: () => import('./uk.json'),
  ru: () => import('./ru.json'),
  fa: () => import('./fa.json'),
};

const STORAGE_KEY = 'lotse.family.language';

/** The language the person chose earlier (stored on this device), or null on a first visit. */
export function storedLanguage(): TFamilyLanguage | null {
  try {
    const value = localStorage.getItem(STORAGE_KEY);
    return isFamilyLanguage(value) ? value : null;
  } catch {
    // Storage can be blocked (private mode, strict settings): then every visit counts as the first.
    return null;
  }
}

function storeLanguage(lang: TFamilyLanguage): void {
  try {
    localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    // Not stored: the choice still holds for this visit.
  }
}

/** Sets `<html lang dir>`, so screen readers pick the right voice and RTL languages mirror the page. */
export function applyToDocument(lang: TFamilyLanguage): void {
  const info = languageInfo(lang);
  document.documentElement.lang = info.htmlLang;
  document.documentElement.dir = info.dir;
}

async function ensureLoaded(instance: i18n, lang: TFamilyLanguage): Promise<void> {
  if (instance.hasResourceBundle(lang, 'translation')) return;
  const texts = await loaders[lang]();
  instance.addResourceBundle(lang, 'translation', texts.default, true, true);
}

/** The parts of i18next-icu's format module that i18next calls for a lookup. */
interface IcuLookup {
  addLookupKeys(
    finalKeys: string[],
    key: string,
    code: string,
    ns: string,
    options: { context?: unknown },
  ): string[];
  parse(
    res: string,
    options: object,
    lng: string,
    ns: string,
    key: string,
    info?: { resolved?: { exactUsedKey?: string } },
  ): unknown;
}

/**
 * ICU messages plus i18next's context (`key_formal` next to `key`, see address.ts). i18next-icu
 * takes over the lookup keys and adds none, so i18next's own `key_<context>` lookup is added back
 * (last in the list: tried first); plurals and selects stay ICU's. Parsed messages are cached by
 * the key actually found, so a variant never gets its base text's cached message.
 */
function icuWithContext(): InstanceType<typeof ICU> {
  const icu = new ICU({ parseLngForICU: (lng: string) => (lng === 'de-simple' ? 'de' : lng) });
  const lookup = icu as unknown as IcuLookup;
  const parse = lookup.parse.bind(icu);
  lookup.addLookupKeys = (finalKeys, key, _code, _ns, options) => {
    const context = options.context;
    if ((typeof context === 'string' && context !== '') || typeof context === 'number') {
      finalKeys.push(`${key}_${context}`);
    }
    return finalKeys;
  };
  lookup.parse = (res, options, lng, ns, key, info) =>
    parse(res, options, lng, ns, info?.resolved?.exactUsedKey ?? key, info);
  return icu;
}

let ready: Promise<i18n> | null = null;

/** Starts i18next once with the stored or the browser's language; later calls get the same promise. */
export function initFamilyI18n(): Promise<i18n> {
  ready ??= (async () => {
    const lang = storedLanguage() ?? browserLanguage(navigator.languages ?? [navigator.language]);
    const instance = i18next.createInstance();
    await instance
      .use(icuWithContext())
      .use(initReactI18next)
      .init({
        lng: lang,
        fallbackLng: defaultLanguage,
        load: 'currentOnly',
        resources: {},
        partialBundledLanguages: true,
        interpolation: { escapeValue: false },
        returnNull: false,
        react: { useSuspense: false },
      });
    await Promise.all([ensureLoaded(instance, lang), ensureLoaded(instance, defaultLanguage)]);
    await instance.changeLanguage(lang);
    applyToDocument(lang);
    return instance;
  })();
  return ready;
}

/** Switches the language, remembers the choice on this device and mirrors the page for RTL. */
export async function switchLanguage(instance: i18n, lang: TFamilyLanguage): Promise<void> {
  await ensureLoaded(instance, lang);
  await instance.changeLanguage(lang);
  storeLanguage(lang);
  applyToDocument(lang);
}

/** Current language of an instance as a family language. */
export function currentLanguage(instance: i18n): TFamilyLanguage {
  return isFamilyLanguage(instance.language) ? instance.language : defaultLanguage;
}
