import {
  meetingLimits,
  type TMeetingPeer,
  type TMeetingServerEvent,
  ZMeetingClientData,
} from '@lotse/shared';
import type { AppContext } from '../../platform/context.js';
import type { Envelope } from '../../platform/realtime/bus.js';
import type { ChannelModule, Connection, RealtimeHub, Who } from '../../platform/realtime/hub.js';
import { inWhoScope } from '../../platform/scope.js';
import { canOnMeeting, displayNameOf, loadMeetingFor, participantRole } from './policy.js';

const PREFIX = 'meeting:';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

interface PeerState {
  peer: TMeetingPeer;
}
/** Internal event: staff admitted this connection (turned into `admitted` for its owner). */
interface AdmitEvent {
  type: 'admit';
}
type RoomEvent = TMeetingServerEvent | AdmitEvent;

/**
 * The video room of a meeting on the realtime socket: a lobby (families and guests wait until
 * staff admit them; staff enter directly), a roster, and WebRTC signalling relayed only between
 * admitted peers and only to the addressed one. Built-in video is a mesh of at most four.
 *
 * Admission lives with the connection on the instance that holds it, so it holds across instances;
 * the roster used for the size limit is what this instance has seen (exact on one instance).
 */
export function meetingRoom(ctx: AppContext, hub: RealtimeHub): ChannelModule {
  const rosters = new Map<string, Map<string, TMeetingPeer>>();
  const stateOf = (conn: Connection, channel: string) => conn.state.get(channel) as PeerState | undefined;
  const publish = (channel: string, event: RoomEvent, to?: string) => {
    void hub.publish(channel, event, to ? { to } : {});
  };
  const admittedCount = (channel: string) =>
    [...(rosters.get(channel)?.values() ?? [])].filter((p) => p.admitted).length;
  const meetingIdOf = (channel: string) => channel.slice(PREFIX.length);

  async function audit(who: Who, channel: string, action: 'meeting.join' | 'meeting.admit', details = {}) {
    await inWhoScope(ctx, who, null, (scope) =>
      scope.audit({
        action,
        resourceType: 'meeting',
        resourceId: meetingIdOf(channel),
        details: who.kind === 'guest' ? { ...details, guestId: who.guestId } : details,
      }),
    );
  }

  function send(conn: Connection, channel: string, event: TMeetingServerEvent) {
    conn.send({ type: 'event', channel, event });
  }

  return {
    prefix: PREFIX,

    async canSubscribe(who, channel) {
      const id = meetingIdOf(channel);
      if (!UUID.test(id)) return false;
      const meeting = await inWhoScope(ctx, who, null, ({ tx }) => loadMeetingFor(tx, who, id));
      if (!meeting) return false;
      if (who.kind === 'staff' && admittedCount(channel) >= meetingLimits.participantsMax) return false;
      await audit(who, channel, 'meeting.join');
      return true;
    },

    onSubscribe(conn, channel) {
      const peer: TMeetingPeer = {
        id: conn.id,
        role: participantRole(conn.who),
        name: displayNameOf(conn.who),
        admitted: conn.who.kind === 'staff',
      };
      conn.state.set(channel, { peer } satisfies PeerState);
      send(conn, channel, { type: 'self', peer });
      publish(channel, { type: 'peer-joined', peer });
    },

    onUnsubscribe(conn, channel) {
      publish(channel, { type: 'peer-left', peerId: conn.id });
    },

    async onMessage(conn, channel, data) {
      const me = stateOf(conn, channel);
      const parsed = ZMeetingClientData.safeParse(data);
      if (!me || !parsed.success) {
        send(conn, channel, { type: 'error', code: 'bad_message', message: 'Unverständliche Nachricht.' });
        return;
      }
      const msg = parsed.data;
      switch (msg.type) {
        case 'announce':
          publish(channel, { type: 'peer', peer: me.peer }, msg.to);
          return;
        case 'admit': {
          if (!me.peer.admitted || conn.who.kind !== 'staff') {
            send(conn, channel, {
              type: 'error',
              code: 'forbidden',
              message: 'Nur Fachkräfte können einlassen.',
            });
            return;
          }
          const meeting = await inWhoScope(ctx, conn.who, null, ({ tx }) =>
            loadMeetingFor(tx, conn.who, meetingIdOf(channel)),
          );
          if (!meeting || !canOnMeeting(conn.who, 'host', meeting)) return;
          if (admittedCount(channel) >= meetingLimits.participantsMax) {
            send(conn, channel, {
              type: 'error',
              code: 'full',
              message: `Im Videoraum sind höchstens ${meetingLimits.participantsMax} Personen möglich.`,
            });
            return;
          }
          await audit(conn.who, channel, 'meeting.admit', { peer: msg.peer });
          publish(channel, { type: 'admit' }, msg.peer);
          return;
        }
        case 'signal':
          if (!me.peer.admitted) return;
          publish(channel, { type: 'signal', from: conn.id, payload: msg.payload }, msg.to);
          return;
      }
    },

    observe(envelope: Envelope) {
      const event = envelope.event as RoomEvent;
      let roster = rosters.get(envelope.channel);
      if (event.type === 'peer-joined' || event.type === 'peer') {
        if (!roster) {
          roster = new Map();
          rosters.set(envelope.channel, roster);
        }
        roster.set(event.peer.id, event.peer);
      } else if (event.type === 'peer-left') {
        roster?.delete(event.peerId);
        if (roster?.size === 0) rosters.delete(envelope.channel);
      }
    },

    deliver(conn, channel, raw) {
      const me = stateOf(conn, channel);
      const event = raw as RoomEvent;
      if (!me) return null;
      switch (event.type) {
        case 'admit':
          if (me.peer.admitted) return null;
          me.peer = { ...me.peer, admitted: true };
          // Tell everyone (on every instance) that this peer is in the room now.
          publish(channel, { type: 'peer', peer: me.peer });
          return { type: 'admitted' } satisfies TMeetingServerEvent;
        case 'signal':
          // Media only flows between people in the room: nothing reaches the lobby.
          return me.peer.admitted ? event : null;
        case 'peer-joined':
        case 'peer':
          return event.peer.id === conn.id ? null : event;
        case 'peer-left':
          return event.peerId === conn.id ? null : event;
        default:
          return null;
      }
    },
  };
}
