import { caseStatuses, type TCaseStatus, type THelpType } from '@lotse/shared';
import type { DemoEntry } from './model.js';
import type { TeamKey } from './office.js';

// Generated case timelines: for each kind of help a typical course, cut off at the current status.

type Track =
  | 'ambulant'
  | 'counselling'
  | 'residential'
  | 'foster'
  | 'protection'
  | 'uma'
  | 'youngAdult'
  | 'benefits';

/** One step of a typical course; `stage` is the index of the status it belongs to. */
interface Step extends DemoEntry {
  stage: number;
}

export interface TimelineWords {
  child: string;
  age: number;
  /** "Frau Yılmaz", "Herr Nguyen" or a full name. */
  parent: string;
  area: string;
  team: string;
  reporter: string;
  concern: string;
  school: string;
  provider: string;
}

const step = (stage: number, kind: DemoEntry['kind'], title: string, body: string, author?: string): Step =>
  author === undefined ? { stage, kind, title, body } : { stage, kind, title, body, author };

const intakeNote = step(
  0,
  'note',
  'Zuständigkeit geprüft',
  'Wohnort im Sozialraum {area}; Zuständigkeit des Teams {team} bestätigt. Vorgang angelegt, Fachkraft benannt.',
);

const tracks: Record<Track, Step[]> = {
  ambulant: [
    step(
      0,
      'contact',
      'Anfrage eingegangen',
      '{parent} meldet sich telefonisch und bittet um Unterstützung: {child} ({age}) zeigt zu Hause und in der ' +
        'Schule zunehmend Schwierigkeiten. Termin für ein Erstgespräch vereinbart.',
    ),
    intakeNote,
    step(
      1,
      'contact',
      'Erstgespräch im Amt',
      'Gespräch mit {parent} und {child}. Belastungen: fehlende Tagesstruktur, Konflikte um Schule und Medien. ' +
        'Ressourcen: tragfähige Bindung, Unterstützung durch die Großeltern. Austausch mit {school} vereinbart; ' +
        'auf das Wunsch- und Wahlrecht (§ 5 SGB VIII) hingewiesen.',
    ),
    step(
      1,
      'note',
      'Hausbesuch',
      'Angekündigter Hausbesuch. Wohnung angemessen, eigenes Bett für jedes Kind. {child} zeigte das Zimmer ' +
        'und erzählte offen. Keine Hinweise auf eine Kindeswohlgefährdung.',
    ),
    step(
      2,
      'decision',
      'Kollegiale Fallberatung',
      'Fallberatung im Team: Hilfebedarf nach § 27 SGB VIII bestätigt. Empfehlung: {help}. ' +
        'Die Familie wünscht {provider}; Anfrage dort gestellt.',
      'lead',
    ),
    step(
      3,
      'decision',
      'Hilfeplan (§ 36) beschlossen',
      'Hilfeplangespräch mit {parent}, {child} und {provider}. Ziele: verlässliche Tagesstruktur, regelmäßiger ' +
        'Schulbesuch, Entlastung der Eltern. Bewilligung zunächst für sechs Monate.',
    ),
    step(
      3,
      'status_change',
      'Statuswechsel: Hilfeplanung → Hilfe läuft',
      'Leistungsbescheid versandt, Hilfe beginnt.',
    ),
    step(
      3,
      'contact',
      'Zwischenbericht des Trägers',
      '{provider} berichtet von verlässlich wahrgenommenen Terminen. Die Morgenroutine gelingt besser, ' +
        'Konflikte um Medienzeiten bestehen weiter.',
    ),
    step(
      4,
      'status_change',
      'Statuswechsel: Hilfe läuft → Überprüfung',
      'Fortschreibung des Hilfeplans steht an.',
    ),
    step(
      4,
      'note',
      'Fortschreibung vorbereitet',
      'Trägerbericht liegt vor. {child} möchte im Gespräch selbst zu Wort kommen; Termin am Nachmittag gelegt ' +
        '(Beteiligung nach § 8 SGB VIII).',
    ),
    step(
      5,
      'decision',
      'Hilfe beendet',
      'Ziele überwiegend erreicht, Hilfe einvernehmlich beendet. {parent} weiß, dass eine erneute Anfrage ' +
        'jederzeit möglich ist.',
    ),
  ],
  counselling: [
    step(
      0,
      'contact',
      'Anfrage eingegangen',
      'Anfrage von {reporter}: {child} ({age}) wirkt seit Wochen zurückgezogen und fehlt häufig in der Schule. ' +
        'Die Eltern sind informiert und mit der Kontaktaufnahme einverstanden.',
    ),
    intakeNote,
    step(
      1,
      'contact',
      'Beratungsgespräch',
      'Gespräch mit {parent} und {child}. Die Familie wünscht Beratung, keine Hilfe zur Erziehung. ' +
        'Vermittlung an {provider} besprochen.',
    ),
    step(
      3,
      'note',
      'Beratung läuft',
      '{provider} bestätigt regelmäßige Termine. {child} geht wieder gern in die Schule.',
    ),
    step(
      5,
      'decision',
      'Beratung abgeschlossen',
      'Anliegen geklärt, kein weiterer Hilfebedarf. Vorgang geschlossen.',
    ),
    step(
      5,
      'status_change',
      'Statuswechsel: Hilfe läuft → Abgeschlossen',
      'Abschluss mit der Familie besprochen.',
    ),
  ],
  residential: [
    step(
      0,
      'contact',
      'Anfrage nach Eskalation',
      'Nach wiederholten heftigen Konflikten melden sich {parent} und {child} ({age}). {child} möchte vorerst ' +
        'nicht mehr zu Hause wohnen; Krisengespräch geführt.',
    ),
    intakeNote,
    step(
      1,
      'contact',
      'Gespräch mit {child}',
      '{child} schildert die Situation zu Hause aus eigener Sicht und wünscht eine Wohngruppe in erreichbarer ' +
        'Nähe zur Schule. Wunsch- und Wahlrecht erläutert.',
    ),
    step(
      2,
      'decision',
      'Fallberatung: stationäre Hilfe',
      'Ambulante Hilfen reichen nach Einschätzung des Teams nicht aus. Empfehlung: {help}; Platzanfrage an ' +
        '{provider}.',
      'lead',
    ),
    step(
      3,
      'decision',
      'Hilfeplan (§ 36) beschlossen',
      'Aufnahme in {provider}. Ziele: Schulabschluss, Klärung der Rückkehroption, regelmäßige ' +
        'Besuchskontakte zu den Eltern.',
    ),
    step(
      3,
      'status_change',
      'Statuswechsel: Hilfeplanung → Hilfe läuft',
      'Einzug erfolgt, Leistungsbescheid versandt.',
    ),
    step(
      3,
      'contact',
      'Bericht der Wohngruppe',
      '{child} hat sich gut eingelebt, besucht die Schule regelmäßig. Wochenendbesuche zu Hause verlaufen ' +
        'überwiegend ruhig.',
    ),
    step(
      4,
      'status_change',
      'Statuswechsel: Hilfe läuft → Überprüfung',
      'Hilfeplanfortschreibung terminiert.',
    ),
    step(
      4,
      'note',
      'Vorbereitung Hilfeplangespräch',
      'Perspektive klären: Rückkehr in die Familie oder Verselbständigung. {child} wünscht sich mehr Zeit in ' +
        'der Wohngruppe.',
    ),
    step(
      5,
      'decision',
      'Hilfe beendet',
      'Rückkehr in den elterlichen Haushalt, begleitet durch Nachbetreuung.',
    ),
  ],
  foster: [
    step(
      0,
      'contact',
      'Hilfebedarf festgestellt',
      'Die Mutter kann die Versorgung von {child} ({age}) derzeit nicht sicherstellen und ist mit einer ' +
        'Unterbringung in einer Pflegefamilie einverstanden.',
    ),
    intakeNote,
    step(
      2,
      'decision',
      'Pflegefamilie ausgewählt',
      'Nach Anbahnungskontakten schlägt {provider} eine Pflegefamilie vor. Die Mutter stimmt zu; Umgangskontakte ' +
        'einmal im Monat.',
      'lead',
    ),
    step(
      3,
      'status_change',
      'Statuswechsel: Hilfeplanung → Hilfe läuft',
      'Vollzeitpflege nach § 33 SGB VIII bewilligt.',
    ),
    step(
      3,
      'contact',
      'Hilfeplangespräch in der Pflegefamilie',
      '{child} ist gut angekommen, besucht regelmäßig Schule bzw. Kita. Umgangskontakte finden statt, ' +
        'danach ist {child} oft unruhig – Begleitung durch {provider} vereinbart.',
    ),
    step(
      3,
      'note',
      'Kontakt mit der Mutter',
      'Die Mutter berichtet von Fortschritten in ihrer eigenen Stabilisierung; Perspektive bleibt offen und ' +
        'wird im nächsten Hilfeplangespräch besprochen.',
    ),
    step(
      5,
      'decision',
      'Pflegeverhältnis beendet',
      'Rückführung nach sorgfältiger Vorbereitung abgeschlossen.',
    ),
  ],
  protection: [
    step(
      0,
      'contact',
      'Meldung nach § 8a SGB VIII',
      'Mitteilung von {reporter}: {concern}. Dringlichkeit eingeschätzt, Erstkontakt binnen 24 Stunden festgelegt.',
    ),
    step(
      0,
      'note',
      'Kurzberatung Dringlichkeit',
      'Kurzberatung mit der Teamleitung: keine Gefahr im Verzug, Hausbesuch zu zweit am nächsten Werktag.',
    ),
    step(
      1,
      'contact',
      'Hausbesuch zu zweit',
      'Hausbesuch mit Kollegin. {parent} zeigt sich zunächst abwehrend, dann kooperativ. {child} wirkt ' +
        'altersgerecht versorgt; Gespräch mit {child} allein geführt.',
    ),
    step(
      1,
      'decision',
      'Gefährdungseinschätzung',
      'Einschätzung im Zusammenwirken mehrerer Fachkräfte (§ 8a Abs. 1 SGB VIII): latente Gefährdung. ' +
        'Schutzplan mit {parent} vereinbart, Kontrolltermin in zwei Wochen.',
      'lead',
    ),
    step(
      2,
      'decision',
      'Ergebnis: Hilfebedarf',
      'Keine akute Kindeswohlgefährdung, aber Hilfebedarf. Die Familie nimmt das Angebot von {provider} an.',
    ),
    step(3, 'contact', 'Kontrollbesuch', 'Vereinbarungen des Schutzplans werden eingehalten.'),
    step(
      5,
      'decision',
      'Verfahren abgeschlossen',
      '§ 8a-Verfahren abgeschlossen. Ergebnis für die KJH-Statistik: keine Kindeswohlgefährdung, aber ' +
        'Hilfebedarf. Weiterführende Unterstützung durch {provider}.',
    ),
  ],
  uma: [
    step(
      0,
      'contact',
      'Ankunft und vorläufige Inobhutnahme',
      'Übergabe durch {reporter}. {child} gibt an, {age} Jahre alt und allein eingereist zu sein. ' +
        'Vorläufige Inobhutnahme nach § 42a SGB VIII, Unterbringung im Clearinghaus.',
    ),
    step(
      0,
      'note',
      'Erstversorgung',
      'Dolmetscher organisiert, ärztliche Erstuntersuchung veranlasst, Kleidung und Hygieneartikel ausgegeben.',
    ),
    step(
      1,
      'contact',
      'Erstgespräch mit Dolmetschung',
      'Gespräch zur Fluchtgeschichte, Familie im Herkunftsland und Gesundheit. {child} wünscht ' +
        'Kontakt zu einem Onkel in Deutschland. Alterseinschätzung ohne Zweifel.',
    ),
    step(
      1,
      'decision',
      'Verteilungsentscheidung',
      'Kindeswohl steht einer Verteilung entgegen (Verwandter in der Region); Verbleib in Musterstadt, ' +
        'Meldung an das Landesjugendamt erfolgt.',
      'lead',
    ),
    step(
      2,
      'decision',
      'Anschlusshilfe geplant',
      'Vormundschaft beim Familiengericht angeregt. Empfehlung: {help}; Platzanfrage an {provider}.',
    ),
    step(
      3,
      'status_change',
      'Statuswechsel: Hilfeplanung → Hilfe läuft',
      'Aufnahme in die Jugendwohngruppe.',
    ),
    step(
      3,
      'contact',
      'Hilfeplangespräch mit Vormundin',
      '{child} besucht die Willkommensklasse, Deutschkenntnisse auf A2-Niveau. Ziel: Übergang in eine ' +
        'Regelklasse zum Halbjahr.',
    ),
    step(
      4,
      'note',
      'Perspektive Verselbständigung',
      '{child} wünscht eine eigene Wohnung nach dem 18. Geburtstag; Antrag auf Hilfe nach § 41 vorbereitet.',
    ),
  ],
  youngAdult: [
    step(
      0,
      'contact',
      'Antrag auf Hilfe für junge Volljährige',
      '{child} ({age}) beantragt persönlich Unterstützung bei der Verselbständigung: Wohnung, Ausbildung, ' +
        'Umgang mit Behörden.',
    ),
    intakeNote,
    step(
      2,
      'decision',
      'Fallberatung',
      'Bedarf nach § 41 SGB VIII bestätigt. Unterstützung durch {provider}, zunächst für zwölf Monate.',
      'lead',
    ),
    step(3, 'status_change', 'Statuswechsel: Hilfeplanung → Hilfe läuft', 'Bewilligung für zwölf Monate.'),
    step(
      3,
      'contact',
      'Hilfeplangespräch',
      '{child} hat einen Ausbildungsplatz gefunden und verwaltet das Budget inzwischen weitgehend selbst. ' +
        'Offene Themen: Schulden, Führerschein.',
    ),
    step(
      4,
      'status_change',
      'Statuswechsel: Hilfe läuft → Überprüfung',
      'Abschluss der Hilfe wird vorbereitet.',
    ),
    step(
      4,
      'note',
      'Nachbetreuung (§ 41a) besprochen',
      '{child} möchte nach Ende der Hilfe erreichbar bleiben; Nachbetreuung nach § 41a SGB VIII angeboten.',
    ),
  ],
  benefits: [
    step(
      0,
      'note',
      'Vorgang angelegt',
      'Übernahme des Vorgangs aus dem ASD zur Prüfung der Kostenfolgen für {child} ({age}).',
    ),
    step(
      2,
      'decision',
      'Prüfung der Zuständigkeit',
      'Örtliche Zuständigkeit nach §§ 86 ff. SGB VIII geprüft; Kostenerstattung bzw. Kostenbeitrag ' +
        'dem Grunde nach gegeben.',
    ),
    step(
      3,
      'contact',
      'Schreiben versandt',
      'Anhörung und Bescheid versandt; Einkommensnachweise angefordert.',
    ),
    step(3, 'note', 'Zahlungseingang', 'Erste Zahlung eingegangen, Ratenplan eingehalten.'),
    step(
      5,
      'decision',
      'Vorgang abgeschlossen',
      'Alle Forderungen beglichen; Akte zur Aufbewahrung abgelegt.',
    ),
  ],
};

