import type { TOnboardingAssignment } from '@lotse/shared';
import { Link } from 'react-router';
import { Badge, Card, Table } from '../../ui/index.ts';
import { ProgressBar } from './ProgressBar.tsx';
import { assignmentPath } from './paths.ts';

/** "Einarbeitung im Team": each person a lead leads or a mentor accompanies, with progress and delay. */
export function TeamOnboarding(props: { assignments: TOnboardingAssignment[] }) {
  const rows = [...props.assignments].sort((a, b) =>
    a.person.displayName.localeCompare(b.person.displayName, 'de'),
  );
  return (
    <Card title="Einarbeitung im Team" aria-label="Einarbeitung im Team" className="onboarding-team">
      <Table caption={`Neue Kolleginnen und Kollegen (${rows.length})`} captionHidden stacked>
        <thead>
          <tr>
            <th scope="col">Person</th>
            <th scope="col">Einarbeitung</th>
            <th scope="col">Mentor*in</th>
            <th scope="col">Fortschritt</th>
            <th scope="col">Woche</th>
            <th scope="col">Rückstand</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((a) => (
            <tr key={a.id}>
              <td data-label="Person">
                <Link to={assignmentPath(a.id)}>
                  {a.person.displayName}
                  <span className="visually-hidden"> – Einarbeitung ansehen</span>
                </Link>
              </td>
              <td data-label="Einarbeitung">{a.path.title}</td>
              <td data-label="Mentor*in">{a.mentor?.displayName ?? '–'}</td>
              <td data-label="Fortschritt">
                <ProgressBar percent={a.percent} label={`Fortschritt von ${a.person.displayName}`} compact />
              </td>
              <td data-label="Woche">
                {a.currentWeek} von {a.path.weeks}
              </td>
              <td data-label="Rückstand">
                {a.behind > 0 ? (
                  <Badge tone="warning">{a.behind === 1 ? '1 Schritt' : `${a.behind} Schritte`}</Badge>
                ) : (
                  'Im Plan'
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </Table>
    </Card>
  );
}
