import type { TMeetingPeer, TMeetingRoom } from '@lotse/shared';
import { useEffect, useRef, useState } from 'react';
import { Alert, Button, Spinner } from '../ui/index.ts';
import { fetchIceConfig } from './api.ts';
import { type RoomSnapshot, VideoRoom } from './room.ts';
import { useVideoTexts, type VideoTexts } from './videoTexts.tsx';

/** The server names every family "Familie"; readers see the role in their own language instead. */
const peerName = (t: VideoTexts['t'], peer: TMeetingPeer) =>
  peer.role === 'family' ? t('roles.family') : peer.name;

/** "Anna Becker (Fachkraft)"; a family is just "Familie". The name is isolated for right-to-left pages. */
function PeerLabel(props: { peer: TMeetingPeer }) {
  const { t } = useVideoTexts();
  const { peer } = props;
  if (peer.role === 'family') return <>{t('roles.family')}</>;
  return (
    <>
      <bdi>{peer.name}</bdi> ({t(`roles.${peer.role}`)})
    </>
  );
}

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

/**
 * Camera and microphone for the preview and the call; null when the browser refused. `decided`
 * settles once the browser answered (the stream, or null): joining waits for it, or a quick click
 * would join without camera and the others would see nothing.
 */
function useLocalMedia() {
  const [stream, setStream] = useState<MediaStream | null>(null);
  const [denied, setDenied] = useState(false);
  const decision = useRef<{
    decided: Promise<MediaStream | null>;
    settle: (s: MediaStream | null) => void;
  } | null>(null);
  if (!decision.current) {
    let settle: (s: MediaStream | null) => void = () => undefined;
    const decided = new Promise<MediaStream | null>((resolve) => {
      settle = resolve;
    });
    decision.current = { decided, settle };
  }
  const { settle } = decision.current;
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
        settle(media);
      })
      .catch(() => {
        if (cancelled) return;
        setDenied(true);
        settle(null);
      });
    if (!navigator.mediaDevices) {
      setDenied(true);
      settle(null);
    }
    return () => {
      cancelled = true;
      for (const t of current?.getTracks() ?? []) t.stop();
    };
  }, [settle]);
  return { stream, denied, decided: decision.current.decided };
}

const ANNOUNCED_STATES: ReadonlySet<RTCPeerConnectionState> = new Set([
  'connected',
  'disconnected',
  'failed',
]);

/**
 * The latest connection change worth telling a screen reader (connected, interrupted, failed): the
 * captions show every state, but they are not a live region. Gone once it is no longer true (the
 * peer left or the state moved on), so nothing stale stays in the live region.
 */
function useConnectionNews(snapshot: RoomSnapshot | null) {
  const [news, setNews] = useState<{ peer: TMeetingPeer; state: RTCPeerConnectionState } | null>(null);
  const seen = useRef<Record<string, RTCPeerConnectionState>>({});
  useEffect(() => {
    if (!snapshot) return;
    for (const peer of snapshot.peers) {
      const state = snapshot.connection[peer.id];
      if (state && state !== seen.current[peer.id] && ANNOUNCED_STATES.has(state)) setNews({ peer, state });
    }
    seen.current = snapshot.connection;
  }, [snapshot]);
  const current = news && snapshot?.peers.some((p) => p.id === news.peer.id && p.admitted);
  return current && snapshot?.connection[news.peer.id] === news.state ? news : null;
}

/**
 * Moves focus when the button that had it disappears: to the first call control after joining,
 * back to the join button after leaving or an error.
 */
