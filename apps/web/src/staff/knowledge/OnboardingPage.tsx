import { useLocation } from 'react-router';
import { errorMessage } from '../../api/client.ts';
import { Alert, Card, EmptyState, LiveMessage, PageHeader, Spinner } from '../../ui/index.ts';
import type { SavedState } from './ArticleEditorPage.tsx';
import { AssignForm } from './AssignForm.tsx';
import { AssignmentSummary } from './AssignmentSummary.tsx';
import { useOnboarding } from './api.ts';
import { KnowledgeNav } from './KnowledgeNav.tsx';
import { OnboardingPlans } from './OnboardingPlans.tsx';
import { OnboardingSteps } from './OnboardingSteps.tsx';
import { TeamOnboarding } from './TeamOnboarding.tsx';

/**
 * "Einarbeitung": the caller's own path week by week to tick off; for leads and mentors the progress
 * of the people they accompany; for those who may, the form to put someone on a path and the paths
 * to write and change.
 */
export function OnboardingPage() {
  const onboarding = useOnboarding();
  // Set by the path editor after saving.
  const saved = (useLocation().state as SavedState | null)?.saved ?? null;

  if (onboarding.isPending) return <Spinner label="Einarbeitung wird geladen …" />;
  if (onboarding.isError) {
    return (
      <>
        <KnowledgeNav />
        <Alert tone="danger" title="Die Einarbeitung konnte nicht geladen werden">
          <p>{errorMessage(onboarding.error)}</p>
        </Alert>
      </>
    );
  }
  const { mine, others, paths, mayAssign } = onboarding.data;

  return (
    <div className="knowledge-page">
      <title>Einarbeitung – Wissen – Lotse</title>
      <KnowledgeNav />
      <PageHeader
        title={mine.length ? 'Meine Einarbeitung' : 'Einarbeitung'}
        lead="Neue Kolleginnen und Kollegen gehen Woche für Woche ihren Einarbeitungsweg: lesen, im Gesetz nachschlagen, mitgehen und mit der Mentorin oder dem Mentor sprechen."
      />
      <LiveMessage success={saved} />
      {mine.map((a) => (
        <Card key={a.id} title={a.path.title} aria-label={a.path.title} className="onboarding-mine">
          <AssignmentSummary assignment={a} progressLabel="Mein Fortschritt" />
          <OnboardingSteps assignment={a} headingLevel={3} />
        </Card>
      ))}
      {others.length > 0 ? <TeamOnboarding assignments={others} /> : null}
      {mayAssign ? <AssignForm paths={paths} /> : null}
      {mayAssign ? <OnboardingPlans paths={paths} /> : null}
      {mine.length === 0 && others.length === 0 && !mayAssign ? (
        <EmptyState>
          Sie sind in keiner Einarbeitung und begleiten niemanden. Neue Kolleginnen und Kollegen bekommen
          ihren Einarbeitungsweg von der Teamleitung.
        </EmptyState>
      ) : null}
    </div>
  );
}
