import type { TOfficeAction } from '@lotse/shared';
import { Link, Outlet } from 'react-router';
import { Alert } from '../ui/index.ts';
import { areasOf, homeOf } from './areas.ts';
import { mayInOffice, useCurrentUser } from './session.tsx';

type GuardedAction = Exclude<TOfficeAction, 'administer'>;

/** Why a page is closed, in words a person can act on. */
const reasons: Record<GuardedAction, { title: string; text: string }> = {
  work_on_cases: {
    title: 'Fallakten sehen nur die Fachkräfte und Teamleitungen, die an den Fällen arbeiten.',
    text: 'Ihr Konto hat keinen Zugriff auf Fallakten. Einen Fall sehen nur die zuständige Fachkraft, ihre Vertretungen, die Fachkräfte des Teams und die Teamleitung.',
  },
  create_cases: {
    title: 'Neue Fälle legen Fachkräfte und Teamleitungen in ihrem Team an.',
    text: 'Ihr Konto gehört zu keinem Team, in dem Sie Fälle anlegen können. Wenn das nicht stimmt, wenden Sie sich bitte an die Administration Ihres Jugendamts.',
  },
  work_on_requests: {
    title: 'Der Posteingang gehört den Teams.',
    text: 'Anfragen aus der Familien-App gehen an die Fachkräfte und Teamleitungen der zuständigen Teams. Ihr Konto gehört zu keinem Team und sieht deshalb keine Anfragen.',
  },
  lead_team: {
    title: 'Die Teamübersicht sehen nur Teamleitungen.',
    text: 'Die Übersicht zeigt Fristen und offene Arbeit eines ganzen Teams. Ihre eigenen Fälle und Aufgaben finden Sie unter „Mein Tag“.',
  },
  handle_complaints: {
    title: 'Beschwerden bearbeitet nur die Beschwerdestelle.',
    text: 'Beschwerden nach § 9a SGB VIII bearbeitet eine Stelle, die nicht an den Fällen arbeitet. Wenn eine Beschwerde Ihren Fall betrifft, kann die Beschwerdestelle sie mit Ihnen teilen; sie steht dann auf der Seite des Falls.',
  },
  search_placements: {
    title: 'Plätze suchen Fachkräfte und Teamleitungen.',
    text: 'Die Platzsuche gehört zur Fallarbeit. Ihr Konto hat keine Rolle als Fachkraft oder Teamleitung.',
  },
  work_as_provider: {
    title: 'Das Trägerportal nutzen Mitarbeitende freier Träger.',
    text: 'Im Trägerportal pflegen freie Träger ihre Angebote und freien Plätze. Ihr Konto gehört zum Jugendamt, nicht zu einem Träger.',
  },
  plan: {
    title: 'Die Planung sehen nur die Jugendhilfeplanung und die Amtsleitung.',
    text: 'Die Kennzahlen und die amtliche Statistik fassen die Fälle des ganzen Jugendamts zusammen. Wenn Sie sie für Ihre Arbeit brauchen, wenden Sie sich bitte an die Administration Ihres Jugendamts.',
  },
  use_knowledge: {
    title: 'Die Wissensdatenbank nutzen die Mitarbeitenden des Jugendamts.',
    text: 'Artikel, Fragen aus dem Amt und die Einarbeitung gehören dem Amt. Die Gesetze finden Sie trotzdem unter „Gesetze“.',
  },
  manage_onboarding: {
    title: 'Einarbeitungspläne schreiben und zuweisen können Teamleitungen und die Administration.',
    text: 'Wenn eine neue Kollegin oder ein neuer Kollege einen Einarbeitungsweg braucht, wenden Sie sich bitte an die Teamleitung.',
  },
  publish_cooperation: {
    title: 'Für andere Ämter veröffentlichen Teamleitungen und die Administration.',
    text: 'Veröffentlichungen und signierte Vorlagenpakete sprechen für das ganze Amt. Vorlagen anderer Ämter übernehmen und das Verzeichnis der Fachstellen nutzen können Sie trotzdem.',
  },
  handle_data_subject_rights: {
    title: 'Auskünfte nach der DSGVO erstellen nur Datenschutzbeauftragte.',
    text: 'Wenn eine Person wissen möchte, was über sie gespeichert ist, oder Berichtigung oder Löschung verlangt, leiten Sie die Anfrage bitte an die Datenschutzbeauftragte oder den Datenschutzbeauftragten Ihres Jugendamts weiter.',
  },
  read_audit: {
    title: 'Das Zugriffsprotokoll sehen nur Datenschutzbeauftragte.',
    text: 'Das Protokoll dient der Datenschutzkontrolle. Wenn Sie wissen möchten, wer auf bestimmte Daten zugegriffen hat, wenden Sie sich bitte an die Datenschutzbeauftragte oder den Datenschutzbeauftragten Ihres Jugendamts.',
  },
};

/** Shown instead of a page the signed-in user may not use: why, and what they can use instead. */
export function NoPermission(props: { action: GuardedAction }) {
  const me = useCurrentUser();
  const reason = reasons[props.action];
  const usable = areasOf(me).flatMap((a) => (a.to ? [{ key: a.key, title: a.title, to: a.to }] : []));
  const home = homeOf(me);
  if (!usable.some((a) => a.to === home.to)) usable.unshift({ key: 'home', title: home.label, to: home.to });
  return (
    <div className="stack page-narrow">
      <title>Keine Berechtigung – Lotse</title>
      <h1>Keine Berechtigung</h1>
      <Alert tone="warning" title={reason.title}>
        <p>{reason.text}</p>
      </Alert>
      <section className="stack-sm" aria-labelledby="no-permission-usable">
        <h2 id="no-permission-usable">Das können Sie nutzen</h2>
        <ul className="no-permission-links">
          {usable.map((area) => (
            <li key={area.key}>
              <Link to={area.to}>{area.title}</Link>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}

/** Route guard: the child routes only for users the server allows `action`, otherwise an explanation. */
export function RequireOffice(props: { action: GuardedAction }) {
  const me = useCurrentUser();
  return mayInOffice(me, props.action) ? <Outlet /> : <NoPermission action={props.action} />;
}