function useFocusOnPhaseChange(active: boolean) {
  const controls = useRef<HTMLDivElement>(null);
  const prejoin = useRef<HTMLDivElement>(null);
  const wasActive = useRef(active);
  useEffect(() => {
    if (active === wasActive.current) return;
    wasActive.current = active;
    const target = active ? controls.current : prejoin.current;
    target?.querySelector<HTMLButtonElement>('button:not(:disabled)')?.focus();
  }, [active]);
  return { controls, prejoin };
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

/** Preview, lobby and call of the built-in video (WebRTC mesh); staff also see the waiting room. */
export function Room(props: { info: TMeetingRoom }) {
  const { info } = props;
  const { t } = useVideoTexts();
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
      const [ice, local] = await Promise.all([
        fetchIceConfig(info.id).catch(() => ({ iceServers: [] })),
        media.decided,
      ]);
      const room = new VideoRoom(info.id, local, ice.iceServers, setSnapshot);
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
    for (const track of media.stream?.getTracks() ?? []) if (track.kind === kind) track.enabled = next;
    if (kind === 'audio') setMicOn(next);
    else setCamOn(next);
  }

  const phase = snapshot?.phase;
  const active = phase === 'connecting' || phase === 'lobby' || phase === 'in-room';
  const others = snapshot?.peers ?? [];
  const admitted = others.filter((p) => p.admitted);
  const waiting = others.filter((p) => !p.admitted);
  const isStaff = info.role === 'staff';
  const news = useConnectionNews(snapshot);
  const focus = useFocusOnPhaseChange(active);

  return (
    <>
      <div className="video-status" aria-live="polite">
        {phase === 'connecting' ? <Spinner label={t('joining')} /> : null}
        {phase === 'lobby' ? <Alert tone="info">{t('lobby')}</Alert> : null}
        {phase === 'in-room' ? <p className="video-status-text">{t('inRoom')}</p> : null}
        {phase === 'left' ? <p className="video-status-text">{t('left')}</p> : null}
        {phase === 'error' ? (
          <Alert tone="danger">
            {snapshot?.error === 'forbidden'
              ? t('forbidden')
              : snapshot?.error === 'full'
                ? t('full')
                : t('socketLost')}
          </Alert>
        ) : null}
        {phase === 'in-room' && news ? (
          <p className="visually-hidden">
            {t('peerConnection', {
              name: peerName(t, news.peer),
              state: t(`connection.${news.state}`),
            })}
          </p>
        ) : null}
      </div>

      <div className={active ? 'video-stage' : 'video-stage video-stage-prejoin'}>
        <div className="video-grid">
          <figure className="video-tile">
            <StreamVideo stream={media.stream} label={t('previewLabel')} muted mirrored />
            <figcaption>{active ? t('you') : t('previewHeading')}</figcaption>
          </figure>
          {phase === 'in-room'
            ? admitted.map((peer) => (
                <figure key={peer.id} className="video-tile" data-peer-id={peer.id}>
                  <StreamVideo
                    stream={snapshot?.streams[peer.id] ?? null}
                    label={t('videoOf', { name: peerName(t, peer) })}
                  />
                  <figcaption>
                    <PeerLabel peer={peer} /> –{' '}
                    <span className="video-conn">
                      {t(`connection.${snapshot?.connection[peer.id] ?? 'new'}`)}
                    </span>
                  </figcaption>
                </figure>
              ))
            : null}
        </div>

        {!active ? (
          <div className="video-prejoin" ref={focus.prejoin}>
            <p>{t('previewHint')}</p>
            {media.denied ? <Alert tone="warning">{t('mediaDenied')}</Alert> : null}
            <Button onClick={join} busy={joining}>
              {phase === 'left' || phase === 'error' ? t('rejoin') : t('join')}
            </Button>
          </div>
        ) : (
          <div className="video-controls" ref={focus.controls}>
            <ToggleButton
              on={micOn}
              onLabel={t('micOn')}
              offLabel={t('micOff')}
              onToggle={() => toggle('audio')}
              disabled={!media.stream}
            />
            <ToggleButton
              on={camOn}
              onLabel={t('camOn')}
              offLabel={t('camOff')}
              onToggle={() => toggle('video')}
              disabled={!media.stream}
            />
            <Button variant="danger" onClick={leave}>
              {t('leave')}
            </Button>
          </div>
        )}
      </div>

      {isStaff && phase === 'in-room' ? (
        <section className="video-waiting" aria-labelledby="video-waiting-heading">
          <h2 id="video-waiting-heading">{t('waitingHeading')}</h2>
          {waiting.length === 0 ? (
            <p>{t('waitingEmpty')}</p>
          ) : (
            <ul>
              {waiting.map((peer) => (
                <li key={peer.id}>
                  <span>
                    <PeerLabel peer={peer} />
                  </span>
                  <Button
                    size="sm"
                    aria-label={t('admitLabel', { name: peerName(t, peer) })}
                    onClick={() => roomRef.current?.admit(peer.id)}
                  >
                    {t('admit')}
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
