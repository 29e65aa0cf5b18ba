import type { TPrivacyRecipient } from '@lotse/shared';
import type { ExportedTable } from '../../platform/personal-data.js';

type Row = Record<string, unknown>;
const str = (v: unknown) => (v === null || v === undefined ? null : String(v));

/** Adds one event to the recipient it belongs to (same kind, name and kind of receipt). */
class Tally {
  private readonly byKey = new Map<string, TPrivacyRecipient>();
  add(kind: TPrivacyRecipient['kind'], name: string, what: string, at: string | null): void {
    const key = `${kind}|${name}|${what}`;
    const entry = this.byKey.get(key) ?? { kind, name, what, count: 0, first: null, last: null };
    entry.count += 1;
    if (at && (!entry.first || at < entry.first)) entry.first = at;
    if (at && (!entry.last || at > entry.last)) entry.last = at;
    this.byKey.set(key, entry);
  }
  list(): TPrivacyRecipient[] {
    return [...this.byKey.values()].sort((a, b) => a.kind.localeCompare(b.kind) || b.count - a.count);
  }
}

/** Whether an audited action read (showed, listed, exported) rather than wrote: by its verb. */
export function isRead(action: string): boolean {
  const verb = action.slice(action.indexOf('.') + 1);
  return /(^|_)(read|list|view|export|download|preview|overview|process|denied|search|check|inquiries)($|_)/.test(
    verb,
  );
}

const rowsOf = (sections: ExportedTable[], table: string): Row[] =>
  sections.find((s) => s.table === table)?.rows ?? [];

/**
 * Who received or read the person's data (Art. 15 (1) c DSGVO), from the rows of the export:
 * providers the case was shared with, asked for a place or given consent for, colleagues an entrusted
 * entry was disclosed to, other offices, and every staff member in the audit trail.
 */
export function recipientsOf(sections: ExportedTable[], names: Record<string, string>): TPrivacyRecipient[] {
  const tally = new Tally();
  const nameOf = (id: unknown, fallback: string) => (typeof id === 'string' && names[id]) || fallback;
  for (const r of rowsOf(sections, 'case_shares')) {
    tally.add('provider', nameOf(r.provider_id, 'Träger'), 'Teile der Fallakte erhalten', str(r.created_at));
  }
  for (const r of rowsOf(sections, 'consents')) {
    if (r.provider_id)
      tally.add(
        'provider',
        nameOf(r.provider_id, 'Träger'),
        `Einwilligung: ${String(r.purpose)}`,
        str(r.recorded_at),
      );
  }
  for (const r of rowsOf(sections, 'placement_inquiry_recipients')) {
    tally.add('provider', nameOf(r.provider_id, 'Träger'), 'Platzanfrage erhalten', str(r.answered_at));
  }
  for (const r of rowsOf(sections, 'entry_disclosures')) {
    const to = r.to_user_id ?? r.to_team_id;
    tally.add(
      'staff',
      nameOf(to, 'Team des Jugendamts'),
      'Anvertrauten Eintrag weitergegeben erhalten',
      str(r.recorded_at),
    );
  }
  for (const r of rowsOf(sections, 'colleague_participants')) {
    tally.add('office', nameOf(r.office_id, 'anderes Jugendamt'), 'Austausch zum Fall', str(r.joined_at));
  }
  for (const r of rowsOf(sections, 'audit_events')) {
    if (r.outcome !== 'allowed') continue;
    const action = String(r.action);
    const what = isRead(action) ? 'Daten gelesen' : 'Daten geändert oder angelegt';
    const family = Array.isArray(r.actor_roles) && r.actor_roles.includes('family');
    if (!r.actor_id && !family) continue;
    tally.add(
      family ? 'family' : 'staff',
      nameOf(r.actor_id, family ? 'Familie (Familien-App)' : 'Mitarbeitende*r'),
      what,
      str(r.at),
    );
  }
  return tally.list();
}
