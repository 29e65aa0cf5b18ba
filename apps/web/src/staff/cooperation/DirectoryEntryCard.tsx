import { directoryKindLabels, offerLanguageLabels, type TDirectoryEntry } from '@lotse/shared';
import { useId } from 'react';
import { Badge, Button, DefinitionList } from '../../ui/index.ts';
import { formatDate } from '../format.ts';

const languageLabel = (code: string) => offerLanguageLabels[code as keyof typeof offerLanguageLabels] ?? code;

/** One expert or service: kind, topics, languages, how to reach them, who keeps the entry. */
export function DirectoryEntryCard(props: { entry: TDirectoryEntry; onEdit: () => void }) {
  const e = props.entry;
  const titleId = useId();
  const contact = [
    ...(e.phone
      ? [{ term: 'Telefon', value: <a href={`tel:${e.phone.replace(/[^\d+]/g, '')}`}>{e.phone}</a> }]
      : []),
    ...(e.email ? [{ term: 'E-Mail', value: <a href={`mailto:${e.email}`}>{e.email}</a> }] : []),
    ...(e.address ? [{ term: 'Anschrift', value: e.address }] : []),
    ...(e.website
      ? [
          {
            term: 'Webseite',
            value: (
              <a href={e.website} rel="noopener noreferrer" target="_blank">
                {e.website.replace(/^https:\/\//, '')}
              </a>
            ),
          },
        ]
      : []),
    ...(e.region ? [{ term: 'Region', value: e.region }] : []),
    ...(e.languages.length ? [{ term: 'Sprachen', value: e.languages.map(languageLabel).join(', ') }] : []),
  ];
  return (
    <article className="card cooperation-card" aria-labelledby={titleId}>
      <div className="cooperation-card-head">
        <div className="stack-sm">
          <span className="cluster">
            <Badge tone="info" outline>
              {directoryKindLabels[e.kind]}
            </Badge>
          </span>
          <h3 id={titleId} className="cooperation-card-title">
            {e.name}
          </h3>
        </div>
        {e.allowedActions.includes('edit') ? (
          <div className="cooperation-card-actions">
            <Button
              variant="secondary"
              size="sm"
              aria-label={`Bearbeiten: „${e.name}“`}
              onClick={props.onEdit}
            >
              Bearbeiten
            </Button>
          </div>
        ) : null}
      </div>
      {e.topics.length ? (
        <ul className="cooperation-tags" aria-label={`Themen von „${e.name}“`}>
          {e.topics.map((t) => (
            <li key={t}>{t}</li>
          ))}
        </ul>
      ) : null}
      <DefinitionList items={contact} />
      {e.notes ? <p className="cooperation-summary">{e.notes}</p> : null}
      <p className="muted small">
        Gepflegt von {e.own ? 'Ihrem Amt' : e.office} · Stand {formatDate(e.updatedAt)}
      </p>
    </article>
  );
}
