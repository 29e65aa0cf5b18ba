import type { TMeetingRoom, TParticipantRole } from '@lotse/shared';
import { type UseQueryResult, useQuery } from '@tanstack/react-query';
import type { i18n } from 'i18next';
import { useEffect, useState } from 'react';
import { I18nextProvider } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { isApiError } from '../api/client.ts';
import { LanguageButton } from '../family/components/LanguageButton.tsx';
import { LoadFailed } from '../family/components/LoadFailed.tsx';
import { formatDateTime } from '../family/format.ts';
import { initFamilyI18n } from '../i18n/i18n.ts';
import { Alert, LinkButton, Spinner } from '../ui/index.ts';
import { fetchMeetingRoom, redeemGuestToken } from './api.ts';
import { Room } from './Room.tsx';
import { useVideoTexts, VideoTextsProvider } from './videoTexts.tsx';
import './video.css';

type GuestTokenState = 'none' | 'pending' | 'done' | 'invalid';

/** Redeems `?guest=<token>` once and removes it from the address (and the history). */
function useGuestToken(meetingId: string): GuestTokenState {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const token = params.get('guest');
  const [state, setState] = useState<GuestTokenState>(token ? 'pending' : 'none');
  useEffect(() => {
    if (!token) return;
    let cancelled = false;
    redeemGuestToken(meetingId, token)
      .then(() => !cancelled && setState('done'))
      .catch(() => !cancelled && setState('invalid'))
      .finally(() => navigate(`/video/${meetingId}`, { replace: true }));
    return () => {
      cancelled = true;
    };
  }, [meetingId, token, navigate]);
  return state;
}

/** The family app's texts (the stored or the browser's language), loaded once and shared with it. */
function useFamilyTexts() {
  const [instance, setInstance] = useState<i18n | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    initFamilyI18n().then(setInstance, (error: unknown) => {
      console.error('Sprachdateien konnten nicht geladen werden', error);
      setFailed(true);
    });
  }, []);
  return { instance, failed };
}

/**
 * The video page for staff, families and guests: `/video/:meetingId` (guests add `?guest=<token>`).
 * Families and guests read it in the family app's language and can switch; staff read German.
 */
export default function VideoPage() {
  const { meetingId = '' } = useParams();
  const guest = useGuestToken(meetingId);
  const room = useQuery({
    queryKey: ['meeting-room', meetingId],
    queryFn: ({ signal }) => fetchMeetingRoom(meetingId, signal),
    enabled: guest !== 'pending',
    retry: false,
    staleTime: Number.POSITIVE_INFINITY,
  });
  const texts = useFamilyTexts();

  if (texts.failed) return <LoadFailed />;
  // Nothing to say in any language yet; the language file follows in a moment.
  if (!texts.instance) return <main id="main" className="video-page" aria-busy="true" />;

  // Until the server says who this is, the page speaks the family app's language.
  const reader: TParticipantRole = room.data?.role ?? (guest === 'invalid' ? 'guest' : 'family');
  return (
    <I18nextProvider i18n={texts.instance}>
      <VideoTextsProvider reader={reader}>
        <VideoPageContent
          guest={guest}
          room={room}
          languageSwitch={reader !== 'staff' && guest !== 'pending' && !room.isPending}
        />
      </VideoTextsProvider>
    </I18nextProvider>
  );
}

function VideoPageContent(props: {
  guest: GuestTokenState;
  room: UseQueryResult<TMeetingRoom>;
  languageSwitch: boolean;
}) {
  const { guest, room } = props;
  const { t, lang } = useVideoTexts();

  let body: React.ReactNode;
  if (guest === 'pending' || room.isPending) {
    body = <Spinner label={t('loading')} />;
  } else if (room.isError) {
    body = isApiError(room.error, 401) ? (
      <>
        {guest === 'invalid' ? <Alert tone="danger">{t('guestLinkInvalid')}</Alert> : null}
        <p>{t('notSignedIn')}</p>
        <p className="video-links">
          <Link to="/zurueck">{t('familyLogin')}</Link>
          <Link to="/fachkraft/login">{t('staffLogin')}</Link>
        </p>
      </>
    ) : (
      <Alert tone="danger">{t('notFound')}</Alert>
    );
  } else {
    const info = room.data;
    body = (
      <>
        <p className="video-meta">
          <span className="video-meta-title">{info.title}</span>
          {info.startsAt ? (
            <span>{t('startsAt', { when: formatDateTime(lang, new Date(info.startsAt)) })}</span>
          ) : null}
        </p>
        {info.externalUrl ? (
          <>
            <p>{t('externalIntro')}</p>
            <LinkButton href={info.externalUrl} rel="noopener noreferrer">
              {t('externalOpen')}
            </LinkButton>
          </>
        ) : (
          <Room info={info} />
        )}
      </>
    );
  }

  return (
    <main id="main" className="video-page">
      <title>{t('pageTitle')}</title>
      <div className="video-head">
        <h1>{t('heading')}</h1>
        {props.languageSwitch ? <LanguageButton /> : null}
      </div>
      {body}
    </main>
  );
}
