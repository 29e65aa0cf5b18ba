// Meetings contract: appointments, video meetings and the realtime socket protocol.
import { z } from 'zod';

/** Appointments and video meetings (modules/meetings) and the realtime socket protocol. */

export const meetingLimits = {
  slotsMax: 10,
  durationMin: 5,
  durationMax: 480,
  titleMax: 200,
  guestLabelMax: 100,
  /** Built-in video is a mesh: every participant sends to every other one. */
  participantsMax: 4,
  /** Largest realtime message in bytes (SDP offers are a few KB). */
  realtimeMessageBytes: 64 * 1024,
} as const;

export const meetingAuditActions = [
  'meeting.propose', // staff proposed appointment slots to a family
  'meeting.list',
  'meeting.read', // the video page of a meeting was opened
  'meeting.choose', // the family picked a slot
  'meeting.guest_invite', // a one-time guest link (e.g. for an interpreter) was created
  'meeting.guest_join', // a guest link was redeemed
  'meeting.join', // someone entered the video room (staff directly, others from the lobby)
  'meeting.admit', // staff let someone in from the lobby
] as const;

export const ZMeetingStatus = z.enum(['proposed', 'scheduled', 'cancelled']);
export type TMeetingStatus = z.infer<typeof ZMeetingStatus>;

export const ZVideoProvider = z.enum(['builtin', 'jitsi', 'bbb']);
export type TVideoProvider = z.infer<typeof ZVideoProvider>;

/** A video call (built-in or an external provider) or a meeting at the team's office. */
export const ZMeetingKind = z.enum(['video', 'in_person']);
export type TMeetingKind = z.infer<typeof ZMeetingKind>;

export const ZProposeMeetingSchema = z.object({
  kind: ZMeetingKind.default('video'),
  title: z
    .string()
    .trim()
    .min(1, 'Bitte geben Sie einen Titel ein.')
    .max(meetingLimits.titleMax, `Höchstens ${meetingLimits.titleMax} Zeichen`),
  slots: z
    .array(z.iso.datetime({ offset: true, message: 'Bitte Datum und Uhrzeit angeben.' }))
    .min(1, 'Bitte schlagen Sie mindestens einen Termin vor.')
    .max(meetingLimits.slotsMax, `Höchstens ${meetingLimits.slotsMax} Terminvorschläge`),
  durationMinutes: z
    .number()
    .int()
    .min(meetingLimits.durationMin, `Mindestens ${meetingLimits.durationMin} Minuten`)
    .max(meetingLimits.durationMax, `Höchstens ${meetingLimits.durationMax} Minuten`),
});
export type TProposeMeeting = z.infer<typeof ZProposeMeetingSchema>;

export const ZMeetingSlotSchema = z.object({ id: z.string(), startsAt: z.string() });
export type TMeetingSlot = z.infer<typeof ZMeetingSlotSchema>;

export const ZMeetingSchema = z.object({
  id: z.string(),
  title: z.string(),
  durationMinutes: z.number(),
  kind: ZMeetingKind,
  status: ZMeetingStatus,
  slots: z.array(ZMeetingSlotSchema),
  chosenSlot: ZMeetingSlotSchema.nullable(),
  /** Path of the video page in the web app. */
  videoPath: z.string(),
  createdAt: z.string(),
});
export type TMeeting = z.infer<typeof ZMeetingSchema>;

export const ZChooseSlotSchema = z.object({ slotId: z.uuid({ message: 'Ungültiger Termin' }) });

export const ZCreateGuestSchema = z.object({
  label: z
    .string()
    .trim()
    .min(1, 'Bitte geben Sie an, wer eingeladen wird (z. B. „Dolmetscherin Arabisch“).')
    .max(meetingLimits.guestLabelMax, `Höchstens ${meetingLimits.guestLabelMax} Zeichen`),
});
export const ZGuestLinkSchema = z.object({ id: z.string(), url: z.string(), expiresAt: z.string() });
export type TGuestLink = z.infer<typeof ZGuestLinkSchema>;

export const ZRedeemGuestSchema = z.object({ token: z.string().min(20).max(100) });

