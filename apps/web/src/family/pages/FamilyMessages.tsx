import type { TFamilyLanguage } from '@lotse/shared';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useFamilyTranslation } from '../../i18n/address.ts';
import { familyErrorMessage } from '../components/errors.ts';
import { OfficeHoursNotice } from '../components/OfficeHoursNotice.tsx';
import { familyMeetingsKey } from '../meetings/keys.ts';
import { MessageComposer } from '../messages/MessageComposer.tsx';
import { MessageList } from '../messages/MessageList.tsx';
import { fetchFamilyConversation } from '../requestApi.ts';
import { useLiveConversation } from '../useLiveConversation.ts';

const conversationKey = ['family', 'conversation'] as const;
/** Only while the live socket is down: a slow look for new messages. */
const FALLBACK_POLL_MS = 5 * 60_000;

/**
 * Messages between the family and the caseworker, live over the realtime socket (a change event
 * makes it refetch over HTTP), with office hours and emergency numbers above the form to write back.
 */
export function FamilyMessages(props: { intakeRequestId: string; lang: TFamilyLanguage }) {
  const { t } = useFamilyTranslation();
  const { lang } = props;
  const queryClient = useQueryClient();
  const refresh = useCallback(() => {
    void queryClient.invalidateQueries({ queryKey: conversationKey });
    void queryClient.invalidateQueries({ queryKey: familyMeetingsKey });
  }, [queryClient]);
  const live = useLiveConversation(props.intakeRequestId, refresh);
  const conversation = useQuery({
    queryKey: conversationKey,
    queryFn: ({ signal }) => fetchFamilyConversation(signal),
    retry: false,
    refetchInterval: live === 'live' ? false : FALLBACK_POLL_MS,
  });

  if (conversation.isPending) return <p className="fam-muted">{t('common.loading')}</p>;
  if (conversation.isError) {
    return <p className="fam-notice fam-notice-danger">{familyErrorMessage(t, conversation.error, lang)}</p>;
  }
  const { messages, status, availability } = conversation.data;
  return (
    // data-live: whether new messages arrive by themselves (for support and the browser tests).
    <div className="fam-stack" data-live={live}>
      {messages.length === 0 ? <p className="fam-muted">{t('request.messagesEmpty')}</p> : null}
      <MessageList messages={messages} lang={lang} />
      {status === 'closed' ? (
        <p className="fam-notice">{t('request.messagesClosed')}</p>
      ) : (
        <>
          <OfficeHoursNotice availability={availability} lang={lang} />
          <MessageComposer
            lang={lang}
            onSent={(updated) => queryClient.setQueryData(conversationKey, updated)}
          />
        </>
      )}
    </div>
  );
}
