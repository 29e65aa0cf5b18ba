import { complaintTopicLabels } from '@lotse/shared';
import { Link, useParams } from 'react-router';
import { errorMessage, isApiError } from '../../api/client.ts';
import { Alert, Card, PageHeader, Spinner } from '../../ui/index.ts';
import { StaffNotFound } from '../StaffNotFound.tsx';
import { useComplaint } from './api.ts';
import { ComplaintAnswerCard } from './ComplaintAnswerCard.tsx';
import { ComplaintStatusBadge, OverdueBadge } from './ComplaintBadges.tsx';
import { ComplaintFactsCard } from './ComplaintFactsCard.tsx';
import { COMPLAINTS_PATH } from './landing.ts';

function BackLink() {
  return (
    <p className="small">
      <Link to={COMPLAINTS_PATH}>
        <span aria-hidden="true">← </span>Zurück zu den Beschwerden
      </Link>
    </p>
  );
}

/** One complaint for the complaint office: facts, the family's text, the answer and the next steps. */
export function ComplaintPage() {
  const { complaintId = '' } = useParams();
  const complaint = useComplaint(complaintId);

  if (complaint.isPending) return <Spinner label="Beschwerde wird geladen …" />;
  if (complaint.isError) {
    if (isApiError(complaint.error, 404) || isApiError(complaint.error, 400)) {
      return (
        <StaffNotFound
          title="Beschwerde nicht gefunden"
          text="Diese Beschwerde gibt es nicht, oder Sie dürfen sie nicht sehen."
        />
      );
    }
    return (
      <>
        <BackLink />
        <Alert tone="danger" title="Die Beschwerde konnte nicht geladen werden">
          <p>{errorMessage(complaint.error)}</p>
        </Alert>
      </>
    );
  }
  const c = complaint.data;
  const title = `Beschwerde ${c.reference}`;

  return (
    <>
      <title>{`${title} – Lotse`}</title>
      <BackLink />
      <PageHeader
        title={title}
        lead={
          <span className="cluster">
            <span>{complaintTopicLabels[c.topic]}</span>
            <ComplaintStatusBadge status={c.status} />
            {c.overdue ? <OverdueBadge /> : null}
          </span>
        }
      />
      <div className="complaint-layout">
        <ComplaintFactsCard complaint={c} />
        <div className="stack">
          <Card title="Text der Beschwerde" aria-label="Text der Beschwerde">
            <p className="pre-wrap">{c.text}</p>
          </Card>
          <ComplaintAnswerCard complaint={c} />
        </div>
      </div>
    </>
  );
}
