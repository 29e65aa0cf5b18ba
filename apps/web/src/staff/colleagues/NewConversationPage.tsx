import { colleagueLimits, type TColleague, ZStartColleagueConversationSchema } from '@lotse/shared';
import { type FormEvent, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { errorMessage, isApiError } from '../../api/client.ts';
import { Button, Card, Checkbox, LiveMessage, PageHeader, Textarea, TextField } from '../../ui/index.ts';
import { CooperationNav } from '../cooperation/CooperationNav.tsx';
import { issuesToFields } from '../format.ts';
import { mayInOffice, useCurrentUser } from '../session.tsx';
import { useStartColleagueConversation } from './api.ts';
import { type CaseLinkDraft, CaseLinkFields, emptyCaseLink } from './CaseLinkFields.tsx';
import { ColleaguePicker } from './ColleaguePicker.tsx';
import { COLLEAGUES_PATH, colleagueConversationPath } from './paths.ts';
import './colleagues.css';

/** Field errors of the contract's paths, as the form shows them (`caseLink.ground` → `ground`). */
function fieldErrors(fields: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, message] of Object.entries(fields)) {
    const short = key.replace(/^caseLink\./, '').replace(/^recipient(\..*)?$/, 'recipient');
    out[short] ??= message;
  }
  return out;
}

/** A new conversation with a colleague of another office: whom, subject, first message, maybe a case. */
export function NewConversationPage() {
  const me = useCurrentUser();
  const navigate = useNavigate();
  const start = useStartColleagueConversation();
  const [recipient, setRecipient] = useState<TColleague | null>(null);
  const [subject, setSubject] = useState('');
  const [body, setBody] = useState('');
  const [withCase, setWithCase] = useState(false);
  const [caseLink, setCaseLink] = useState<CaseLinkDraft>(emptyCaseLink);
  const [clientErrors, setClientErrors] = useState<Record<string, string>>({});
  const serverErrors = isApiError(start.error) ? fieldErrors(start.error.fields) : {};
  const errors = { ...serverErrors, ...clientErrors };
  const mayLinkCase = mayInOffice(me, 'work_on_cases');

  function submit(event: FormEvent) {
    event.preventDefault();
    if (start.isPending) return;
    const parsed = ZStartColleagueConversationSchema.safeParse({
      recipient: recipient ? { userId: recipient.userId, officeId: recipient.officeId } : undefined,
      subject,
      body,
      caseLink: withCase ? caseLink : undefined,
    });
    if (!parsed.success) {
      const fields = fieldErrors(issuesToFields(parsed.error.issues));
      if (!recipient) fields.recipient = 'Bitte wählen Sie eine Kollegin oder einen Kollegen aus.';
      setClientErrors(fields);
      return;
    }
    setClientErrors({});
    start.mutate(parsed.data, { onSuccess: (created) => navigate(colleagueConversationPath(created.id)) });
  }

  const generalError =
    start.isError && Object.keys(serverErrors).length === 0
      ? `Nicht gesendet: ${errorMessage(start.error)}`
      : null;

  return (
    <div className="colleagues-page">
      <title>Neue Nachricht an ein anderes Jugendamt – Lotse</title>
      <CooperationNav />
      <p className="small">
        <Link to={COLLEAGUES_PATH}>← Alle Unterhaltungen</Link>
      </p>
      <PageHeader title="Neue Nachricht an ein anderes Jugendamt" />
      <Card className="colleague-form">
        <form className="stack" onSubmit={submit} noValidate>
          <LiveMessage error={generalError} />
          <ColleaguePicker value={recipient} onChange={setRecipient} error={errors.recipient} />
          <TextField
            label="Betreff"
            hint="Ohne Namen oder Aktenzeichen, solange kein Fall verknüpft ist."
            maxLength={colleagueLimits.subject}
            value={subject}
            error={errors.subject}
            onChange={(e) => setSubject(e.target.value)}
          />
          <Textarea
            label="Nachricht"
            rows={6}
            maxLength={colleagueLimits.messageText}
            value={body}
            error={errors.body}
            onChange={(e) => setBody(e.target.value)}
          />
          {mayLinkCase ? (
            <>
              <Checkbox
                label="Einen Fall aus meinem Jugendamt verknüpfen"
                hint="Nur mit Rechtsgrundlage oder Einwilligung; sonst darf die Nachricht keine Falldaten enthalten."
                checked={withCase}
                onChange={(e) => setWithCase(e.target.checked)}
              />
              {withCase ? <CaseLinkFields value={caseLink} onChange={setCaseLink} errors={errors} /> : null}
            </>
          ) : null}
          <div className="form-actions">
            <Button type="submit" busy={start.isPending}>
              Senden
            </Button>
          </div>
        </form>
      </Card>
    </div>
  );
}
