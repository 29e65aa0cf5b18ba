/** Calls of the family's complaints page (lazily loaded with it). */
import { type TComplaintInput, type TFamilyComplaints, ZFamilyComplaintsSchema } from '@lotse/shared';
import { api } from '../../api/client.ts';

export const complaintsQueryKey = ['family', 'complaints'] as const;

export function fetchComplaints(signal?: AbortSignal): Promise<TFamilyComplaints> {
  return api('/api/family/complaints', { signal, schema: ZFamilyComplaintsSchema });
}

export function sendComplaint(body: TComplaintInput): Promise<TFamilyComplaints> {
  return api('/api/family/complaints', { method: 'POST', body, schema: ZFamilyComplaintsSchema });
}
