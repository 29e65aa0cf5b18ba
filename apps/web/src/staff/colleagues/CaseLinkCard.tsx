import {
  caseShareBasisLabels,
  type TColleagueConversation,
  ZColleagueCaseLinkInputSchema,
} from '@lotse/shared';
import { type FormEvent, useState } from 'react';
import { Link } from 'react-router';
import { errorMessage, isApiError } from '../../api/client.ts';
import { Button, Card, LiveMessage } from '../../ui/index.ts';
import { formatDateTime, issuesToFields } from '../format.ts';
import { useLinkColleagueCase } from './api.ts';
import { type CaseLinkDraft, CaseLinkFields, emptyCaseLink } from './CaseLinkFields.tsx';

/**
 * "Fallbezug": the cases linked to the conversation with their ground, as both offices see them, and
 * — for a participant who may — the form to link a case of the own office.
 */
export function CaseLinkCard(props: { conversation: TColleagueConversation }) {
  const c = props.conversation;
  const link = useLinkColleagueCase(c.id);
  const [open, setOpen] = useState(false);
  const [draft, setDraft] = useState<CaseLinkDraft>(emptyCaseLink);
  const [clientErrors, setClientErrors] = useState<Record<string, string>>({});
  const serverErrors = isApiError(link.error) ? link.error.fields : {};
  const errors = { ...serverErrors, ...clientErrors };
  const mayLink = c.allowedActions.includes('link_case');

  function submit(event: FormEvent) {
    event.preventDefault();
    const parsed = ZColleagueCaseLinkInputSchema.safeParse(draft);
    if (!parsed.success) {
      setClientErrors(issuesToFields(parsed.error.issues));
      return;
    }
    setClientErrors({});
    link.mutate(parsed.data, {
      onSuccess: () => {
        setOpen(false);
        setDraft(emptyCaseLink);
      },
    });
  }

  return (
    <Card title="Fallbezug" headingLevel={2} className="colleague-case-links">
      {c.caseLinks.length === 0 ? (
        <p className="muted">
          Kein Fall verknüpft. Nachrichten dürfen keine Falldaten enthalten, bis ein Fall mit Rechtsgrundlage
          oder Einwilligung verknüpft ist.
        </p>
      ) : (
        <ul className="plain-list stack-sm">
          {c.caseLinks.map((l) => (
            <li key={l.officeId} className="colleague-case-link">
              <p>
                <strong>
                  {l.caseId ? (
                    <Link to={`/fachkraft/faelle/${l.caseId}`}>{l.caseReference}</Link>
                  ) : (
                    l.caseReference
                  )}
                </strong>{' '}
                <span className="muted">({l.officeName})</span>
              </p>
              <p>
                {caseShareBasisLabels[l.basis]}: {l.ground}
              </p>
              <p className="muted small">
                verknüpft von {l.linkedBy} am <time dateTime={l.linkedAt}>{formatDateTime(l.linkedAt)}</time>
              </p>
            </li>
          ))}
        </ul>
      )}
      <LiveMessage
        error={link.isError && Object.keys(serverErrors).length === 0 ? errorMessage(link.error) : null}
        success={link.isSuccess ? 'Der Fall ist verknüpft. Beide Ämter sehen die Grundlage.' : null}
      />
      {mayLink && !open ? (
        <Button variant="secondary" size="sm" onClick={() => setOpen(true)}>
          Fall verknüpfen …
        </Button>
      ) : null}
      {mayLink && open ? (
        <form className="stack" onSubmit={submit} noValidate>
          <CaseLinkFields value={draft} onChange={setDraft} errors={errors} />
          <div className="form-actions">
            <Button type="submit" busy={link.isPending}>
              Fall verknüpfen
            </Button>
            <Button variant="secondary" onClick={() => setOpen(false)}>
              Abbrechen
            </Button>
          </div>
        </form>
      ) : null}
    </Card>
  );
}
