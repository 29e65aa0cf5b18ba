import { canInOffice } from '../../platform/policy.js';
import type { ChannelModule } from '../../platform/realtime/hub.js';
import { AVAILABILITY_CHANNEL } from '../providers/index.js';

/**
 * Live free places: whoever may search placements hears `{type:'availability', facilityId}` when a
 * provider confirms its numbers, and the search page asks again. No personal data travels here.
 */
export function placementChannelModule(): ChannelModule {
  return {
    prefix: AVAILABILITY_CHANNEL,
    async canSubscribe(who, channel) {
      if (channel !== AVAILABILITY_CHANNEL || who.kind !== 'staff') return false;
      return canInOffice(who.actor, 'search_placements', { tenantId: who.tenantId });
    },
  };
}
