import type { THelpPlanVersion } from '@lotse/shared';
import { formatDate } from '../format.ts';

/** "Fassung 2 – festgeschrieben am 01.05.2026" / "Fassung 3 – Entwurf". */
export function versionLabel(v: THelpPlanVersion): string {
  return v.status === 'draft'
    ? `Fassung ${v.version} – Entwurf`
    : `Fassung ${v.version} – festgeschrieben am ${formatDate(v.finalizedAt)}`;
}

export const versionStatusLabel = (status: THelpPlanVersion['status']) =>
  status === 'draft' ? 'Entwurf' : 'festgeschrieben';
