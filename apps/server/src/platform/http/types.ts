import type { Actor } from '../actor.js';

/** Who may call a route. Every route must declare one (checked when routes are registered). */
export type Access =
  | 'public' // anyone, e.g. health, login
  | 'session' // a session, even one still waiting for its second factor
  | 'staff' // a fully signed-in staff member (policies then decide per resource)
  | 'family'; // a family that came back with access code and PIN

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: Access;
  }
  interface FastifyRequest {
    session: { actor: Actor; mfaPassed: boolean } | null;
    family: {
      tenantId: string;
      intakeRequestId: string | null;
      accountId: string | null;
      sessionId: string;
    } | null;
  }
}
