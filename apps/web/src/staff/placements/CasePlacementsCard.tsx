import type { TCaseDetail, TInquiry, TPlacement } from '@lotse/shared';
import { useEffect, useRef, useState } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { errorMessage } from '../../api/client.ts';
import { Alert, Card, ConfirmDialog, LiveMessage, Spinner } from '../../ui/index.ts';
import { formatDate, todayIso } from '../format.ts';
import { InquiryItem, inquiryHeadingId } from './InquiryItem.tsx';
import { facilitiesText, inquiryAnchor, inquirySentOf } from './inquiry.ts';
import { type PlacementStep, useCasePlacements, usePlacementStep } from './inquiryApi.ts';
import { PlacementList } from './PlacementList.tsx';
import './placements.css';

const TITLE = 'Platzanfragen und Belegung';

type Recipient = TInquiry['recipients'][number];
type Asking =
  | { kind: 'confirm'; inquiry: TInquiry; recipient: Recipient }
  | { kind: 'cancel'; inquiry: TInquiry }
  | { kind: 'end'; placement: TPlacement; othersRunning: boolean };
/** The outcome of a step; with `inquiryId` it is shown in that inquiry, where the focus goes. */
type Notice = ({ success: string; error?: undefined } | { error: string; success?: undefined }) & {
  inquiryId?: string;
};

/** Requests of the inquiry that are still open (asked or offered), besides `except`. */
function stillOpen(inquiry: TInquiry, except?: string): number {
  return inquiry.recipients.filter((r) => r.id !== except && (r.status === 'sent' || r.status === 'accepted'))
    .length;
}

function startText(inquiry: TInquiry): string {
  const start = inquiry.profile.startBy;
  return start && start > todayIso() ? `am ${formatDate(start)}` : 'heute';
}

/** Moves the focus to an element by id once the page shows it (after a dialog gave focus back). */
function useFocusById(): (id: string) => void {
  const [target, setTarget] = useState<{ id: string } | null>(null);
  useEffect(() => {
    if (!target) return;
    const element = document.getElementById(target.id);
    element?.scrollIntoView({ block: 'center' });
    element?.focus({ preventScroll: true });
  }, [target]);
  return (id) => setTarget({ id });
}

/**
 * "Platzanfragen und Belegung": the case's inquiries to providers with every answer, and its
 * placements. An offered place is confirmed here (the other requests are withdrawn by the server), an
 * inquiry withdrawn, a help ended. Every button follows the record's `allowedActions`.
 */
