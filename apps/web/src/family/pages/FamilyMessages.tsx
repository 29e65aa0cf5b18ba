import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../i18n/i18n.ts';
import { languageInfo } from '../../i18n/languages.ts';
import { familyErrorMessage } from '../components/errors.ts';
import { fetchFamilyConversation, sendFamilyMessage } from '../requestApi.ts';

const MESSAGE_MAX = 10_000;

/** Messages between the family and the caseworker, and a form to write back. */
export function FamilyMessages() {
  const { t, i18n } = useTranslation();
  const lang = currentLanguage(i18n);
  const queryClient = useQueryClient();
  const inputId = useId();
  const [text, setText] = useState('');
  const conversation = useQuery({
    queryKey: ['family', 'conversation'],
    queryFn: ({ signal }) => fetchFamilyConversation(signal),
    retry: false,
    refetchInterval: 60_000,
  });
  const send = useMutation({
    mutationFn: sendFamilyMessage,
    onSuccess: (updated) => {
      queryClient.setQueryData(['family', 'conversation'], updated);
      setText('');
    },
  });
  const time = new Intl.DateTimeFormat(languageInfo(lang).htmlLang, {
    dateStyle: 'short',
    timeStyle: 'short',
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    if (text.trim()) send.mutate(text.trim());
  }

  if (conversation.isPending) return <p className="fam-muted">{t('common.loading')}</p>;
  if (conversation.isError) {
    return <p className="fam-notice fam-notice-danger">{familyErrorMessage(t, conversation.error, lang)}</p>;
  }
  const { messages, status } = conversation.data;
  return (
    <div className="fam-stack">
      {messages.length === 0 ? <p className="fam-muted">{t('request.messagesEmpty')}</p> : null}
      <ol className="fam-messages">
        {messages.map((m) => (
          <li key={m.id} className={m.from === 'family' ? 'fam-message fam-message-own' : 'fam-message'}>
            <p className="fam-message-meta">
              <strong>
                {m.from === 'family' ? t('request.fromYou') : (m.author ?? t('request.fromOffice'))}
              </strong>
              {' · '}
              <time dateTime={m.createdAt}>{time.format(new Date(m.createdAt))}</time>
            </p>
            <p className="fam-message-body">{m.body}</p>
          </li>
        ))}
      </ol>
      {status === 'closed' ? (
        <p className="fam-notice">{t('request.messagesClosed')}</p>
      ) : (
        <form className="fam-form" onSubmit={submit} noValidate>
          <label htmlFor={inputId} className="fam-label">
            {t('request.messageLabel')}
          </label>
          <textarea
            id={inputId}
            className="textarea fam-textarea"
            rows={4}
            maxLength={MESSAGE_MAX}
            value={text}
            onChange={(e) => setText(e.target.value)}
          />
          <div aria-live="polite">
            {send.isError ? (
              <p className="fam-notice fam-notice-danger">{familyErrorMessage(t, send.error, lang)}</p>
            ) : null}
          </div>
          <button
            type="submit"
            className="fam-btn fam-btn-primary"
            disabled={send.isPending || !text.trim()}
            aria-busy={send.isPending}
          >
            {t('request.messageSend')}
          </button>
        </form>
      )}
    </div>
  );
}
