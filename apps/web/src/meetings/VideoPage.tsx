import type { TMeetingPeer, TMeetingRoom } from '@lotse/shared';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { isApiError } from '../api/client.ts';
import { Alert, Button, LinkButton, Spinner } from '../ui/index.ts';
import { fetchIceConfig, fetchMeetingRoom, redeemGuestToken } from './api.ts';
import { type RoomSnapshot, VideoRoom } from './room.ts';
import { videoStrings as s } from './strings.ts';
import './video.css';

const whenFormat = new Intl.DateTimeFormat('de-DE', { dateStyle: 'full', timeStyle: 'short' });

/** "Anna Becker (Fachkraft)"; a family is just "Familie". */
const nameWithRole = (peer: TMeetingPeer) => {
  const role = s.roles[peer.role];
  return role && role !== peer.name ? `${peer.name} (${role})` : peer.name;
};

/** A <video> bound to a MediaStream (srcObject cannot be set through an attribute). */
function StreamVideo(props: {
  stream: MediaStream | null;
  label: string;
  muted?: boolean;
  mirrored?: boolean;
}) {
  const ref = useRef<HTMLVideoElement>(null);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    el.muted = props.muted ?? false;
    el.srcObject = props.stream;
  }, [props.stream, props.muted]);
  return (
    <video
      ref={ref}
      className={props.mirrored ? 'video-el video-el-mirrored' : 'video-el'}
      autoPlay
      playsInline
      muted={props.muted}
      aria-label={props.label}
    />
  );
}

