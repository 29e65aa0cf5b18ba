import {
  endangermentTypeLabels,
  planTaskOwnerKindLabels,
  protectionResultLabels,
  type TCaseDetail,
  type TProtectionOutcome,
  type TProtectionProcedure,
} from '@lotse/shared';
import { useState } from 'react';
import { errorMessage } from '../../api/client.ts';
import { Alert, Badge, Button, Card, DefinitionList, EmptyState, LiveMessage } from '../../ui/index.ts';
import { formatDate, formatDateTime } from '../format.ts';
import { LawText } from '../law/LawCitation.tsx';
import { useCurrentUser } from '../session.tsx';
import { useSignOff } from './api.ts';
import { mayOn } from './can.ts';
import { ResultForm } from './ResultForm.tsx';

/**
 * The result of the assessment: proposed by one person, signed off by another (four-eyes
 * principle). While open it is a form; while waiting, the proposal and the sign-off; once closed,
 * read-only.
 */
export function ResultSection({ p, detail }: { p: TProtectionProcedure; detail: TCaseDetail }) {
  const [editing, setEditing] = useState(false);
  const [proposed, setProposed] = useState<string | null>(null);
  const canPropose = mayOn(p, 'propose_result');

  if (p.status === 'open' || editing) {
    if (!canPropose)
      return (
        <Card title="Ergebnis">
          <EmptyState>Noch kein Ergebnis vorgeschlagen.</EmptyState>
        </Card>
      );
    return (
      <ResultForm
        p={p}
        detail={detail}
        onCancel={editing ? () => setEditing(false) : undefined}
        onDone={() => {
          setEditing(false);
          setProposed('Das Ergebnis ist vorgeschlagen. Jetzt muss eine andere Fachkraft es freigeben.');
        }}
      />
    );
  }
  if (!p.outcome) return null;
  return (
    <div className="stack">
      <LiveMessage success={proposed} />
      {p.status === 'awaiting_sign_off' ? (
        <SignOffBox p={p} outcome={p.outcome} onEdit={canPropose ? () => setEditing(true) : undefined} />
      ) : null}
      <OutcomeView outcome={p.outcome} />
    </div>
  );
}

/** The second sign-off (Freigabe). The proposer sees that someone else must sign; the server refuses them. */
function SignOffBox(props: {
  p: TProtectionProcedure;
  outcome: TProtectionOutcome;
  onEdit?: (() => void) | undefined;
}) {
  const me = useCurrentUser();
  const signOff = useSignOff(props.p.id);
  const isProposer = props.outcome.proposedBy.id === me.id;
  // Offered to whoever may work on the procedure; the server enforces that it is not the proposer.
  const offered = mayOn(props.p, 'sign_off') || mayOn(props.p, 'propose_result');
  return (
    <Card title="Zweite Freigabe" className="protection-signoff">
      <div className="stack">
        <p>
          Vorgeschlagen von <strong>{props.outcome.proposedBy.displayName}</strong> am{' '}
          {formatDateTime(props.outcome.proposedAt)}.
        </p>
        {isProposer ? (
          <Alert tone="info" title="Eine andere Fachkraft muss freigeben">
            <p>
              Sie haben dieses Ergebnis vorgeschlagen. Nach dem Vier-Augen-Prinzip gibt es eine andere
              beteiligte Fachkraft oder die Teamleitung frei.
            </p>
          </Alert>
        ) : (
          <p>
            Prüfen Sie das Ergebnis unten. Mit der Freigabe wird das Verfahren abgeschlossen und kann nicht
            mehr geändert werden.
          </p>
        )}
        {signOff.isError ? (
          <div role="alert" className="alert alert-danger protection-signoff-error">
            <p className="alert-title">Freigabe nicht möglich</p>
            <p>{errorMessage(signOff.error)}</p>
          </div>
        ) : null}
        {offered ? (
          <div className="cluster">
            <Button busy={signOff.isPending} onClick={() => signOff.mutate({})}>
              Ergebnis freigeben und abschließen
            </Button>
            {props.onEdit ? (
              <Button variant="secondary" onClick={props.onEdit}>
                Vorschlag ändern
              </Button>
            ) : null}
          </div>
        ) : null}
      </div>
    </Card>
  );
}

export function OutcomeView({ outcome }: { outcome: TProtectionOutcome }) {
  const court = outcome.familyCourt;
  const custody = outcome.emergencyCustody;
  return (
    <Card title="Ergebnis der Gefährdungseinschätzung" className="protection-outcome">
      <div className="stack">
        <p className="protection-result-label">
          <Badge
            tone={outcome.result === 'acute' ? 'danger' : outcome.result === 'latent' ? 'warning' : 'info'}
          >
            {protectionResultLabels[outcome.result]}
          </Badge>
        </p>
        <DefinitionList
          items={[
            ...(outcome.endangermentTypes.length
              ? [
                  {
                    term: 'Art der Gefährdung',
                    value: outcome.endangermentTypes.map((t) => endangermentTypeLabels[t]).join(', '),
                  },
                ]
              : []),
            { term: 'Wiedervorlage', value: outcome.followUpOn ? formatDate(outcome.followUpOn) : 'keine' },
            {
              term: <LawText text="Familiengericht (§ 8a Abs. 2)" />,
              value: court.notified
                ? `angerufen am ${formatDate(court.notifiedOn)}${court.court ? `, ${court.court}` : ''}${
                    court.reference ? `, Az. ${court.reference}` : ''
                  }`
                : 'nicht angerufen',
            },
            {
              term: <LawText text="Inobhutnahme (§ 42)" />,
              value: custody.taken
                ? `am ${formatDate(custody.takenOn)}${custody.note ? ` – ${custody.note}` : ''}`
                : 'keine',
            },
            {
              term: 'Vorgeschlagen',
              value: `${outcome.proposedBy.displayName}, ${formatDateTime(outcome.proposedAt)}`,
            },
            {
              term: 'Freigegeben',
              value: outcome.signedOffBy
                ? `${outcome.signedOffBy.displayName}, ${formatDateTime(outcome.signedOffAt)}`
                : 'noch nicht',
            },
          ]}
        />
        <h3 className="protection-subhead">Entscheidung und Begründung</h3>
        <p className="pre-wrap">{outcome.decision}</p>
        <h3 className="protection-subhead">Schutzplan</h3>
        {outcome.protectionPlan.length ? (
          <ul className="plain-list protection-plan-list">
            {outcome.protectionPlan.map((t) => (
              <li key={t.id} className="protection-plan-item">
                <span className="protection-plan-text">{t.text}</span>
                <span className="cluster small">
                  <span>
                    {t.owner.name} ({planTaskOwnerKindLabels[t.owner.kind]})
                  </span>
                  <span>bis {formatDate(t.dueOn)}</span>
                  <Badge tone={t.done ? 'success' : 'warning'}>{t.done ? 'erledigt' : 'offen'}</Badge>
                </span>
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted">Kein Schutzplan.</p>
        )}
      </div>
    </Card>
  );
}
