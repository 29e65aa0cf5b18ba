import { Link } from 'react-router';
import { Alert, Badge, Card, PageHeader } from '../ui/index.ts';
import { areasOf } from './areas.ts';
import { greeting } from './MyDayPage.tsx';
import { useCurrentUser } from './session.tsx';

/**
 * Start page for staff who do not work on cases (data protection officer, administration,
 * planning, provider staff): what they can use in Lotse, from the office-wide actions the server sent.
 */
export function OverviewPage() {
  const me = useCurrentUser();
  const areas = areasOf(me);
  const workAreas = areas.filter((a) => a.key !== 'account');

  return (
    <>
      <title>Übersicht – Lotse</title>
      <PageHeader title="Übersicht" lead={`${greeting()}, ${me.displayName}. Das können Sie in Lotse tun:`} />
      <div className="stack">
        {workAreas.length === 0 ? (
          <Alert tone="info" title="Für Ihr Konto ist noch kein Arbeitsbereich freigeschaltet.">
            <p>
              Fallakten, Posteingang und Protokoll sind nur für die Personen geöffnet, die sie für ihre Arbeit
              brauchen. Wenn Sie Zugang brauchen, wenden Sie sich bitte an die Administration Ihres
              Jugendamts.
            </p>
          </Alert>
        ) : null}
        <ul className="plain-list start-areas">
          {areas.map((area) => (
            <li key={area.key}>
              <Card
                as="article"
                title={area.to ? <Link to={area.to}>{area.title}</Link> : area.title}
                actions={area.to ? undefined : <Badge tone="neutral">noch nicht verfügbar</Badge>}
              >
                <p>{area.text}</p>
              </Card>
            </li>
          ))}
        </ul>
      </div>
    </>
  );
}
