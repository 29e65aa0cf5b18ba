import { francAll } from 'franc-min';

/**
 * Language detection for short, messy messages. franc alone is unreliable below ~30 letters
 * (it calls "Oğlum artık okula gitmiyor" English), so script and letter evidence and a vote on
 * function words come first; franc decides only what those leave open.
 */

// The languages we expect in German youth welfare offices, restricted so franc cannot wander off
// to Zulu or Kazakh on a short text. ISO 639-3 (franc) → ISO 639-1 (our contract).
const LATIN_CANDIDATES: Record<string, string> = {
  deu: 'de',
  eng: 'en',
  tur: 'tr',
  pol: 'pl',
  ron: 'ro',
  ita: 'it',
  fra: 'fr',
  spa: 'es',
  por: 'pt',
  nld: 'nl',
  hrv: 'hr',
  bos: 'bs',
  hun: 'hu',
  ces: 'cs',
  som: 'so',
};
// Bulgarian and Serbian are left out: franc gave them more than a quarter of short Russian messages,
// and the office has no team or texts for them.
const CYRILLIC_CANDIDATES: Record<string, string> = { rus: 'ru', ukr: 'uk' };
// Frequent words that differ between Russian and Ukrainian (both lack their telltale letters often).
const CYRILLIC_FUNCTION_WORDS: Record<string, ReadonlySet<string>> = {
  ru: new Set(
    'что это меня мне мой как когда очень он она они вы мы его ее её нет да где почему хочу сейчас'.split(
      ' ',
    ),
  ),
  uk: new Set(
    'що це мене мені мій як коли дуже він вона вони ви ми його її ні так де чому хочу зараз та'.split(' '),
  ),
};
const ARABIC_SCRIPT_CANDIDATES: Record<string, string> = { arb: 'ar', pes: 'fa', ckb: 'ku', pbu: 'ps' };

// Frequent short words that tell the three most common Latin-script languages apart.
const FUNCTION_WORDS: Record<string, ReadonlySet<string>> = {
  de: new Set(
    'ich du er sie wir ihr mein meine mich mir nicht und ist bin hat habe hab der die das ein eine mit von zu auf kann will was wie wo weil aber schon noch auch nur sehr kein keine'.split(
      ' ',
    ),
  ),
  en: new Set(
    'i you he she we they my me not and is am are has have the a an with of to on can want what how where because but already still also only very no do does my his her'.split(
      ' ',
    ),
  ),
  tr: new Set(
    'ben sen o biz siz benim bana beni ve bir bu cok çok yok var mi mı ne nasıl neden ama ile icin için de da ki oğlum kızım annem babam'.split(
      ' ',
    ),
  ),
};

const ARABIC_SCRIPT = /[\u0600-\u06FF]/u;
const PERSIAN_ONLY_LETTERS = /[پچژگکی]/u;
const CYRILLIC = /[\u0400-\u04FF]/u;
const UKRAINIAN_ONLY_LETTERS = /[іїєґ]/iu;
const RUSSIAN_ONLY_LETTERS = /[ыэъё]/iu;
const TURKISH_ONLY_LETTERS = /[ğışİ]/u;
const GERMAN_ONLY_LETTERS = /[äß]/iu;
const MIN_LETTERS_FOR_FRANC = 15;

/** Returns the ISO 639-1 code of the text's language, or the fallback when the text says too little. */
export function detectLanguage(text: string, fallback: string): string {
  const letters = text.replace(/[^\p{L}]/gu, '');
  if (letters.length === 0) return fallback;

  if (ARABIC_SCRIPT.test(text)) {
    if (PERSIAN_ONLY_LETTERS.test(text)) return 'fa';
    return francBest(text, ARABIC_SCRIPT_CANDIDATES, 'ar', 0);
  }
  if (CYRILLIC.test(text)) {
    if (UKRAINIAN_ONLY_LETTERS.test(text)) return 'uk';
    if (RUSSIAN_ONLY_LETTERS.test(text)) return 'ru';
    const byWords = voteByFunctionWords(text, true, CYRILLIC_FUNCTION_WORDS);
    if (byWords) return byWords;
    return francBest(text, CYRILLIC_CANDIDATES, fallback === 'uk' ? 'uk' : 'ru', 0);
  }
  if (TURKISH_ONLY_LETTERS.test(text)) return 'tr';

  const byFunctionWords = voteByFunctionWords(text, letters.length < MIN_LETTERS_FOR_FRANC);
  if (byFunctionWords) return byFunctionWords;
  if (GERMAN_ONLY_LETTERS.test(text)) return 'de';
  return francBest(text, LATIN_CANDIDATES, fallback, MIN_LETTERS_FOR_FRANC);
}

function voteByFunctionWords(
  text: string,
  isShort: boolean,
  vocabularies: Record<string, ReadonlySet<string>> = FUNCTION_WORDS,
): string | undefined {
  const words = text.toLowerCase().split(/[^\p{L}]+/u);
  const hits = Object.entries(vocabularies)
    .map(([language, vocabulary]) => ({
      language,
      count: words.filter((word) => vocabulary.has(word)).length,
    }))
    .sort((a, b) => b.count - a.count);
  const [best, second] = hits;
  if (!best || best.count === 0) return undefined;
  // In a longer text one stray "die" or "a" proves nothing (franc does better there); in a short
  // one it is the only evidence there is.
  const lead = best.count - (second?.count ?? 0);
  return lead >= 2 || (lead >= 1 && isShort) ? best.language : undefined;
}

function francBest(
  text: string,
  candidates: Record<string, string>,
  fallback: string,
  minLetters: number,
): string {
  const [best] = francAll(text, { only: Object.keys(candidates), minLength: minLetters });
  if (!best || best[0] === 'und') return fallback;
  return candidates[best[0]] ?? fallback;
}
