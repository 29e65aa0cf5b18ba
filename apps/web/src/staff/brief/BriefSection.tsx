import type { TBriefSection } from '@lotse/shared';
import { Link } from 'react-router';
import { Badge } from '../../ui/index.ts';

/**
 * One section of the brief: its sentences in order, each followed by a link to the record it rests
 * on (the case page jumps to it), and machine-written sentences marked as such.
 */
export function BriefSection(props: { section: TBriefSection }) {
  const { section } = props;
  const headingId = `kurzbericht-${section.key}`;
  return (
    <section className="card brief-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{section.title}</h2>
      <ul className="plain-list brief-sentences">
        {section.sentences.map((s) => (
          <li key={s.id} className={s.machineWritten ? 'brief-sentence is-machine' : 'brief-sentence'}>
            <span className="brief-text">{s.text}</span>{' '}
            {s.machineWritten ? (
              <Badge tone="warning" outline title="Vom KI-Dienst des Amts umformuliert: bitte prüfen">
                maschinell formuliert
              </Badge>
            ) : null}{' '}
            <Link className="brief-source" to={s.source.href}>
              <span aria-hidden="true">→ </span>
              <span className="visually-hidden">Quelle: </span>
              {s.source.label}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
