import type { TOnboardingOverview } from '@lotse/shared';
import { Link } from 'react-router';
import { buttonClass, Card, EmptyState } from '../../ui/index.ts';
import { editOnboardingPlanPath, NEW_ONBOARDING_PLAN_PATH } from './paths.ts';

/** For team leads and administrators: the office's onboarding paths, each to change, and a new one. */
export function OnboardingPlans(props: { paths: TOnboardingOverview['paths'] }) {
  const paths = [...props.paths].sort((a, b) => a.title.localeCompare(b.title, 'de'));
  return (
    <Card
      title="Einarbeitungspläne"
      aria-label="Einarbeitungspläne"
      className="onboarding-plans"
      actions={
        <Link to={NEW_ONBOARDING_PLAN_PATH} className={buttonClass('secondary', 'sm')}>
          Neuen Einarbeitungsplan anlegen
        </Link>
      }
    >
      {paths.length ? (
        <ul className="plain-list onboarding-plan-list">
          {paths.map((p) => (
            <li key={p.id} className="onboarding-plan">
              <div className="onboarding-plan-text">
                <p className="onboarding-plan-title">{p.title}</p>
                <p className="muted small">
                  {p.audience} · {p.weeks === 1 ? 'eine Woche' : `${p.weeks} Wochen`},{' '}
                  {p.stepCount === 1 ? 'ein Schritt' : `${p.stepCount} Schritte`}
                </p>
              </div>
              <Link to={editOnboardingPlanPath(p.id)} aria-label={`Bearbeiten: ${p.title}`}>
                Bearbeiten
              </Link>
            </li>
          ))}
        </ul>
      ) : (
        <EmptyState>Das Amt hat noch keinen Einarbeitungsplan.</EmptyState>
      )}
    </Card>
  );
}
