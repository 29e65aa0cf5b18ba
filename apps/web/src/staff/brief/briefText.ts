import { germanLongDate, type TCaseBrief } from '@lotse/shared';
import { officeDateIso } from '../../time.ts';

/** "3. März 2026": the office's calendar day of an instant. */
export const briefDay = (instant: string): string => germanLongDate(officeDateIso(new Date(instant)));

/** The title a note made from the brief gets: "Kurzbericht (Übergabe) vom 3. März 2026". */
export const noteTitleOf = (brief: TCaseBrief): string =>
  `Kurzbericht (${brief.title}) vom ${briefDay(brief.generatedAt)}`;

/** The brief as plain text for a note: sections, sentences with their sources, the notes at the end. */
export function briefAsText(brief: TCaseBrief): string {
  const lines = [`${brief.title} – Aktenzeichen ${brief.reference}`, `Stand: ${briefDay(brief.generatedAt)}`];
  for (const section of brief.sections) {
    lines.push('', section.title);
    for (const s of section.sentences) {
      const mark = s.machineWritten ? ' [maschinell formuliert]' : '';
      lines.push(`- ${s.text}${mark} (Quelle: ${s.source.label})`);
    }
  }
  lines.push('', ...brief.notes);
  return lines.join('\n');
}