function trackOf(team: TeamKey, helpType: THelpType): Track {
  if (team === 'wiju') return 'benefits';
  if (team === 'uma' && helpType !== 'p41_young_adults') return 'uma';
  switch (helpType) {
    case 'p8a_child_protection':
    case 'p42_emergency_custody':
      return 'protection';
    case 'p33_foster_care':
      return 'foster';
    case 'p34_residential_care':
    case 'p19_parent_child_home':
      return 'residential';
    case 'p41_young_adults':
      return 'youngAdult';
    case 'counselling':
    case 'p28_educational_counselling':
    case 'p16_family_education':
    case 'p17_separation_counselling':
    case 'p18_custody_counselling':
      return 'counselling';
    default:
      return 'ambulant';
  }
}

function fill(text: string, words: TimelineWords & { help: string }): string {
  return text
    .replace(/\{(\w+)\}/g, (whole, key: string) =>
      key in words ? String(words[key as keyof typeof words]) : whole,
    )
    .replaceAll('..', '.');
}

/** When the case was opened and last touched, in days before today. */
export interface TimelineSpan {
  openedDaysAgo: number;
  updatedDaysAgo: number;
}

/**
 * The typical course of this kind of help up to `status`: two to `max` entries (the beginning and
 * the latest steps), dated from opening to the last update; first steps follow within days.
 */
export function generateTimeline(
  team: TeamKey,
  helpType: THelpType,
  status: TCaseStatus,
  words: TimelineWords & { help: string },
  span: TimelineSpan,
  max = 6,
): DemoEntry[] {
  const stage = caseStatuses.indexOf(status);
  const steps = tracks[trackOf(team, helpType)].filter((s) => s.stage <= stage);
  const chosen = steps.length > max ? [...steps.slice(0, 2), ...steps.slice(2 - max)] : steps;
  const early = chosen.filter((s) => s.stage === 0).length;
  const firstLater = Math.max(span.updatedDaysAgo, span.openedDaysAgo - early * 2);
  const later = chosen.length - early;
  return chosen.map(({ stage: s, ...entry }, i) => {
    const daysAgo =
      s === 0
        ? Math.max(span.updatedDaysAgo, span.openedDaysAgo - i * 2)
        : Math.round(firstLater - ((firstLater - span.updatedDaysAgo) * (i - early + 1)) / later);
    return { ...entry, title: fill(entry.title, words), body: fill(entry.body, words), daysAgo };
  });
}
