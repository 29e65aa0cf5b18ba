import type {
  TMeetingPeer,
  TMeetingServerEvent,
  TRealtimeServerMessage,
  TSignalPayload,
} from '@lotse/shared';

export type RoomPhase = 'connecting' | 'lobby' | 'in-room' | 'left' | 'error';
export type RoomError = 'socket' | 'forbidden' | 'full';

export interface RoomSnapshot {
  phase: RoomPhase;
  error: RoomError | null;
  self: TMeetingPeer | null;
  /** Everyone else on the channel (in the room and in the lobby). */
  peers: TMeetingPeer[];
  streams: Record<string, MediaStream>;
  connection: Record<string, RTCPeerConnectionState>;
}

interface PeerLink {
  pc: RTCPeerConnection;
  pendingIce: RTCIceCandidateInit[];
}

/**
 * One participant's side of a meeting: the realtime socket (channel `meeting:<id>`), the lobby,
 * and a WebRTC mesh with every other admitted peer. Of two peers, the one with the smaller id
 * makes the offer, so both never offer at once.
 */
export class VideoRoom {
  private ws: WebSocket | null = null;
  private readonly channel: string;
  private readonly links = new Map<string, PeerLink>();
  private readonly peers = new Map<string, TMeetingPeer>();
  private self: TMeetingPeer | null = null;
  private phase: RoomPhase = 'connecting';
  private error: RoomError | null = null;
  private readonly streams: Record<string, MediaStream> = {};
  private readonly connection: Record<string, RTCPeerConnectionState> = {};
  private keepAlive: ReturnType<typeof setInterval> | null = null;

  constructor(
    meetingId: string,
    private readonly local: MediaStream | null,
    private readonly iceServers: RTCIceServer[],
    private readonly onChange: (snapshot: RoomSnapshot) => void,
  ) {
    this.channel = `meeting:${meetingId}`;
  }

  start(): void {
    const scheme = window.location.protocol === 'https:' ? 'wss' : 'ws';
    const ws = new WebSocket(`${scheme}://${window.location.host}/api/realtime`);
    this.ws = ws;
    ws.addEventListener('open', () => ws.send(JSON.stringify({ type: 'subscribe', channel: this.channel })));
    ws.addEventListener('message', (e) =>
      this.onMessage(JSON.parse(String(e.data)) as TRealtimeServerMessage),
    );
    ws.addEventListener('close', () => {
      if (this.phase !== 'left') this.fail('socket');
    });
    this.keepAlive = setInterval(() => this.send({ type: 'ping' }), 20_000);
    this.emit();
  }

  admit(peerId: string): void {
    this.sendData({ type: 'admit', peer: peerId });
  }

  leave(): void {
    this.phase = 'left';
    this.shutdown();
    this.emit();
  }

  private shutdown() {
    if (this.keepAlive) clearInterval(this.keepAlive);
    for (const id of [...this.links.keys()]) this.dropLink(id);
    this.ws?.close(1000);
    this.ws = null;
  }

  private fail(error: RoomError) {
    this.error = error;
    this.phase = 'error';
    this.shutdown();
    this.emit();
  }

  private send(message: unknown) {
    if (this.ws?.readyState === WebSocket.OPEN) this.ws.send(JSON.stringify(message));
  }

  private sendData(data: unknown) {
    this.send({ type: 'message', channel: this.channel, data });
  }

  private signal(to: string, payload: TSignalPayload) {
    this.sendData({ type: 'signal', to, payload });
  }

