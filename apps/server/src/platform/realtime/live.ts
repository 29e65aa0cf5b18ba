import type { RealtimeHub } from './hub.js';

/**
 * The realtime hub as use cases see it: scopes publish here after their commit. The hub is attached
 * when the HTTP server registers the socket; before that (CLI, jobs) there is no one to tell.
 */
export class LiveChannels {
  private hub: RealtimeHub | null = null;

  attach(hub: RealtimeHub): void {
    this.hub = hub;
  }

  async publish(channel: string, event: unknown): Promise<void> {
    await this.hub?.publish(channel, event);
  }
}
