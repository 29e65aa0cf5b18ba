/// <reference path="./nlpjs.d.ts" />
import { containerBootstrap, type NlpEngine } from '@nlpjs/core';
import { LangAr } from '@nlpjs/lang-ar';
import { LangDe } from '@nlpjs/lang-de';
import { LangEn } from '@nlpjs/lang-en';
import { LangFa } from '@nlpjs/lang-fa';
import { LangRu } from '@nlpjs/lang-ru';
import { LangTr } from '@nlpjs/lang-tr';
import { LangUk } from '@nlpjs/lang-uk';
import { Nlp } from '@nlpjs/nlp';

/** NLP.js language packages we ship (tokeniser, stemmer, stop words); checked to train and classify. */
const LANGUAGE_PLUGINS: Record<string, unknown> = {
  de: LangDe,
  en: LangEn,
  tr: LangTr,
  ar: LangAr,
  uk: LangUk,
  ru: LangRu,
  fa: LangFa,
};

const NLU_SETTINGS = {
  keepStopwords: true,
  nonefeatureValue: 1,
  nonedeltaMultiplier: 1.2,
  spellCheck: false,
  spellCheckDistance: 1,
  filterZeros: true,
  log: false,
};

export const NLP_LANGUAGES: ReadonlySet<string> = new Set(Object.keys(LANGUAGE_PLUGINS));

export type TrainingDocuments = ReadonlyMap<string, ReadonlyArray<{ utterance: string; intent: string }>>;

/** Trains a fresh NLP.js engine, silent, in memory only, on the given documents per language. */
export async function trainNlpEngine(documentsByLanguage: TrainingDocuments): Promise<NlpEngine> {
  // A fresh container per engine: NLP.js keeps models in the container, and the topic and the
  // danger model must not share one.
  const container = await containerBootstrap();
  container.use(Nlp);
  const languages = [...documentsByLanguage.keys()].filter((language) => NLP_LANGUAGES.has(language));
  for (const language of languages) container.use(LANGUAGE_PLUGINS[language]);
  // Our values replace NLP.js's defaults for all languages ('nlu-??'), so the defaults we keep
  // are repeated here; the change: no console log of every training epoch.
  container.registerConfiguration('nlu-??', NLU_SETTINGS, true);

  const engine = container.get('nlp');
  // No model.nlp file on disk (autoSave), no sentiment analysis we would not use.
  engine.settings.autoSave = false;
  engine.settings.calculateSentiment = false;
  // NLP.js turns every answer below its threshold (0.5) into "None"; the callers apply their own.
  engine.settings.threshold = 0;
  engine.addLanguage(languages);
  for (const language of languages) {
    for (const { utterance, intent } of documentsByLanguage.get(language) ?? []) {
      engine.addDocument(language, utterance, intent);
    }
  }
  await engine.train();
  return engine;
}