  private onMessage(message: TRealtimeServerMessage) {
    if (message.type === 'error') {
      if (message.channel === this.channel && message.code === 'forbidden') this.fail('forbidden');
      return;
    }
    if (message.type !== 'event' || message.channel !== this.channel) return;
    const event = message.event as TMeetingServerEvent;
    switch (event.type) {
      case 'self':
        this.self = event.peer;
        this.phase = event.peer.admitted ? 'in-room' : 'lobby';
        break;
      case 'peer-joined':
        this.peers.set(event.peer.id, event.peer);
        this.sendData({ type: 'announce', to: event.peer.id });
        break;
      case 'peer':
        this.peers.set(event.peer.id, event.peer);
        break;
      case 'peer-left':
        this.peers.delete(event.peerId);
        this.dropLink(event.peerId);
        break;
      case 'admitted':
        if (this.self) this.self = { ...this.self, admitted: true };
        this.phase = 'in-room';
        break;
      case 'signal':
        void this.onSignal(event.from, event.payload);
        break;
      case 'error':
        if (event.code === 'full') this.error = 'full';
        break;
    }
    this.connectToAdmittedPeers();
    this.emit();
  }

  /** Offers to every admitted peer with a larger id that has no connection yet. */
  private connectToAdmittedPeers() {
    const self = this.self;
    if (!self?.admitted) return;
    for (const peer of this.peers.values()) {
      if (peer.admitted && !this.links.has(peer.id) && self.id < peer.id) void this.offer(peer.id);
    }
  }

  private link(peerId: string): PeerLink {
    const existing = this.links.get(peerId);
    if (existing) return existing;
    const pc = new RTCPeerConnection({ iceServers: this.iceServers });
    const link: PeerLink = { pc, pendingIce: [] };
    this.links.set(peerId, link);
    if (this.local && this.local.getTracks().length > 0) {
      for (const track of this.local.getTracks()) pc.addTrack(track, this.local);
    } else {
      pc.addTransceiver('audio', { direction: 'recvonly' });
      pc.addTransceiver('video', { direction: 'recvonly' });
    }
    pc.addEventListener('icecandidate', (e) => {
      if (e.candidate)
        this.signal(peerId, {
          kind: 'ice',
          candidate: { ...e.candidate.toJSON(), candidate: e.candidate.candidate },
        });
    });
    pc.addEventListener('track', (e) => {
      const stream = e.streams[0] ?? new MediaStream([e.track]);
      this.streams[peerId] = stream;
      this.emit();
    });
    pc.addEventListener('connectionstatechange', () => {
      this.connection[peerId] = pc.connectionState;
      this.emit();
    });
    this.connection[peerId] = pc.connectionState;
    return link;
  }

  private dropLink(peerId: string) {
    this.links.get(peerId)?.pc.close();
    this.links.delete(peerId);
    delete this.streams[peerId];
    delete this.connection[peerId];
  }

  private async offer(peerId: string) {
    const { pc } = this.link(peerId);
    await pc.setLocalDescription(await pc.createOffer());
    this.signal(peerId, { kind: 'offer', sdp: pc.localDescription?.sdp ?? '' });
  }

  private async onSignal(from: string, payload: TSignalPayload) {
    try {
      const link = this.link(from);
      const { pc } = link;
      switch (payload.kind) {
        case 'offer':
          await pc.setRemoteDescription({ type: 'offer', sdp: payload.sdp });
          await pc.setLocalDescription(await pc.createAnswer());
          this.signal(from, { kind: 'answer', sdp: pc.localDescription?.sdp ?? '' });
          await this.flushIce(link);
          break;
        case 'answer':
          await pc.setRemoteDescription({ type: 'answer', sdp: payload.sdp });
          await this.flushIce(link);
          break;
        case 'ice':
          if (pc.remoteDescription) await pc.addIceCandidate(payload.candidate);
          else link.pendingIce.push(payload.candidate);
          break;
      }
    } catch (error) {
      console.warn('Videoverbindung: Signal konnte nicht verarbeitet werden', error);
    }
  }

  private async flushIce(link: PeerLink) {
    const pending = link.pendingIce.splice(0);
    for (const candidate of pending) await link.pc.addIceCandidate(candidate);
  }

  private emit() {
    this.onChange({
      phase: this.phase,
      error: this.error,
      self: this.self,
      peers: [...this.peers.values()],
      streams: { ...this.streams },
      connection: { ...this.connection },
    });
  }
}