export const ZIceServerSchema = z.object({
  urls: z.array(z.string()),
  username: z.string().optional(),
  credential: z.string().optional(),
});
export const ZIceConfigSchema = z.object({
  iceServers: z.array(ZIceServerSchema),
  expiresAt: z.string().nullable(),
});
export type TIceConfig = z.infer<typeof ZIceConfigSchema>;

export const ZParticipantRole = z.enum(['staff', 'family', 'guest']);
export type TParticipantRole = z.infer<typeof ZParticipantRole>;

/** What the video page needs to know about a meeting, for whoever opens it. */
export const ZMeetingRoomSchema = z.object({
  id: z.string(),
  title: z.string(),
  startsAt: z.string().nullable(),
  durationMinutes: z.number(),
  role: ZParticipantRole,
  displayName: z.string(),
  provider: ZVideoProvider,
  /** Join address on the office's Jitsi/BigBlueButton server (null for built-in video). */
  externalUrl: z.string().nullable(),
});
export type TMeetingRoom = z.infer<typeof ZMeetingRoomSchema>;

/* ---------- realtime socket (GET /api/realtime) ---------- */

export const ZRealtimeClientMessage = z.discriminatedUnion('type', [
  z.object({ type: z.literal('subscribe'), channel: z.string().max(200) }),
  z.object({ type: z.literal('unsubscribe'), channel: z.string().max(200) }),
  z.object({ type: z.literal('ping') }),
  /** A message for the module that owns the channel (e.g. video signalling). */
  z.object({ type: z.literal('message'), channel: z.string().max(200), data: z.unknown() }),
]);
export type TRealtimeClientMessage = z.infer<typeof ZRealtimeClientMessage>;

export const ZMeetingPeerSchema = z.object({
  id: z.string(),
  role: ZParticipantRole,
  name: z.string(),
  admitted: z.boolean(),
});
export type TMeetingPeer = z.infer<typeof ZMeetingPeerSchema>;

export const ZSignalPayload = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('offer'), sdp: z.string().max(60_000) }),
  z.object({ kind: z.literal('answer'), sdp: z.string().max(60_000) }),
  z.object({
    kind: z.literal('ice'),
    candidate: z.object({
      candidate: z.string().max(1000),
      sdpMid: z.string().max(100).nullable().optional(),
      sdpMLineIndex: z.number().int().min(0).max(100).nullable().optional(),
      usernameFragment: z.string().max(200).nullable().optional(),
    }),
  }),
]);
export type TSignalPayload = z.infer<typeof ZSignalPayload>;

/** What a participant sends on channel `meeting:<id>`. */
export const ZMeetingClientData = z.discriminatedUnion('type', [
  /** Tell a newcomer that I am here (answer to `peer-joined`). */
  z.object({ type: z.literal('announce'), to: z.string().max(64) }),
  /** Staff let someone in from the lobby. */
  z.object({ type: z.literal('admit'), peer: z.string().max(64) }),
  z.object({ type: z.literal('signal'), to: z.string().max(64), payload: ZSignalPayload }),
]);
export type TMeetingClientData = z.infer<typeof ZMeetingClientData>;

/** What the server sends on channel `meeting:<id>` (inside `{type:'event', channel, event}`). */
export type TMeetingServerEvent =
  | { type: 'self'; peer: TMeetingPeer }
  | { type: 'peer-joined'; peer: TMeetingPeer }
  | { type: 'peer'; peer: TMeetingPeer }
  | { type: 'peer-left'; peerId: string }
  | { type: 'admitted' }
  | { type: 'signal'; from: string; payload: TSignalPayload }
  | { type: 'error'; code: string; message: string };

/** Every frame the server sends on the socket. */
export type TRealtimeServerMessage =
  | { type: 'hello'; connectionId: string }
  | { type: 'subscribed'; channel: string }
  | { type: 'unsubscribed'; channel: string }
  | { type: 'pong' }
  | { type: 'event'; channel: string; event: unknown }
  | { type: 'error'; code: string; message: string; channel?: string };
