import type { TOnboardingAssignment } from '@lotse/shared';
import { Badge, DefinitionList } from '../../ui/index.ts';
import { formatDate } from '../format.ts';
import { ProgressBar } from './ProgressBar.tsx';

export function behindText(behind: number): string {
  return behind === 1 ? '1 Schritt im Rückstand' : `${behind} Schritte im Rückstand`;
}

/** Progress, mentor, start and week of one onboarding, above its steps. */
export function AssignmentSummary(props: { assignment: TOnboardingAssignment; progressLabel: string }) {
  const a = props.assignment;
  const total = a.path.steps.length;
  return (
    <div className="stack onboarding-summary">
      {a.path.description ? <p>{a.path.description}</p> : null}
      <ProgressBar percent={a.percent} label={props.progressLabel} />
      <p className="muted small">
        {a.done.length} von {total} Schritten erledigt
        {a.behind > 0 ? (
          <>
            {' '}
            · <Badge tone="warning">{behindText(a.behind)}</Badge>
          </>
        ) : null}
      </p>
      <DefinitionList
        items={[
          { term: 'Mentor*in', value: a.mentor?.displayName ?? 'Keine' },
          { term: 'Begonnen am', value: formatDate(a.startedOn) },
          { term: 'Jetzt', value: `Woche ${a.currentWeek} von ${a.path.weeks}` },
        ]}
      />
    </div>
  );
}
