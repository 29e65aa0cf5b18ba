import { colleagueLimits } from '@lotse/shared';
import { type FormEvent, type KeyboardEvent, useState } from 'react';
import { errorMessage, isApiError } from '../../api/client.ts';
import { Button, LiveMessage, Textarea } from '../../ui/index.ts';
import { useSendColleagueMessage } from './api.ts';

/** Writes into the conversation; Ctrl+Enter sends. A refusal (e.g. case data without a ground) stays at the field. */
export function ColleagueComposer(props: { conversationId: string; to: string }) {
  const send = useSendColleagueMessage(props.conversationId);
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const fieldError = isApiError(send.error) ? send.error.fields.body : undefined;

  function submit(event?: FormEvent) {
    event?.preventDefault();
    if (send.isPending) return;
    const body = text.trim();
    if (!body) {
      setError('Bitte schreiben Sie eine Nachricht.');
      return;
    }
    setError(null);
    send.mutate(body, { onSuccess: () => setText('') });
  }

  function onKeyDown(event: KeyboardEvent<HTMLTextAreaElement>) {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      submit();
    }
  }

  return (
    <form className="stack-sm composer" onSubmit={submit} noValidate>
      <Textarea
        label={`Antwort an ${props.to}`}
        hint="Mit Strg + Enter senden."
        rows={4}
        maxLength={colleagueLimits.messageText}
        value={text}
        error={fieldError ?? error ?? undefined}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={onKeyDown}
      />
      <LiveMessage error={send.isError && !fieldError ? errorMessage(send.error) : null} />
      <div className="form-actions">
        <Button type="submit" busy={send.isPending}>
          Senden
        </Button>
      </div>
    </form>
  );
}
