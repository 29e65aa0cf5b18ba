import type { TFamilyLanguage } from '@lotse/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useId, useRef, useState } from 'react';
import { isApiError } from '../../api/client.ts';
import { type FamilyT, useFamilyTranslation } from '../../i18n/address.ts';
import { familyErrorMessage } from '../components/errors.ts';
import { FileIcon, PaperclipIcon } from '../components/requestIcons.tsx';
import { formatFileSize } from '../format.ts';
import { type Conversation, sendFamilyAttachment, sendFamilyMessage } from '../requestApi.ts';
import {
  type AttachmentProblem,
  attachmentAccept,
  attachmentProblem,
  maxAttachmentBytes,
} from './attachments.ts';

const MESSAGE_MAX = 10_000;

function problemText(t: FamilyT, problem: AttachmentProblem, lang: TFamilyLanguage): string {
  switch (problem) {
    case 'tooBig':
      return t('attachments.tooBig', { max: formatFileSize(lang, maxAttachmentBytes) });
    case 'wrongType':
      return t('attachments.wrongType');
    case 'empty':
      return t('attachments.empty');
  }
}

/** The server's refusals of a file in the family's words (413 too big, 415 wrong type). */
function sendErrorText(t: FamilyT, error: unknown, lang: TFamilyLanguage): string {
  if (isApiError(error, 413)) return problemText(t, 'tooBig', lang);
  if (isApiError(error, 415)) return problemText(t, 'wrongType', lang);
  return familyErrorMessage(t, error, lang);
}

/** Text field, an optional file (checked here for size and type) and the send button. */
export function MessageComposer(props: {
  lang: TFamilyLanguage;
  onSent: (conversation: Conversation) => void;
}) {
  const { t } = useFamilyTranslation();
  const { lang } = props;
  const queryClient = useQueryClient();
  const ids = { text: useId(), file: useId(), fileHint: useId() };
  const fileInput = useRef<HTMLInputElement>(null);
  const [text, setText] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [problem, setProblem] = useState<AttachmentProblem | null>(null);
  const send = useMutation({
    mutationFn: (input: { text: string; file: File | null }) =>
      input.file ? sendFamilyAttachment(input.file, input.text) : sendFamilyMessage(input.text),
    onSuccess: (updated) => {
      props.onSent(updated);
      setText('');
      clearFile();
    },
    onError: () => queryClient.invalidateQueries({ queryKey: ['family', 'conversation'] }),
  });

  function clearFile() {
    setFile(null);
    if (fileInput.current) fileInput.current.value = '';
  }

  function pick(chosen: File | undefined) {
    send.reset();
    if (!chosen) return;
    const found = attachmentProblem(chosen);
    setProblem(found);
    if (found) clearFile();
    else setFile(chosen);
  }

  function remove() {
    clearFile();
    setProblem(null);
    fileInput.current?.focus();
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    const body = text.trim();
    if (body || file) send.mutate({ text: body, file });
  }

  return (
    <form className="fam-form" onSubmit={submit} noValidate>
      <label htmlFor={ids.text} className="fam-label">
        {t('request.messageLabel')}
      </label>
      <textarea
        id={ids.text}
        className="textarea fam-textarea"
        rows={4}
        maxLength={MESSAGE_MAX}
        value={text}
        onChange={(e) => setText(e.target.value)}
        dir="auto"
      />
      <div className="fam-attach">
        <input
          ref={fileInput}
          id={ids.file}
          type="file"
          className="visually-hidden fam-attach-input"
          accept={attachmentAccept}
          aria-describedby={ids.fileHint}
          onChange={(e) => pick(e.target.files?.[0])}
        />
        <label htmlFor={ids.file} className="fam-btn fam-btn-secondary fam-attach-button">
          <PaperclipIcon />
          <span>{t('attachments.add')}</span>
        </label>
        <p id={ids.fileHint} className="fam-hint">
          {t('attachments.hint', { max: formatFileSize(lang, maxAttachmentBytes) })}
        </p>
      </div>
      {file ? (
        <div className="fam-attached">
          <FileIcon />
          <p className="fam-attached-text">
            <span className="visually-hidden">{t('attachments.chosen')} </span>
            <bdi className="fam-attachment-name">{file.name}</bdi>
            <span className="fam-attachment-size">{formatFileSize(lang, file.size)}</span>
          </p>
          <button type="button" className="fam-btn fam-btn-quiet fam-attached-remove" onClick={remove}>
            {t('attachments.remove')}
          </button>
        </div>
      ) : null}
      <div aria-live="polite">
        {problem ? <p className="fam-notice fam-notice-danger">{problemText(t, problem, lang)}</p> : null}
        {send.isError ? (
          <p className="fam-notice fam-notice-danger">{sendErrorText(t, send.error, lang)}</p>
        ) : null}
      </div>
      <button
        type="submit"
        className="fam-btn fam-btn-primary"
        disabled={send.isPending || (!text.trim() && !file)}
        aria-busy={send.isPending}
      >
        {t('request.messageSend')}
      </button>
    </form>
  );
}
