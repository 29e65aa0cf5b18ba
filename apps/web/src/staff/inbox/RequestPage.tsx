import { intakeTopicLabels, type TInboxDetail } from '@lotse/shared';
import { Link, useParams } from 'react-router';
import { errorMessage, isApiError } from '../../api/client.ts';
import { Alert, PageHeader, Spinner } from '../../ui/index.ts';
import { StaffNotFound } from '../StaffNotFound.tsx';
import { useInboxRequest } from './api.ts';
import { IntakeStatusBadge, UrgentBadge } from './InboxBadges.tsx';
import { dangerSignalLabel, isPossibleSignal, receivedText } from './labels.ts';
import { MeetingsPanel } from './MeetingsPanel.tsx';
import { MessengerPanel } from './MessengerPanel.tsx';
import { RequestActions } from './RequestActions.tsx';
import { RequestSummary } from './RequestSummary.tsx';
import { TranscriptCard } from './TranscriptCard.tsx';
import './inbox.css';

/** One request: what the family wrote, what to do with it, and the conversation with the family. */
export function RequestPage() {
  const { requestId = '' } = useParams();
  const detail = useInboxRequest(requestId);

  if (detail.isPending) return <Spinner label="Anfrage wird geladen …" />;
  if (detail.isError) {
    if (isApiError(detail.error, 404) || isApiError(detail.error, 400)) {
      return (
        <StaffNotFound
          title="Anfrage nicht gefunden"
          text="Diese Anfrage gibt es nicht, oder sie liegt nicht im Posteingang Ihrer Teams."
        />
      );
    }
    return (
      <Alert tone="danger" title="Die Anfrage konnte nicht geladen werden">
        <p>{errorMessage(detail.error)}</p>
      </Alert>
    );
  }
  const r = detail.data;
  const topic = intakeTopicLabels[r.topic];

  return (
    <>
      <title>{`${topic} – Posteingang – Lotse`}</title>
      <p className="back-link">
        <Link to="/fachkraft/posteingang">Zurück zum Posteingang</Link>
      </p>
      <PageHeader
        title={topic}
        lead={
          <span className="cluster">
            {r.urgent ? <UrgentBadge /> : null}
            <IntakeStatusBadge status={r.status} />
            <span>Eingegangen am {receivedText(r)}</span>
          </span>
        }
      />
      {r.urgent ? <DangerAlert detail={r} /> : <UncertainHint detail={r} />}
      <RequestActions detail={r} />
      <div className="request-layout">
        <div className="stack">
          <RequestSummary detail={r} />
          <TranscriptCard transcript={r.transcript} />
        </div>
        <div className="stack">
          <MessengerPanel detail={r} />
          <MeetingsPanel requestId={r.id} />
        </div>
      </div>
    </>
  );
}

/** Not urgent, but the assistant was unsure and asked its safety question: say what made it ask. */
function UncertainHint(props: { detail: TInboxDetail }) {
  const possible = props.detail.dangerSignals.filter(isPossibleSignal).map(dangerSignalLabel);
  if (possible.length === 0) return null;
  return (
    <div className="request-danger">
      <Alert tone="warning" title="Zur Prüfung: der Assistent war unsicher">
        <p>
          Der Assistent hat die Sicherheitsfrage gestellt, weil die Anfrage auf Folgendes hindeuten könnte:{' '}
          {possible.join(', ')}. Die Anfrage ist nicht als dringend markiert; bitte lesen Sie sie mit diesem
          Blick.
        </p>
      </Alert>
    </div>
  );
}

function DangerAlert(props: { detail: TInboxDetail }) {
  const signals = props.detail.dangerSignals.map(dangerSignalLabel);
  return (
    <div className="request-danger">
      <Alert tone="danger" title="Dringend: Hinweise auf eine mögliche Gefährdung">
        <p>
          {signals.length
            ? `Der Assistent hat in der Anfrage folgende Hinweise erkannt: ${signals.join(', ')}.`
            : 'Die Anfrage ist als dringend markiert.'}{' '}
          Bitte prüfen Sie die Anfrage sofort. Bei gewichtigen Anhaltspunkten für eine Gefährdung schätzen Sie
          das Risiko nach § 8a SGB VIII ein.
        </p>
      </Alert>
    </div>
  );
}
