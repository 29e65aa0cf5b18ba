import { caseStatusLabels, helpTypeLabels, type TCaseSummary } from '@lotse/shared';
import { Link } from 'react-router';
import { Badge } from '../../ui/index.ts';
import { caseStatusTone, formatAge, formatDate, fullName } from '../format.ts';

export function CaseStatusBadge(props: { status: TCaseSummary['status'] }) {
  return <Badge tone={caseStatusTone(props.status)}>{caseStatusLabels[props.status]}</Badge>;
}

export function childrenText(c: TCaseSummary): string {
  if (c.children.length === 0) return '–';
  return c.children
    .map((child) => {
      const age = formatAge(child.birthDate);
      return age ? `${fullName(child)} (${age})` : fullName(child);
    })
    .join(', ');
}

/** Cases as a card list (phone widths and dashboards). */
export function CaseCards(props: { cases: TCaseSummary[]; headingLevel?: 2 | 3 }) {
  const Heading = props.headingLevel === 2 ? 'h2' : 'h3';
  return (
    <ul className="plain-list case-cards">
      {props.cases.map((c) => (
        <li key={c.id} className="case-card">
          <div className="case-card-top">
            <span className="case-ref">{c.reference}</span>
            <CaseStatusBadge status={c.status} />
          </div>
          <Heading className="case-card-title">
            <Link to={`/fachkraft/faelle/${c.id}`}>{c.title}</Link>
          </Heading>
          <p className="case-card-meta">
            {c.helpType ? helpTypeLabels[c.helpType] : 'Hilfeart noch offen'}
            <br />
            Kinder: {childrenText(c)}
            <br />
            {c.team.name} · {c.caseworker ? c.caseworker.displayName : 'ohne Fachkraft'} · aktualisiert{' '}
            {formatDate(c.updatedAt)}
          </p>
        </li>
      ))}
    </ul>
  );
}
