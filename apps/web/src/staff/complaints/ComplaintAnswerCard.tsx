import { type TComplaintDetail, ZComplaintAnswerSchema } from '@lotse/shared';
import { type FormEvent, useRef, useState } from 'react';
import { errorMessage, isApiError } from '../../api/client.ts';
import { Button, Card, LiveMessage, Textarea } from '../../ui/index.ts';
import { formatDateTime } from '../format.ts';
import { useAnswerComplaint } from './api.ts';

/** The answer to the family: the form while the server allows answering, afterwards the answer sent. */
export function ComplaintAnswerCard(props: { complaint: TComplaintDetail }) {
  const c = props.complaint;
  const send = useAnswerComplaint(c.id);
  const [draft, setDraft] = useState('');
  const [fieldError, setFieldError] = useState<string | undefined>();
  const [sent, setSent] = useState(false);
  // The form disappears once the answer is sent; focus moves to the answer as the family will read it.
  const answer = useRef<HTMLDivElement>(null);
  const form = useRef<HTMLFormElement>(null);
  const focusField = () => requestAnimationFrame(() => form.current?.querySelector('textarea')?.focus());
  const mayAnswer = c.allowedActions.includes('answer');

  function submit(event: FormEvent) {
    event.preventDefault();
    setSent(false);
    const parsed = ZComplaintAnswerSchema.safeParse({ answer: draft });
    if (!parsed.success) {
      setFieldError(parsed.error.issues[0]?.message);
      focusField();
      return;
    }
    setFieldError(undefined);
    send.mutate(parsed.data.answer, {
      onSuccess: () => {
        setDraft('');
        setSent(true);
        requestAnimationFrame(() => answer.current?.focus());
      },
      onError: (error) => {
        const message = isApiError(error) ? error.fields.answer : undefined;
        setFieldError(message);
        if (message) focusField();
      },
    });
  }

  return (
    <Card title="Antwort" aria-label="Antwort" className="complaint-answer">
      <LiveMessage
        error={send.isError && !fieldError ? `Nicht gesendet: ${errorMessage(send.error)}` : null}
        success={sent ? 'Die Antwort ist gesendet. Die Familie liest sie in ihrer App.' : null}
      />
      {c.answer !== null ? (
        <div ref={answer} tabIndex={-1} className="stack-sm">
          <p className="pre-wrap">{c.answer}</p>
          <p className="muted small">
            Gesendet am {formatDateTime(c.answeredAt)}
            {c.handler ? ` von ${c.handler}` : ''}
          </p>
        </div>
      ) : mayAnswer ? (
        <form ref={form} className="stack" onSubmit={submit} noValidate>
          <Textarea
            label="Antwort an die Familie"
            hint="Die Familie liest die Antwort in ihrer App. Schreiben Sie einfach und freundlich."
            rows={8}
            maxLength={5000}
            value={draft}
            error={fieldError}
            onChange={(e) => {
              setDraft(e.target.value);
              setSent(false);
            }}
          />
          <div className="form-actions">
            <Button type="submit" busy={send.isPending}>
              Antwort senden
            </Button>
          </div>
        </form>
      ) : (
        <p>Noch nicht beantwortet.</p>
      )}
    </Card>
  );
}
