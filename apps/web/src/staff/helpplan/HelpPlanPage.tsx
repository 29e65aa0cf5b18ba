import {
  defaultHelpPlanSettings,
  helpTypeLabels,
  type THelpPlan,
  type THelpPlanContent,
  type THelpPlanVersion,
} from '@lotse/shared';
import { useMemo, useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { errorMessage, isApiError } from '../../api/client.ts';
import {
  Alert,
  Badge,
  Button,
  Card,
  ConfirmDialog,
  LinkButton,
  LiveMessage,
  PageHeader,
  Spinner,
} from '../../ui/index.ts';
import { useCaseDetail } from '../api.ts';
import { can } from '../cases/CasePage.tsx';
import { FeedbackTrendCard } from '../feedback/FeedbackTrendCard.tsx';
import { formatDateTime } from '../format.ts';
import { LawCitation } from '../law/LawCitation.tsx';
import { StaffNotFound } from '../StaffNotFound.tsx';
import {
  protocolUrl,
  useFinalize,
  useHelpPlan,
  useReviewMonths,
  useSaveDraft,
  useStartReview,
} from './api.ts';
import { draftFromContent } from './draft.ts';
import { FamilyResponsesCard } from './FamilyResponsesCard.tsx';
import { HelpPlanForm } from './HelpPlanForm.tsx';
import { HelpPlanView } from './HelpPlanView.tsx';
import { versionStatusLabel } from './labels.ts';
import { VersionDiff } from './VersionDiff.tsx';

/**
 * One help plan (§ 36 SGB VIII): its versions, the chosen version (the draft as a form for those who
 * may edit the case, final versions read-only), finalising, starting a review, the protocol PDF per
 * version and the comparison of two versions.
 */
export function HelpPlanPage() {
  const { caseId = '', planId = '' } = useParams();
  const plan = useHelpPlan(planId);
  const detail = useCaseDetail(plan.data?.caseId ?? caseId);

  if (plan.isPending) return <Spinner label="Hilfeplan wird geladen …" />;
  if (plan.isError) {
    if (isApiError(plan.error, 404) || isApiError(plan.error, 400))
      return (
        <StaffNotFound
          title="Hilfeplan nicht gefunden"
          text="Diesen Hilfeplan gibt es nicht, oder Sie haben keinen Zugriff darauf."
        />
      );
    return (
      <Alert tone="danger" title="Der Hilfeplan konnte nicht geladen werden">
        <p>{errorMessage(plan.error)}</p>
      </Alert>
    );
  }
  if (detail.isPending) return <Spinner label="Hilfeplan wird geladen …" />;
  if (detail.isError)
    return (
      <Alert tone="danger" title="Der Fall konnte nicht geladen werden">
        <p>{errorMessage(detail.error)}</p>
      </Alert>
    );
  return <PlanScreen plan={plan.data} caseTitle={detail.data.title} canEdit={can(detail.data, 'update')} />;
}

function PlanScreen({ plan, caseTitle, canEdit }: { plan: THelpPlan; caseTitle: string; canEdit: boolean }) {
  const [params, setParams] = useSearchParams();
  const [message, setMessage] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<THelpPlanContent | null>(null);
  const save = useSaveDraft(plan.id);
  const finalize = useFinalize(plan.id);
  const review = useStartReview(plan.id);
  const reviewMonths = useReviewMonths();

  const newest = plan.versions[0];
  const draft = plan.versions.find((v) => v.status === 'draft') ?? null;
  const selected = plan.versions.find((v) => String(v.version) === params.get('fassung')) ?? newest;
  if (!newest || !selected) return <StaffNotFound title="Hilfeplan ohne Fassung" />;

  function select(version: number) {
    const next = new URLSearchParams(params);
    next.set('fassung', String(version));
    setParams(next, { replace: true });
  }

  const helpType = helpTypeLabels[newest.content.help.type];
  const editable = canEdit && selected.status === 'draft';
  const casePath = `/fachkraft/faelle/${plan.caseId}`;

  return (
    <>
      <title>{`Hilfeplan ${helpType} – ${caseTitle} – Lotse`}</title>
      <p className="helpplan-back">
        <Link to={`${casePath}`}>← Zurück zum Fall „{caseTitle}“</Link>
      </p>
      <PageHeader
        title="Hilfeplan"
        lead={
          <>
            {helpType} · {caseTitle} · <LawCitation cite="§ 36 SGB VIII" />
          </>
        }
      />
      <div className="stack">
        <LiveMessage
          success={message}
          error={
            review.isError
              ? errorMessage(review.error)
              : finalize.isError
                ? errorMessage(finalize.error)
                : null
          }
        />
        <FamilyResponsesCard planId={plan.id} />
        <FeedbackTrendCard caseId={plan.caseId} />
        <Card title="Fassungen" className="helpplan-versions">
          <ul className="plain-list helpplan-version-list">
            {plan.versions.map((v) => (
              <VersionRow
                key={v.version}
                planId={plan.id}
                version={v}
                current={v.version === selected.version}
                onSelect={() => select(v.version)}
              />
            ))}
          </ul>
          {canEdit && !draft ? (
            <div className="helpplan-version-actions">
              <Button
                variant="secondary"
                busy={review.isPending}
                onClick={() => {
                  setMessage(null);
                  review.mutate(undefined, {
                    onSuccess: (next) => {
                      const created = next.versions[0];
                      if (!created) return;
                      select(created.version);
                      setMessage(
                        `Fortschreibung begonnen: Fassung ${created.version} ist ein neuer Entwurf. Bitte bewerten Sie den Fortschritt der Ziele.`,
                      );
                    },
                  });
                }}
              >
                Fortschreibung beginnen
              </Button>
            </div>
          ) : null}
        </Card>

        <section className="stack" aria-labelledby="helpplan-version-heading">
          <h2 id="helpplan-version-heading" className="helpplan-version-heading">
            Fassung {selected.version} ({versionStatusLabel(selected.status)})
          </h2>
          {editable ? (
            <HelpPlanForm
              key={`${plan.id}:${selected.version}`}
              initial={draftFromContent(selected.content)}
              reviewMonths={reviewMonths ?? defaultHelpPlanSettings.reviewMonths}
              rateProgress={selected.version > 1}
              submitLabel="Entwurf speichern"
              busy={save.isPending}
              error={save.error}
              onSubmit={async (content) => {
                setMessage(null);
                try {
                  await save.mutateAsync(content);
                  setMessage(`Der Entwurf (Fassung ${selected.version}) wurde gespeichert.`);
                  return true;
                } catch {
                  return false;
                }
              }}
              onFinalize={(content) => {
                setMessage(null);
                setConfirming(content);
              }}
              finalizeBusy={finalize.isPending}
            />
          ) : (
            <>
              {selected.status === 'final' ? (
                <Alert tone="info" title="Festgeschrieben">
                  <p>
                    Diese Fassung wurde am {formatDateTime(selected.finalizedAt)} von{' '}
                    {selected.finalizedBy?.displayName ?? '–'} festgeschrieben und kann nicht mehr geändert
                    werden.
                    {canEdit && !draft ? ' Änderungen sind über eine Fortschreibung möglich.' : ''}
                  </p>
                </Alert>
              ) : (
                <Alert tone="info">
                  <p>Entwurf – Sie können diesen Fall lesen, aber nicht bearbeiten.</p>
                </Alert>
              )}
              <HelpPlanView content={selected.content} />
            </>
          )}
        </section>

        {plan.versions.length > 1 ? <VersionDiff versions={plan.versions} /> : null}
      </div>

      <ConfirmDialog
        open={confirming !== null}
        title={`Fassung ${selected.version} festschreiben?`}
        confirmLabel="Festschreiben"
        busy={finalize.isPending}
        onCancel={() => setConfirming(null)}
        onConfirm={() => {
          const content = confirming;
          finalize.mutate(content, {
            onSuccess: () => {
              setConfirming(null);
              setMessage(`Fassung ${selected.version} ist festgeschrieben.`);
            },
            onError: () => setConfirming(null),
          });
        }}
      >
        <p>
          Eine festgeschriebene Fassung kann nicht mehr geändert werden. Spätere Änderungen sind nur über eine
          Fortschreibung möglich. Was Sie gerade eingetragen haben, wird vorher gespeichert.
        </p>
      </ConfirmDialog>
    </>
  );
}

function VersionRow(props: {
  planId: string;
  version: THelpPlanVersion;
  current: boolean;
  onSelect: () => void;
}) {
  const v = props.version;
  const when = useMemo(
    () =>
      v.status === 'final'
        ? `festgeschrieben am ${formatDateTime(v.finalizedAt)} von ${v.finalizedBy?.displayName ?? '–'}`
        : `begonnen am ${formatDateTime(v.createdAt)} von ${v.createdBy.displayName}`,
    [v],
  );
  return (
    <li className={props.current ? 'helpplan-version is-current' : 'helpplan-version'}>
      <div className="helpplan-version-main">
        {props.current ? (
          <strong aria-current="true">Fassung {v.version}</strong>
        ) : (
          <Button variant="link" onClick={props.onSelect}>
            Fassung {v.version}
          </Button>
        )}
        <Badge tone={v.status === 'draft' ? 'warning' : 'success'}>{versionStatusLabel(v.status)}</Badge>
      </div>
      <span className="small muted">{when}</span>
      <LinkButton
        variant="secondary"
        size="sm"
        href={protocolUrl(props.planId, v.version)}
        download
        aria-label={`Protokoll der Fassung ${v.version} als PDF herunterladen`}
      >
        Protokoll (PDF)
      </LinkButton>
    </li>
  );
}