export function CasePlacementsCard(props: { detail: TCaseDetail }) {
  const caseId = props.detail.id;
  const placements = useCasePlacements(caseId);
  const step = usePlacementStep(caseId);
  const location = useLocation();
  const navigate = useNavigate();
  const [asking, setAsking] = useState<Asking | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const focus = useFocusById();
  const placementsHeading = useRef<HTMLHeadingElement>(null);
  const data = placements.data;

  // Back from the search with a sent inquiry: say so (into the live region), show and focus it, and
  // drop the router state so a reload does not say it again.
  const sent = inquirySentOf(location.state);
  const announced = useRef<string | null>(null);
  useEffect(() => {
    if (!sent || !data || announced.current === sent.id) return;
    if (!data.inquiries.some((i) => i.id === sent.id)) return;
    announced.current = sent.id;
    setNotice({
      success: `Anfrage an ${facilitiesText(sent.recipients)} gesendet. Die Träger antworten bis ${formatDate(sent.answerBy)}.`,
      inquiryId: sent.id,
    });
    focus(inquiryHeadingId(sent.id));
    void navigate(
      { pathname: location.pathname, search: location.search, hash: inquiryAnchor(sent.id) },
      { replace: true, state: null },
    );
  });

  function run(next: PlacementStep, done: () => { success: string; focusId: string }) {
    const inquiryId = next.kind === 'end' ? undefined : next.inquiryId;
    step.mutate(next, {
      onSuccess: () => {
        const { success, focusId } = done();
        setAsking(null);
        setNotice({ success, inquiryId });
        focus(focusId);
      },
      onError: (error) => {
        setAsking(null);
        setNotice({ error: errorMessage(error), inquiryId });
      },
    });
  }

  function confirm() {
    if (!asking) return;
    switch (asking.kind) {
      case 'confirm': {
        const { inquiry, recipient } = asking;
        const others = stillOpen(inquiry, recipient.id);
        return run({ kind: 'confirm', inquiryId: inquiry.id, recipientId: recipient.id }, () => ({
          success: `Platz in ${recipient.facilityName} (${recipient.providerName}) bestätigt.${
            others > 0
              ? ` Die übrigen Anfragen (${others}) sind zurückgezogen, die Träger benachrichtigt.`
              : ''
          }`,
          focusId: inquiryHeadingId(inquiry.id),
        }));
      }
      case 'cancel':
        return run({ kind: 'cancel', inquiryId: asking.inquiry.id }, () => ({
          success: 'Anfrage zurückgezogen. Die angefragten Träger sind benachrichtigt.',
          focusId: inquiryHeadingId(asking.inquiry.id),
        }));
      case 'end': {
        const { placement, othersRunning } = asking;
        return run({ kind: 'end', placementId: placement.id }, () => ({
          success: `Die Hilfe in ${placement.facilityName} ist beendet.${
            othersRunning ? '' : ` ${placement.providerName} sieht nichts mehr aus der Akte.`
          }`,
          focusId: placementsHeading.current?.id ?? '',
        }));
      }
    }
  }

  const inquiries = [...(data?.inquiries ?? [])].sort(
    (a, b) =>
      Number(b.status === 'open') - Number(a.status === 'open') || b.createdAt.localeCompare(a.createdAt),
  );

  return (
    <Card title={TITLE} aria-label={TITLE} className="case-placements">
      <div className="stack">
        <p className="muted small">
          Anfragen gehen anonym an die Träger. Bietet ein Träger einen Platz an, bestätigen Sie ihn hier; die
          übrigen Anfragen zieht Lotse dann automatisch zurück.
        </p>
        <LiveMessage
          success={notice?.inquiryId ? null : notice?.success}
          error={notice?.inquiryId ? null : notice?.error}
        />
        {placements.isPending ? <Spinner label="Anfragen und Belegung werden geladen …" /> : null}
        {placements.isError ? <Alert tone="danger">{errorMessage(placements.error)}</Alert> : null}
        {data ? (
          <div className="case-placements-grid">
            <section className="stack-sm" aria-labelledby={`belegung-${caseId}`}>
              <h3 id={`belegung-${caseId}`} ref={placementsHeading} tabIndex={-1} className="inquiry-subhead">
                Belegung
              </h3>
              <PlacementList
                placements={data.placements}
                onEnd={(placement) =>
                  setAsking({
                    kind: 'end',
                    placement,
                    othersRunning: data.placements.some(
                      (p) =>
                        p.id !== placement.id && p.endedAt === null && p.providerId === placement.providerId,
                    ),
                  })
                }
              />
            </section>
            <section className="stack-sm" aria-labelledby={`anfragen-${caseId}`}>
              <h3 id={`anfragen-${caseId}`} className="inquiry-subhead">
                Anfragen
              </h3>
              {inquiries.length === 0 ? (
                <p className="muted small">
                  Noch keine Anfragen. Über „Plätze suchen“ wählen Sie passende Einrichtungen aus und fragen
                  sie gemeinsam an.
                </p>
              ) : (
                <ul className="plain-list stack">
                  {inquiries.map((inquiry) => (
                    <li key={inquiry.id}>
                      <InquiryItem
                        inquiry={inquiry}
                        notice={notice?.inquiryId === inquiry.id ? notice : null}
                        onConfirm={(recipient) => setAsking({ kind: 'confirm', inquiry, recipient })}
                        onCancel={() => setAsking({ kind: 'cancel', inquiry })}
                      />
                    </li>
                  ))}
                </ul>
              )}
            </section>
          </div>
        ) : null}
      </div>
      <StepDialog
        asking={asking}
        busy={step.isPending}
        onConfirm={confirm}
        onCancel={() => setAsking(null)}
      />
    </Card>
  );
}

/** Asks before each step, saying what follows from it. */
function StepDialog(props: {
  asking: Asking | null;
  busy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const { asking } = props;
  const texts = (() => {
    switch (asking?.kind) {
      case undefined:
        return { title: '', label: '', body: null };
      case 'confirm': {
        const { inquiry, recipient } = asking;
        const others = stillOpen(inquiry, recipient.id);
        return {
          title: 'Platz bestätigen',
          label: 'Platz bestätigen',
          body: (
            <>
              <p>
                Die Hilfe in {recipient.facilityName} ({recipient.providerName}) beginnt {startText(inquiry)}.
              </p>
              {others > 0 ? (
                <p>
                  Die übrigen Anfragen ({facilitiesText(others)}) werden automatisch zurückgezogen; die Träger
                  erhalten Bescheid.
                </p>
              ) : null}
            </>
          ),
        };
      }
      case 'cancel':
        return {
          title: 'Anfrage zurückziehen',
          label: 'Anfrage zurückziehen',
          body: (
            <p>
              Die Anfrage an {facilitiesText(stillOpen(asking.inquiry))} wird zurückgezogen; die Träger
              erhalten Bescheid. Angebotene Plätze werden wieder frei.
            </p>
          ),
        };
      case 'end': {
        const { placement, othersRunning } = asking;
        return {
          title: 'Hilfe beenden',
          label: 'Hilfe beenden',
          body: (
            <>
              <p>
                Die Hilfe in {placement.facilityName} ({placement.providerName}) endet heute.
              </p>
              <p>
                {othersRunning
                  ? `Eine weitere Hilfe bei ${placement.providerName} läuft in diesem Fall weiter; die Freigaben an den Träger bleiben deshalb bestehen.`
                  : `Damit enden auch alle Freigaben dieses Falls an ${placement.providerName}: Der Träger sieht danach nichts mehr aus der Akte.`}
              </p>
            </>
          ),
        };
      }
    }
  })();
  return (
    <ConfirmDialog
      open={asking !== null}
      title={texts.title}
      confirmLabel={texts.label}
      tone={asking?.kind === 'confirm' ? 'primary' : 'danger'}
      busy={props.busy}
      onConfirm={props.onConfirm}
      onCancel={props.onCancel}
    >
      {texts.body}
    </ConfirmDialog>
  );
}
