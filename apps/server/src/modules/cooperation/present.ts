import type {
  TCooperationKind,
  TDirectoryEntry,
  TDirectoryKind,
  TOfferLanguage,
  TPublication,
  TPublicationSummary,
} from '@lotse/shared';
import type { Actor } from '../../platform/actor.js';
import { allowedDirectoryActions, allowedPublicationActions } from './policy.js';

/** A publication row with whether (and when) the caller's office took a copy. */
export interface PublicationRow {
  id: string;
  publisher_tenant: string;
  publisher_office: string;
  kind: TCooperationKind;
  title: string;
  summary: string;
  tags: string[];
  content_hash: string;
  published_by_name: string;
  published_at: Date | string;
  withdrawn_at: Date | string | null;
  import_count: number;
  imported_at: Date | string | null;
}

export const publicationColumns = [
  'p.id',
  'p.publisher_tenant',
  'p.publisher_office',
  'p.kind',
  'p.title',
  'p.summary',
  'p.tags',
  'p.content_hash',
  'p.published_by_name',
  'p.published_at',
  'p.withdrawn_at',
  'p.import_count',
] as const;

const iso = (d: Date | string) => new Date(d).toISOString();

export function presentPublicationSummary(row: PublicationRow, actor: Actor): TPublicationSummary {
  const facts = {
    publisherTenant: row.publisher_tenant,
    kind: row.kind,
    withdrawn: row.withdrawn_at !== null,
    importedHere: row.imported_at !== null,
  };
  return {
    id: row.id,
    kind: row.kind,
    title: row.title,
    summary: row.summary,
    tags: row.tags,
    office: row.publisher_office,
    own: row.publisher_tenant === actor.tenantId,
    publishedBy: row.published_by_name,
    publishedAt: iso(row.published_at),
    withdrawnAt: row.withdrawn_at === null ? null : iso(row.withdrawn_at),
    importCount: Number(row.import_count),
    importedAt: row.imported_at === null ? null : iso(row.imported_at),
    contentHash: row.content_hash,
    allowedActions: allowedPublicationActions(actor, facts),
  };
}

/** jsonb as the driver hands it over (parsed, or text). */
export const parsedJson = (value: unknown): unknown =>
  typeof value === 'string' ? JSON.parse(value) : value;

/** A publication with its content: the article or template, or the § 8a catalogue. */
export function presentPublication(row: PublicationRow & { content: unknown }, actor: Actor): TPublication {
  const content = parsedJson(row.content) as Record<string, unknown>;
  if (row.kind === 'protection_catalogue')
    return { ...presentPublicationSummary(row, actor), article: null, catalogue: content };
  // Shown as stored; whether it is a valid template is checked when a copy is taken (import-item.ts).
  const body = typeof content.body === 'string' ? content.body : '';
  return {
    ...presentPublicationSummary(row, actor),
    article: { title: row.title, kind: row.kind, body, tags: row.tags },
    catalogue: null,
  };
}

export interface DirectoryRow {
  id: string;
  added_by_tenant: string;
  added_by_office: string;
  name: string;
  kind: TDirectoryKind;
  topics: string[];
  languages: string[];
  region: string;
  postcodes: string[];
  phone: string | null;
  email: string | null;
  address: string | null;
  website: string | null;
  notes: string;
  updated_at: Date | string;
}

export const directoryColumns = [
  'd.id',
  'd.added_by_tenant',
  'd.added_by_office',
  'd.name',
  'd.kind',
  'd.topics',
  'd.languages',
  'd.region',
  'd.postcodes',
  'd.phone',
  'd.email',
  'd.address',
  'd.website',
  'd.notes',
  'd.updated_at',
] as const;

export function presentDirectoryEntry(row: DirectoryRow, actor: Actor): TDirectoryEntry {
  return {
    id: row.id,
    name: row.name,
    kind: row.kind,
    topics: row.topics,
    languages: row.languages as TOfferLanguage[],
    region: row.region,
    postcodes: row.postcodes,
    phone: row.phone,
    email: row.email,
    address: row.address,
    website: row.website,
    notes: row.notes,
    office: row.added_by_office,
    own: row.added_by_tenant === actor.tenantId,
    updatedAt: iso(row.updated_at),
    allowedActions: allowedDirectoryActions(actor, { addedByTenant: row.added_by_tenant }),
  };
}