/** Redeems `?guest=<token>` once and removes it from the address (and the history). */
function useGuestToken(meetingId: string) {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const token = params.get('guest');
  const [state, setState] = useState<'none' | 'pending' | 'done' | 'invalid'>(token ? 'pending' : 'none');
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

/** Camera and microphone for the preview and the call; null when the browser refused. */
function useLocalMedia() {
  const [stream, setStream] = useState<MediaStream | null>(null);
  const [denied, setDenied] = useState(false);
  useEffect(() => {
    let current: MediaStream | null = null;
    let cancelled = false;
    navigator.mediaDevices
      ?.getUserMedia({ audio: true, video: { width: { ideal: 1280 }, height: { ideal: 720 } } })
      .then((media) => {
        if (cancelled) {
          for (const t of media.getTracks()) t.stop();
          return;
        }
        current = media;
        setStream(media);
      })
      .catch(() => !cancelled && setDenied(true));
    if (!navigator.mediaDevices) setDenied(true);
    return () => {
      cancelled = true;
      for (const t of current?.getTracks() ?? []) t.stop();
    };
  }, []);
  return { stream, denied };
}

function ToggleButton(props: {
  on: boolean;
  onLabel: string;
  offLabel: string;
  onToggle: () => void;
  disabled: boolean;
}) {
  return (
    <Button
      variant={props.on ? 'secondary' : 'danger'}
      aria-pressed={!props.on}
      disabled={props.disabled}
      onClick={props.onToggle}
    >
      {props.on ? props.offLabel : props.onLabel}
    </Button>
  );
}

function Room(props: { info: TMeetingRoom }) {
  const { info } = props;
  const media = useLocalMedia();
  const [snapshot, setSnapshot] = useState<RoomSnapshot | null>(null);
  const [joining, setJoining] = useState(false);
  const [micOn, setMicOn] = useState(true);
  const [camOn, setCamOn] = useState(true);
  const roomRef = useRef<VideoRoom | null>(null);

  useEffect(() => () => roomRef.current?.leave(), []);

  async function join() {
    setJoining(true);
    try {
      const ice = await fetchIceConfig(info.id).catch(() => ({ iceServers: [] }));
      const room = new VideoRoom(info.id, media.stream, ice.iceServers, setSnapshot);
      roomRef.current = room;
      room.start();
    } finally {
      setJoining(false);
    }
  }
  function leave() {
    roomRef.current?.leave();
    roomRef.current = null;
  }
  function toggle(kind: 'audio' | 'video') {
    const next = kind === 'audio' ? !micOn : !camOn;
    for (const t of media.stream?.getTracks() ?? []) if (t.kind === kind) t.enabled = next;
    if (kind === 'audio') setMicOn(next);
    else setCamOn(next);
  }

  const phase = snapshot?.phase;
  const active = phase === 'connecting' || phase === 'lobby' || phase === 'in-room';
  const others = snapshot?.peers ?? [];
  const admitted = others.filter((p) => p.admitted);
  const waiting = others.filter((p) => !p.admitted);
  const isStaff = info.role === 'staff';

  return (
    <>
      <div className="video-status" aria-live="polite">
        {phase === 'connecting' ? <Spinner label={s.joining} /> : null}
        {phase === 'lobby' ? <Alert tone="info">{s.lobby}</Alert> : null}
        {phase === 'in-room' ? <p className="video-status-text">{s.inRoom}</p> : null}
        {phase === 'left' ? <p className="video-status-text">{s.left}</p> : null}
        {phase === 'error' ? (
          <Alert tone="danger">
            {snapshot?.error === 'forbidden'
              ? s.forbidden
              : snapshot?.error === 'full'
                ? s.full
                : s.socketLost}
          </Alert>
        ) : null}
      </div>

      <div className="video-grid">
        <figure className="video-tile">
          <StreamVideo stream={media.stream} label={s.previewLabel} muted mirrored />
          <figcaption>{active ? s.you : s.previewHeading}</figcaption>
        </figure>
        {phase === 'in-room'
          ? admitted.map((peer) => (
              <figure key={peer.id} className="video-tile" data-peer-id={peer.id}>
                <StreamVideo stream={snapshot?.streams[peer.id] ?? null} label={s.videoOf(peer.name)} />
                <figcaption>
                  {nameWithRole(peer)} –{' '}
                  <span className="video-conn">{s.connection[snapshot?.connection[peer.id] ?? 'new']}</span>
                </figcaption>
              </figure>
            ))
          : null}
      </div>

      {!active ? (
        <div className="video-prejoin">
          <p>{s.previewHint}</p>
          {media.denied ? <Alert tone="warning">{s.mediaDenied}</Alert> : null}
          <Button onClick={join} busy={joining}>
            {phase === 'left' || phase === 'error' ? s.rejoin : s.join}
          </Button>
        </div>
      ) : (
        <div className="video-controls">
          <ToggleButton
            on={micOn}
            onLabel={s.micOn}
            offLabel={s.micOff}
            onToggle={() => toggle('audio')}
            disabled={!media.stream}
          />
          <ToggleButton
            on={camOn}
            onLabel={s.camOn}
            offLabel={s.camOff}
            onToggle={() => toggle('video')}
            disabled={!media.stream}
          />
          <Button variant="danger" onClick={leave}>
            {s.leave}
          </Button>
        </div>
      )}

      {isStaff && phase === 'in-room' ? (
        <section className="video-waiting" aria-labelledby="video-waiting-heading">
          <h2 id="video-waiting-heading">{s.waitingHeading}</h2>
          {waiting.length === 0 ? (
            <p>{s.waitingEmpty}</p>
          ) : (
            <ul>
              {waiting.map((peer: TMeetingPeer) => (
                <li key={peer.id}>
                  <span>{nameWithRole(peer)}</span>
                  <Button
                    size="sm"
                    aria-label={s.admitLabel(peer.name)}
                    onClick={() => roomRef.current?.admit(peer.id)}
                  >
                    {s.admit}
                  </Button>
                </li>
              ))}
            </ul>
          )}
        </section>
      ) : null}
    </>
  );
}

/** The video page for staff, families and guests: `/video/:meetingId` (guests add `?guest=<token>`). */
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

  let body: React.ReactNode;
  if (guest === 'pending' || room.isPending) {
    body = <Spinner label={s.loading} />;
  } else if (room.isError) {
    body = isApiError(room.error, 401) ? (
      <>
        {guest === 'invalid' ? <Alert tone="danger">{s.guestLinkInvalid}</Alert> : null}
        <p>{s.notSignedIn}</p>
        <p className="video-links">
          <Link to="/zurueck">{s.familyLogin}</Link>
          <Link to="/fachkraft/login">{s.staffLogin}</Link>
        </p>
      </>
    ) : (
      <Alert tone="danger">{s.notFound}</Alert>
    );
  } else {
    const info = room.data;
    body = (
      <>
        <p className="video-meta">
          {info.title}
          {info.startsAt ? ` · ${s.startsAt(whenFormat.format(new Date(info.startsAt)))}` : ''}
        </p>
        {info.externalUrl ? (
          <>
            <p>{s.externalIntro}</p>
            <LinkButton href={info.externalUrl} rel="noopener noreferrer">
              {s.externalOpen}
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
      <title>{s.pageTitle}</title>
      <h1>{s.heading}</h1>
      {body}
    </main>
  );
}
