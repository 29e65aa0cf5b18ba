import { consentStatusLabels, type TConsent } from '@lotse/shared';
import { useRef, useState } from 'react';
import { errorMessage } from '../../api/client.ts';
import { Badge, Button, ConfirmDialog } from '../../ui/index.ts';
import { documentContentUrl } from '../api.ts';
import { formatDate } from '../format.ts';
import { useDocumentsWhen, useRevokeConsent } from './api.ts';
import { consentIsCurrent, consentStatusTone, type Notice, sectionNames } from './labels.ts';
import { useFocusLater } from './useFocusLater.ts';

/** The consents of the case: current ones first, the rest (revoked, expired, declined) folded away. */
export function ConsentList(props: {
  caseId: string;
  consents: TConsent[];
  onNotice: (notice: Notice) => void;
}) {
  const revoke = useRevokeConsent(props.caseId);
  const [asking, setAsking] = useState<TConsent | null>(null);
  // The revoke button goes away with the revocation: focus moves to the list's heading.
  const heading = useRef<HTMLHeadingElement>(null);
  const focusHeading = useFocusLater(heading);
  const current = props.consents.filter(consentIsCurrent);
  const past = props.consents.filter((c) => !consentIsCurrent(c));
  const withdrawing = asking?.status === 'requested';

  function confirm() {
    if (!asking) return;
    const c = asking;
    revoke.mutate(c.id, {
      onSuccess: () => {
        setAsking(null);
        props.onNotice({
          success:
            c.status === 'requested'
              ? `Die Bitte an ${c.person.name} ist zurückgezogen.`
              : `Der Widerruf von ${c.person.name} ist erfasst. ${c.provider.name} sieht die Bereiche dieser Einwilligung nicht mehr.`,
        });
        focusHeading();
      },
      onError: (error) => {
        setAsking(null);
        props.onNotice({ error: errorMessage(error) });
      },
    });
  }

  return (
    <section className="stack-sm" aria-labelledby={`consents-${props.caseId}`}>
      <h3 id={`consents-${props.caseId}`} ref={heading} tabIndex={-1} className="sharing-heading">
        Einwilligungen
      </h3>
      {current.length === 0 ? (
        <p className="muted small">Keine erteilte oder erbetene Einwilligung.</p>
      ) : null}
      {current.length > 0 ? (
        <ul className="plain-list sharing-list">
          {current.map((c) => (
            <ConsentItem key={c.id} caseId={props.caseId} consent={c} onRevoke={() => setAsking(c)} />
          ))}
        </ul>
      ) : null}
      {past.length > 0 ? (
        <details className="sharing-past">
          <summary>Frühere Einwilligungen ({past.length})</summary>
          <ul className="plain-list sharing-list">
            {past.map((c) => (
              <ConsentItem key={c.id} caseId={props.caseId} consent={c} onRevoke={() => setAsking(c)} />
            ))}
          </ul>
        </details>
      ) : null}
      <ConfirmDialog
        open={asking !== null}
        title={withdrawing ? 'Bitte zurückziehen' : 'Widerruf erfassen'}
        confirmLabel={withdrawing ? 'Zurückziehen' : 'Widerruf erfassen'}
        tone="danger"
        busy={revoke.isPending}
        onConfirm={confirm}
        onCancel={() => setAsking(null)}
      >
        {asking && withdrawing ? (
          <p>{asking.person.name} wird in der Familien-App nicht mehr um diese Einwilligung gebeten.</p>
        ) : null}
        {asking && !withdrawing ? (
          <p>
            Erfassen Sie den Widerruf, den {asking.person.name} dem Jugendamt mitgeteilt hat (z. B. am Telefon
            oder per Brief). {asking.provider.name} sieht die Bereiche, die nur diese Einwilligung erlaubt, ab
            sofort nicht mehr.
          </p>
        ) : null}
      </ConfirmDialog>
    </section>
  );
}

function ConsentItem(props: { caseId: string; consent: TConsent; onRevoke: () => void }) {
  const c = props.consent;
  const validity = `gültig ab ${formatDate(c.validFrom)} ${c.validUntil ? `bis ${formatDate(c.validUntil)}` : 'bis auf Widerruf'}`;
  return (
    <li className="sharing-item">
      <p className="sharing-item-head">
        <strong>{c.person.name}</strong>{' '}
        <Badge tone={consentStatusTone(c.status)}>{consentStatusLabels[c.status]}</Badge>
      </p>
      <p>
        An {c.provider.name}: {sectionNames(c.sections)}
      </p>
      <p className="small">Zweck: {c.purpose}</p>
      <p className="muted small">
        {validity} · <ConsentOrigin caseId={props.caseId} consent={c} />
      </p>
      {c.allowedActions.includes('revoke') ? (
        <div>
          <Button variant="secondary" size="sm" onClick={props.onRevoke}>
            {c.status === 'requested' ? 'Bitte zurückziehen' : 'Widerruf erfassen'}
            <span className="visually-hidden"> ({c.person.name})</span>
          </Button>
        </div>
      ) : null}
    </li>
  );
}

/** How the consent came about, and what became of it. */
function ConsentOrigin(props: { caseId: string; consent: TConsent }) {
  const c = props.consent;
  const origin =
    c.source === 'app' ? (
      c.givenAt ? (
        `in der App erteilt am ${formatDate(c.givenAt)}`
      ) : (
        'in der App erbeten'
      )
    ) : (
      <>
        schriftlich erteilt am {formatDate(c.givenAt)}
        {c.documentId ? (
          <>
            {' '}
            (<SignedForm caseId={props.caseId} documentId={c.documentId} />)
          </>
        ) : null}
      </>
    );
  const note = stateNote(c);
  return (
    <>
      {origin}
      {note ? ` · ${note}` : null}
    </>
  );
}

function stateNote(c: TConsent): string | null {
  switch (c.status) {
    case 'requested':
      return 'noch keine Antwort';
    case 'given':
      return null;
    case 'declined':
      return 'abgelehnt';
    case 'revoked':
      return `widerrufen am ${formatDate(c.revokedAt)}`;
    case 'expired':
      return `abgelaufen am ${formatDate(c.validUntil)}`;
  }
}

/** The signed form, as a download (the documents list is loaded only for consents on paper). */
function SignedForm(props: { caseId: string; documentId: string }) {
  const documents = useDocumentsWhen(props.caseId, true);
  const doc = documents.data?.find((d) => d.id === props.documentId);
  if (!doc) return <>unterschriebenes Formular</>;
  return (
    <a href={documentContentUrl(props.caseId, doc.id)} download={doc.filename}>
      {doc.filename}
      <span className="visually-hidden"> herunterladen</span>
    </a>
  );
}
