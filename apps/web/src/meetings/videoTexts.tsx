import type { TFamilyLanguage, TParticipantRole } from '@lotse/shared';
import type { i18n } from 'i18next';
import { createContext, type ReactNode, useContext, useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { type AddressForm, addressContext, useAddressForm } from '../i18n/address.ts';
import type germanTexts from '../i18n/de.json';
import { applyToDocument, currentLanguage } from '../i18n/i18n.ts';

type Leaves<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${K}` : Leaves<T[K], `${Prefix}${K}.`>;
}[keyof T & string];

/** A text of the video page: a key under `video` in the family app's language files. */
export type VideoTextKey = Exclude<Leaves<(typeof germanTexts)['video']>, `${string}_formal`>;

export interface VideoTexts {
  /** The language the page is shown in (staff: always German). */
  lang: TFamilyLanguage;
  t: (key: VideoTextKey, values?: Record<string, string>) => string;
}

const VideoTextsContext = createContext<VideoTexts | null>(null);

/**
 * Staff read the video page in German; families and guests in the language they chose in the family
 * app. Staff and guests (interpreters, other professionals) are addressed formally (the `_formal`
 * variants: German Sie); families as the family app addresses them on this device.
 */
function videoTexts(instance: i18n, lang: TFamilyLanguage, form: AddressForm): VideoTexts {
  const t = instance.getFixedT(lang);
  return {
    lang,
    t: (key, values) => t(`video.${key}`, { ...values, context: form }),
  };
}

/** Provides the video page's texts for `reader`; re-renders when a guest or family switches language. */
export function VideoTextsProvider(props: { reader: TParticipantRole; children: ReactNode }) {
  const { i18n } = useTranslation();
  const staff = props.reader === 'staff';
  const lang = staff ? 'de' : currentLanguage(i18n);
  const familyForm = addressContext(useAddressForm());
  const form = props.reader === 'family' ? familyForm : 'formal';
  const value = useMemo(() => videoTexts(i18n, lang, form), [i18n, lang, form]);
  useEffect(() => {
    // Staff keep German (and left-to-right) even on a device where a family chose Arabic.
    if (staff) applyToDocument('de');
  }, [staff]);
  return <VideoTextsContext value={value}>{props.children}</VideoTextsContext>;
}

export function useVideoTexts(): VideoTexts {
  const texts = useContext(VideoTextsContext);
  if (!texts) throw new Error('useVideoTexts braucht einen VideoTextsProvider');
  return texts;
}
