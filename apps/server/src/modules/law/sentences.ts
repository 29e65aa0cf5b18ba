/** Abbreviations in German statutes after which a full stop does not end the sentence. */
const ABBREVIATIONS = new Set([
  'abs',
  'nr',
  's',
  'satz',
  'art',
  'bzw',
  'vgl',
  'z',
  'b',
  'd',
  'h',
  'i',
  'v',
  'm',
  'u',
  'a',
  'ff',
  'f',
  'buchst',
  'bgbl',
  'usw',
  'ggf',
  'sog',
  'evtl',
  'einschl',
  'gem',
  'lfd',
  'v.h',
  'st',
  'str',
  'dr',
  'geb',
  'zb',
  'inkl',
  'abschn',
  'kap',
  'anh',
  'anl',
  'ziff',
]);

/** Words an ordinal number stands before: "am 1. Januar", "des 18. Lebensjahres", "im 2. Kapitel". */
const AFTER_ORDINAL =
  /^(Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember|Lebensjahr|Buch|Kapitel|Abschnitt|Unterabschnitt|Titel|Teil|Monat|Tag|Woche)/;

/**
 * Splits a run of statute text into sentences. A sentence ends at ".", "!" or "?" followed by a
 * space and a capital letter, unless the word before is an abbreviation ("Abs.", "Nr.", "z. B.")
 * or an ordinal number ("am 1. Januar", "des 18. Lebensjahres"). Statutes need no more: they have no quotes across sentence ends.
 */
export function splitSentences(text: string): string[] {
  const sentences: string[] = [];
  let start = 0;
  const end = /[.!?]\s+(?=[A-ZÄÖÜ„"(§])/g;
  for (const m of text.matchAll(end)) {
    const at = m.index ?? 0;
    const before = text.slice(start, at + 1);
    const word = /([\p{L}\d.]+)\.$/u.exec(before)?.[1] ?? '';
    const lastWord = word.split('.').pop() ?? word;
    if (ABBREVIATIONS.has(lastWord.toLowerCase())) continue;
    if (/^\d+$/.test(lastWord) && AFTER_ORDINAL.test(text.slice(at + m[0].length))) continue;
    sentences.push(text.slice(start, at + 1).trim());
    start = at + m[0].length;
  }
  const rest = text.slice(start).trim();
  if (rest) sentences.push(rest);
  return sentences;
}
