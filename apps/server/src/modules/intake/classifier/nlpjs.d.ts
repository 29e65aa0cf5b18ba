// NLP.js 4 ships no type declarations; these cover only the calls this module makes.

declare module '@nlpjs/core' {
  export interface NlpIntentScore {
    intent: string;
    score: number;
  }

  export interface NlpProcessResult {
    locale: string;
    intent: string;
    score: number;
    classifications?: NlpIntentScore[];
  }

  export interface NlpEngine {
    settings: Record<string, unknown>;
    addLanguage(locales: string | string[]): void;
    addDocument(locale: string, utterance: string, intent: string): void;
    train(): Promise<unknown>;
    process(locale: string, utterance: string): Promise<NlpProcessResult>;
  }

  export interface NlpContainer {
    use(plugin: unknown): void;
    get(name: 'nlp'): NlpEngine;
    registerConfiguration(tag: string, settings: Record<string, unknown>, overwrite?: boolean): void;
  }

  export function containerBootstrap(): Promise<NlpContainer>;
}

declare module '@nlpjs/nlp' {
  export const Nlp: unknown;
}
declare module '@nlpjs/lang-de' {
  export const LangDe: unknown;
}
declare module '@nlpjs/lang-en' {
  export const LangEn: unknown;
}
declare module '@nlpjs/lang-tr' {
  export const LangTr: unknown;
}
declare module '@nlpjs/lang-ar' {
  export const LangAr: unknown;
}
declare module '@nlpjs/lang-uk' {
  export const LangUk: unknown;
}
declare module '@nlpjs/lang-ru' {
  export const LangRu: unknown;
}
declare module '@nlpjs/lang-fa' {
  export const LangFa: unknown;
}
