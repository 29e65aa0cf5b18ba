import { errorMessage } from '../../api/client.ts';
import { useSocialAreas, useTeams } from '../../staff/api.ts';
import { Alert, Card, PageHeader, Spinner } from '../../ui/index.ts';
import { useRoutingRules } from '../api.ts';
import { RoutingEditor } from './RoutingEditor.tsx';

/** "Zuständigkeiten": which team gets a family's request, by topic and social area. */
export function RoutingPage() {
  const rules = useRoutingRules();
  const areas = useSocialAreas();
  const teams = useTeams();
  const failed = [rules, areas, teams].find((q) => q.isError);

  return (
    <>
      <title>Zuständigkeiten – Verwaltung – Lotse</title>
      <PageHeader
        title="Zuständigkeiten"
        lead="Welches Team eine Anfrage aus der Familien-App bekommt – je nach Thema und Sozialraum (aus der Postleitzahl)."
      />
      <div className="stack">
        <Card title="So entscheidet Lotse" headingLevel={2} className="admin-explain">
          <p>Für jede Anfrage gilt die genaueste passende Regel:</p>
          <ol>
            <li>Thema und Sozialraum passen,</li>
            <li>nur der Sozialraum passt („alle Themen“),</li>
            <li>nur das Thema passt („alle Sozialräume“),</li>
            <li>
              sonst die Regel für alle übrigen Anfragen („alle Themen“, „alle Sozialräume“) – sie ist Pflicht.
            </li>
          </ol>
        </Card>
        {rules.isPending || areas.isPending || teams.isPending ? <Spinner /> : null}
        {failed ? (
          <Alert tone="danger" title="Die Regeln konnten nicht geladen werden">
            <p>{errorMessage(failed.error)}</p>
          </Alert>
        ) : null}
        {rules.data && areas.data && teams.data ? (
          <RoutingEditor rules={rules.data} areas={areas.data} teams={teams.data} />
        ) : null}
      </div>
    </>
  );
}
