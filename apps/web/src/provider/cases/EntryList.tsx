import type { TProviderCase } from '@lotse/shared';
import { formatDateTime } from '../../staff/format.ts';
import { Badge, EmptyState } from '../../ui/index.ts';
import { providerEntryLabel } from '../labels.ts';

/** What the provider documented in the case, newest first. */
export function EntryList({ entries }: { entries: TProviderCase['entries'] }) {
  const sorted = [...entries].sort((a, b) => b.occurredAt.localeCompare(a.occurredAt));
  return (
    <section className="stack-sm" aria-labelledby="provider-entries-title">
      <h2 id="provider-entries-title">Ihre Einträge</h2>
      {sorted.length === 0 ? (
        <EmptyState>Ihr Träger hat in diesem Fall noch nichts dokumentiert.</EmptyState>
      ) : (
        <ol className="timeline">
          {sorted.map((e) => (
            <li key={e.id} className="timeline-item">
              <article aria-labelledby={`provider-entry-${e.id}`}>
                <div className="timeline-meta">
                  <Badge tone={e.kind === 'contact' ? 'info' : 'neutral'}>{providerEntryLabel(e)}</Badge>
                  <span className="muted small">
                    <time dateTime={e.occurredAt}>{formatDateTime(e.occurredAt)}</time> · {e.author}
                  </span>
                </div>
                <h3 id={`provider-entry-${e.id}`} className="timeline-title">
                  {e.title}
                </h3>
                {e.body ? <p className="pre-wrap timeline-body">{e.body}</p> : null}
              </article>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
