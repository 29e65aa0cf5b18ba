import { defaultHelpPlanSettings } from '@lotse/shared';
import { useEffect, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { errorMessage, isApiError } from '../../api/client.ts';
import { Alert, PageHeader, Spinner } from '../../ui/index.ts';
import { useCaseDetail } from '../api.ts';
import { can } from '../cases/CasePage.tsx';
import { LawText } from '../law/LawCitation.tsx';
import { StaffNotFound } from '../StaffNotFound.tsx';
import { useCurrentUser } from '../session.tsx';
import { useCreateHelpPlan, useReviewMonths } from './api.ts';
import { newPlanDraft, type PlanDraft } from './draft.ts';
import { HelpPlanForm } from './HelpPlanForm.tsx';

/** Starts a help plan for a case: the form of its first draft, prefilled from the case. */
export function NewHelpPlanPage() {
  const { caseId = '' } = useParams();
  const detail = useCaseDetail(caseId);
  const me = useCurrentUser();
  const navigate = useNavigate();
  const create = useCreateHelpPlan(caseId);
  const reviewMonths = useReviewMonths();
  // Built once the case and the office's review period are there; later refetches keep the form.
  const [initial, setInitial] = useState<PlanDraft | null>(null);
  useEffect(() => {
    if (!initial && detail.data && reviewMonths !== null)
      setInitial(newPlanDraft(detail.data, me, reviewMonths));
  }, [initial, detail.data, me, reviewMonths]);

  if (detail.isPending || (detail.isSuccess && !initial)) return <Spinner label="Fall wird geladen …" />;
  if (detail.isError) {
    if (isApiError(detail.error, 404) || isApiError(detail.error, 400))
      return (
        <StaffNotFound
          title="Fall nicht gefunden"
          text="Diesen Fall gibt es nicht, oder Sie haben keinen Zugriff darauf."
        />
      );
    return (
      <Alert tone="danger" title="Der Fall konnte nicht geladen werden">
        <p>{errorMessage(detail.error)}</p>
      </Alert>
    );
  }
  const c = detail.data;
  const casePath = `/fachkraft/faelle/${c.id}`;

  return (
    <>
      <title>{`Neuer Hilfeplan – ${c.title} – Lotse`}</title>
      <p className="helpplan-back">
        <Link to={casePath}>← Zurück zum Fall „{c.title}“</Link>
      </p>
      <PageHeader
        title="Neuer Hilfeplan"
        lead={
          <>
            {c.title} ·{' '}
            <LawText text="Der Plan beginnt als Entwurf; festgeschrieben wird er, wenn alle ihn besprochen haben (§ 36 Abs. 2 SGB VIII)." />
          </>
        }
      />
      {!can(c, 'update') || !initial ? (
        <Alert tone="warning" title="Keine Berechtigung">
          <p>Sie dürfen diesen Fall lesen, aber keinen Hilfeplan anlegen.</p>
        </Alert>
      ) : (
        <HelpPlanForm
          initial={initial}
          reviewMonths={reviewMonths ?? defaultHelpPlanSettings.reviewMonths}
          rateProgress={false}
          submitLabel="Hilfeplan anlegen"
          busy={create.isPending}
          error={create.error}
          onSubmit={async (content) => {
            try {
              const plan = await create.mutateAsync(content);
              navigate(`${casePath}/hilfeplaene/${plan.id}`, { replace: true });
              return true;
            } catch {
              return false;
            }
          }}
          secondary={<Link to={casePath}>Abbrechen</Link>}
        />
      )}
    </>
  );
}
