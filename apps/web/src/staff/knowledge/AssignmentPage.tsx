import { Link, useParams } from 'react-router';
import { errorMessage, isApiError } from '../../api/client.ts';
import { Alert, Card, PageHeader, Spinner } from '../../ui/index.ts';
import { StaffNotFound } from '../StaffNotFound.tsx';
import { useCurrentUser } from '../session.tsx';
import { AssignmentSummary } from './AssignmentSummary.tsx';
import { useOnboardingAssignment } from './api.ts';
import { KnowledgeNav } from './KnowledgeNav.tsx';
import { OnboardingSteps } from './OnboardingSteps.tsx';
import { ONBOARDING_PATH } from './paths.ts';

function BackLink() {
  return (
    <p className="small">
      <Link to={ONBOARDING_PATH}>
        <span aria-hidden="true">← </span>Zurück zur Einarbeitung
      </Link>
    </p>
  );
}

/** One person's onboarding in detail (for them, their mentor and their team lead; the read is audited). */
export function AssignmentPage() {
  const { assignmentId = '' } = useParams();
  const me = useCurrentUser();
  const assignment = useOnboardingAssignment(assignmentId);

  if (assignment.isPending) return <Spinner label="Einarbeitung wird geladen …" />;
  if (assignment.isError) {
    if (isApiError(assignment.error, 404) || isApiError(assignment.error, 400)) {
      return (
        <StaffNotFound
          title="Einarbeitung nicht gefunden"
          text="Diese Einarbeitung gibt es nicht, oder Sie dürfen sie nicht sehen."
        />
      );
    }
    return (
      <>
        <BackLink />
        <Alert tone="danger" title="Die Einarbeitung konnte nicht geladen werden">
          <p>{errorMessage(assignment.error)}</p>
        </Alert>
      </>
    );
  }
  const a = assignment.data;
  const own = a.person.id === me.id;
  const title = own ? 'Meine Einarbeitung' : `Einarbeitung von ${a.person.displayName}`;

  return (
    <div className="knowledge-page">
      <title>{`${title} – Wissen – Lotse`}</title>
      <KnowledgeNav />
      <BackLink />
      <PageHeader title={title} lead={a.path.title} />
      <Card>
        <AssignmentSummary
          assignment={a}
          progressLabel={own ? 'Mein Fortschritt' : `Fortschritt von ${a.person.displayName}`}
        />
      </Card>
      <Card>
        <OnboardingSteps assignment={a} headingLevel={2} />
      </Card>
    </div>
  );
}
