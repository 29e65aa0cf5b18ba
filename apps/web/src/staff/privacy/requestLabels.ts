import { dataSubjectRightLabels, type TDataSubjectRequest, ZDataSubjectRight } from '@lotse/shared';
import type { Tone } from '../../ui/index.ts';
import { todayIso } from '../format.ts';

export const rightOptions = ZDataSubjectRight.options.map((right) => ({
  value: right,
  label: dataSubjectRightLabels[right],
}));

export function requestStatusLabel(status: TDataSubjectRequest['status']): { label: string; tone: Tone } {
  switch (status) {
    case 'open':
      return { label: 'offen', tone: 'accent' };
    case 'done':
      return { label: 'erledigt', tone: 'success' };
    case 'refused':
      return { label: 'abgelehnt', tone: 'neutral' };
  }
}

/** Art. 12 (3) DSGVO: an open request past its month is late. */
export function isOverdue(request: TDataSubjectRequest, today = todayIso()): boolean {
  return request.status === 'open' && request.dueOn < today;
}

export const requestHeadingId = (requestId: string) => `antrag-${requestId}`;
