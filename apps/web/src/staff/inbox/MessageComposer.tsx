import { limits } from '@lotse/shared';
import { type FormEvent, type KeyboardEvent, useRef, useState } from 'react';
import { errorMessage } from '../../api/client.ts';
import { Button, LiveMessage, Textarea } from '../../ui/index.ts';
import { formatBytes } from '../format.ts';
import { useSendAttachment, useSendMessage } from './api.ts';

/** Writes to the family: text, optionally one file; Ctrl+Enter sends. */
export function MessageComposer(props: { requestId: string }) {
  const send = useSendMessage(props.requestId);
  const sendFile = useSendAttachment(props.requestId);
  const fileInput = useRef<HTMLInputElement>(null);
  const [text, setText] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [error, setError] = useState<string | null>(null);
  const busy = send.isPending || sendFile.isPending;
  const failure = send.isError ? send.error : sendFile.isError ? sendFile.error : null;

  function reset() {
    setText('');
    setFile(null);
    if (fileInput.current) fileInput.current.value = '';
  }

  function submit(event?: FormEvent) {
    event?.preventDefault();
    if (busy) return;
    const body = text.trim();
    if (!body && !file) {
      setError('Bitte schreiben Sie eine Nachricht oder wählen Sie eine Datei aus.');
      return;
    }
    if (file && file.size > limits.messageAttachmentBytes) {
      setError(`Die Datei ist zu groß (höchstens ${formatBytes(limits.messageAttachmentBytes)}).`);
      return;
    }
    setError(null);
    if (file) sendFile.mutate({ file, body }, { onSuccess: reset });
    else send.mutate(body, { onSuccess: reset });
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
        label="Antwort an die Familie"
        hint="Mit Strg + Enter senden. Die Familie bekommt eine E-Mail ohne Inhalt, wenn sie eine Adresse angegeben hat."
        rows={4}
        maxLength={limits.messageText}
        value={text}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={onKeyDown}
      />
      <div className="field">
        <label htmlFor="message-file" className="field-label">
          Datei anhängen<span className="field-optional"> (optional)</span>
        </label>
        <input
          ref={fileInput}
          id="message-file"
          name="file"
          type="file"
          className="input input-file"
          onChange={(e) => setFile(e.target.files?.[0] ?? null)}
        />
      </div>
      <LiveMessage error={error ?? (failure ? errorMessage(failure) : null)} />
      <div className="form-actions">
        <Button type="submit" busy={busy}>
          Senden
        </Button>
      </div>
    </form>
  );
}
