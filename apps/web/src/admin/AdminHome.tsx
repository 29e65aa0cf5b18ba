import { Link } from 'react-router';
import { Card, PageHeader } from '../ui/index.ts';

const areas = [
  {
    to: '/admin/eingangsassistent',
    title: 'Eingangsassistent',
    text: 'Die Fragen und Antwortmöglichkeiten, mit denen Familien ihr Anliegen schildern – in allen Sprachen der Familien-App. Jede Änderung wird als neue Version veröffentlicht.',
  },
  {
    to: '/admin/zustaendigkeiten',
    title: 'Zuständigkeiten',
    text: 'Welches Team eine Anfrage bekommt, je nach Thema und Sozialraum. Mit Testfeld: Thema und Postleitzahl eingeben, zuständiges Team sehen.',
  },
  {
    to: '/admin/texte',
    title: 'Texte',
    text: 'Die Informationsseiten der Familien-App (z. B. „Ihre Rechte“, „Kontakt“) je Sprache, in Markdown mit Vorschau.',
  },
  {
    to: '/admin/teams',
    title: 'Teams & Sprechzeiten',
    text: 'Telefon, E-Mail, Adresse und Sprechzeiten der Teams. Familien sehen daran, wann sie mit einer Antwort rechnen können.',
  },
  {
    to: '/admin/notrufnummern',
    title: 'Notrufnummern',
    text: 'Notruf-, Krisen- und Beratungsnummern der Familien-App, z. B. Telefonseelsorge und Hilfetelefon Sexueller Missbrauch: Nummer ändern oder ausblenden.',
  },
  {
    to: '/admin/ombudsstelle',
    title: 'Ombudsstelle',
    text: 'Name und Kontakt der unabhängigen Ombudsstelle der Region (§ 9a SGB VIII). Familien sehen sie in der Familien-App neben ihrer Beschwerde.',
  },
  {
    to: '/admin/hilfeplanung',
    title: 'Hilfeplanung',
    text: 'Nach wie vielen Monaten ein Hilfeplan überprüft wird und wie viele Tage vorher die Fachkraft erinnert wird.',
  },
] as const;

/** Start page of the administration: what can be set up where. */
export function AdminHome() {
  return (
    <>
      <title>Verwaltung – Lotse</title>
      <PageHeader
        title="Verwaltung"
        lead="Hier stellen Sie ein, was Familien in Lotse sehen und wohin ihre Anfragen gehen."
      />
      <ul className="plain-list admin-areas">
        {areas.map((area) => (
          <li key={area.to}>
            <Card as="article" title={<Link to={area.to}>{area.title}</Link>}>
              <p>{area.text}</p>
            </Card>
          </li>
        ))}
      </ul>
    </>
  );
}
