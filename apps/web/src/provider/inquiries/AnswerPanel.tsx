import { type TInquiryAnswer, type TProviderInquiry, ZInquiryAnswerSchema } from '@lotse/shared';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { errorMessage, isApiError } from '../../api/client.ts';
import { issuesToFields } from '../../staff/format.ts';
import { Button, Textarea } from '../../ui/index.ts';
import { useAnswerInquiry } from './api.ts';

type Mode = 'choose' | 'accept' | 'decline';

/** What the card says after an answer was sent or refused. */
export interface AnswerNotice {
  tone: 'success' | 'danger';
  text: string;
}

/**
 * The two answers to an open inquiry. "Platz anbieten" and "Ablehnen" each open a short form first:
 * offering says what it commits to (a place held until the office decides), declining asks for the
 * reason the office will read.
 */
export function AnswerPanel(props: {
  inquiry: TProviderInquiry;
  onAnswered: (notice: AnswerNotice) => void;
}) {
  const { inquiry } = props;
  const answer = useAnswerInquiry(inquiry.id);
  const [mode, setMode] = useState<Mode>('choose');
  const [reason, setReason] = useState('');
  const [fieldError, setFieldError] = useState<string | undefined>();
  const reasonField = useRef<HTMLTextAreaElement>(null);
  const opener = useRef<Mode>('choose');
  const panel = useRef<HTMLDivElement>(null);

  // The form takes the focus when it opens; "Abbrechen" gives it back to the button that opened it.
  useEffect(() => {
    if (mode !== 'choose') {
      reasonField.current?.focus();
    } else if (opener.current !== 'choose') {
      panel.current?.querySelector<HTMLElement>(`[data-answer="${opener.current}"]`)?.focus();
    }
  }, [mode]);

  function open(next: Mode) {
    opener.current = next === 'choose' ? opener.current : next;
    setMode(next);
    setReason('');
    setFieldError(undefined);
    answer.reset();
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    if (mode === 'choose') return;
    // The contract checks the answer before it is sent: declining needs a reason.
    const parsed = ZInquiryAnswerSchema.safeParse({ answer: mode, reason });
    if (!parsed.success) {
      setFieldError(issuesToFields(parsed.error.issues).reason);
      reasonField.current?.focus();
      return;
    }
    setFieldError(undefined);
    void send(parsed.data);
  }

  // Awaited rather than mutate callbacks: a sent answer moves the card to the answered ones, and the
  // callbacks of an unmounted form would not run.
  async function send(input: TInquiryAnswer) {
    try {
      const updated = await answer.mutateAsync(input);
      props.onAnswered({
        tone: 'success',
        text:
          updated.status === 'accepted'
            ? 'Platz angeboten. Das Jugendamt bestätigt Ihr Angebot oder zieht die Anfrage zurück.'
            : 'Abgelehnt. Das Jugendamt sieht Ihren Grund.',
      });
    } catch (failure) {
      if (isApiError(failure) && failure.fields.reason) {
        setFieldError(failure.fields.reason);
        reasonField.current?.focus();
        return;
      }
      props.onAnswered({ tone: 'danger', text: `Nicht gesendet: ${errorMessage(failure)}` });
    }
  }

  const facility = inquiry.facilityName;
  return (
    <div ref={panel} className="provider-answer">
      {mode === 'choose' ? (
        <div className="form-actions">
          <Button data-answer="accept" onClick={() => open('accept')}>
            Platz anbieten …
          </Button>
          <Button variant="secondary" data-answer="decline" onClick={() => open('decline')}>
            Ablehnen …
          </Button>
        </div>
      ) : (
        <form
          className="stack-sm provider-answer-form"
          onSubmit={submit}
          noValidate
          aria-label={mode === 'accept' ? `Platz anbieten: ${facility}` : `Anfrage ablehnen: ${facility}`}
        >
          {mode === 'accept' ? (
            <p>
              Sie halten einen Platz in <strong>{facility}</strong> für das Jugendamt frei, bis es Ihr Angebot
              bestätigt oder die Anfrage zurückzieht. Tragen Sie ihn bis dahin bei den Plätzen als reserviert
              ein.
            </p>
          ) : null}
          <Textarea
            ref={reasonField}
            label={mode === 'accept' ? 'Hinweis an das Jugendamt' : 'Grund der Ablehnung'}
            optional={mode === 'accept'}
            hint={
              mode === 'accept'
                ? 'Zum Beispiel: „Platz ab 15. Januar frei.“'
                : 'Das Jugendamt sieht den Grund, zum Beispiel: „Kein Platz vor März frei.“'
            }
            rows={3}
            maxLength={500}
            value={reason}
            error={fieldError}
            onChange={(e) => {
              setReason(e.target.value);
              setFieldError(undefined);
            }}
          />
          <div className="form-actions">
            <Button type="submit" busy={answer.isPending}>
              {mode === 'accept' ? 'Platz verbindlich anbieten' : 'Ablehnung senden'}
            </Button>
            <Button variant="secondary" onClick={() => open('choose')} disabled={answer.isPending}>
              Abbrechen
            </Button>
          </div>
        </form>
      )}
    </div>
  );
}
