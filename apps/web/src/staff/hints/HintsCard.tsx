import { type THint, ZHintDismissInputSchema } from '@lotse/shared';
import { type FormEvent, useState } from 'react';
import { errorMessage } from '../../api/client.ts';
import { Alert, Button, Card, Dialog, LiveMessage, Spinner, Textarea } from '../../ui/index.ts';
import { formatDate } from '../format.ts';
import { LawCitation } from '../law/LawCitation.tsx';
import { useHintDismissal, useHints } from './api.ts';

/**
 * "Hinweise" on the case page: what may have been overlooked, each with its rule and paragraph of
 * law (its text opens in the side panel, which links the official one). The caseworker decides: a
 * hint can be set aside with a reason, which stays visible and can be taken back.
 */
export function HintsCard(props: { caseId: string; canDismiss: boolean }) {
  const hints = useHints(props.caseId);
  const [dismissing, setDismissing] = useState<THint | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const { restore } = useHintDismissal(props.caseId);

  if (hints.isPending)
    return (
      <Card title="Hinweise" aria-label="Hinweise" className="hints-card">
        <Spinner label="Hinweise werden geladen …" />
      </Card>
    );
  if (hints.isError)
    return (
      <Card title="Hinweise" aria-label="Hinweise" className="hints-card">
        <Alert tone="danger">{errorMessage(hints.error)}</Alert>
      </Card>
    );
  const open = hints.data.filter((h) => h.dismissal === null);
  const dismissed = hints.data.filter((h) => h.dismissal !== null);
  return (
    <Card title="Hinweise" aria-label="Hinweise" className="hints-card">
      <p className="small muted">
        Regeln, die auf mögliche blinde Flecken zeigen. Sie entscheiden, ob ein Hinweis zutrifft.
      </p>
      <LiveMessage success={done} error={restore.isError ? errorMessage(restore.error) : null} />
      {open.length === 0 ? (
        <p>Zurzeit keine offenen Hinweise.</p>
      ) : (
        <ul className="plain-list hints-list" aria-label="Offene Hinweise">
          {open.map((h) => (
            <li key={h.rule} className="hint">
              <p className="hint-text">{h.text}</p>
              <p className="small cluster">
                <LawCitation cite={h.law} />
                <span className="muted">Regel: {h.rule}</span>
              </p>
              {props.canDismiss ? (
                <Button
                  size="sm"
                  variant="secondary"
                  onClick={() => {
                    setDone(null);
                    setDismissing(h);
                  }}
                >
                  Zurückstellen …
                </Button>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      {dismissed.length > 0 ? (
        <details className="hints-dismissed">
          <summary>Zurückgestellte Hinweise ({dismissed.length})</summary>
          <ul className="plain-list hints-list">
            {dismissed.map((h) => (
              <li key={h.rule} className="hint is-dismissed">
                <p className="hint-text">{h.text}</p>
                <p className="small">
                  Zurückgestellt von {h.dismissal?.by.displayName} am {formatDate(h.dismissal?.at ?? '')}: „
                  {h.dismissal?.reason}“
                </p>
                {props.canDismiss ? (
                  <Button
                    size="sm"
                    variant="secondary"
                    disabled={restore.isPending}
                    onClick={() =>
                      restore.mutate(h.rule, { onSuccess: () => setDone('Der Hinweis gilt wieder.') })
                    }
                  >
                    Wieder aufnehmen
                  </Button>
                ) : null}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
      <Dialog open={dismissing !== null} title="Hinweis zurückstellen" onClose={() => setDismissing(null)}>
        {dismissing ? (
          <DismissForm
            caseId={props.caseId}
            hint={dismissing}
            onDone={() => {
              setDismissing(null);
              setDone('Der Hinweis ist zurückgestellt. Der Grund steht im Fall.');
            }}
          />
        ) : null}
      </Dialog>
    </Card>
  );
}

function DismissForm(props: { caseId: string; hint: THint; onDone: () => void }) {
  const { dismiss } = useHintDismissal(props.caseId);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | undefined>();

  function submit(event: FormEvent) {
    event.preventDefault();
    const parsed = ZHintDismissInputSchema.safeParse({ reason });
    if (!parsed.success) {
      setError(parsed.error.issues[0]?.message);
      return;
    }
    setError(undefined);
    dismiss.mutate({ rule: props.hint.rule, reason: parsed.data.reason }, { onSuccess: props.onDone });
  }

  return (
    <form className="stack" onSubmit={submit} noValidate>
      <p>{props.hint.text}</p>
      <LiveMessage error={dismiss.isError ? errorMessage(dismiss.error) : null} />
      <Textarea
        label="Warum trifft der Hinweis hier nicht zu?"
        hint="Der Grund wird im Fall gespeichert und protokolliert."
        required
        rows={3}
        maxLength={500}
        value={reason}
        error={error}
        onChange={(e) => setReason(e.target.value)}
      />
      <div className="cluster">
        <Button type="submit" disabled={dismiss.isPending}>
          Zurückstellen
        </Button>
      </div>
    </form>
  );
}
