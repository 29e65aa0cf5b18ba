import { helpTypeLabels, type TPlacement } from '@lotse/shared';
import { Badge, Button, type Tone } from '../../ui/index.ts';
import { formatDate, todayIso } from '../format.ts';

function state(p: TPlacement): { tone: Tone; label: string } {
  if (p.endedAt !== null) return { tone: 'neutral', label: 'Beendet' };
  if (p.startedOn > todayIso()) return { tone: 'info', label: 'Beginnt bald' };
  return { tone: 'success', label: 'Läuft' };
}

function PlacementRow(props: { placement: TPlacement; onEnd: () => void }) {
  const p = props.placement;
  const { tone, label } = state(p);
  return (
    <li className="placement-item">
      <div className="inquiry-recipient-head">
        <p className="inquiry-recipient-name">
          <strong>{p.facilityName}</strong>
          <span className="small muted"> · {p.providerName}</span>
        </p>
        <Badge tone={tone}>{label}</Badge>
      </div>
      <p className="small">{helpTypeLabels[p.helpType]}</p>
      <p className="small muted">
        {p.endedAt
          ? `${formatDate(p.startedOn)} bis ${formatDate(p.endedAt)}`
          : p.startedOn > todayIso()
            ? `Beginnt am ${formatDate(p.startedOn)}`
            : `Seit ${formatDate(p.startedOn)}`}
      </p>
      {p.allowedActions.includes('end') ? (
        <div>
          <Button variant="secondary" size="sm" onClick={props.onEnd}>
            Hilfe beenden
            <span className="visually-hidden">
              {' '}
              ({p.facilityName}, seit {formatDate(p.startedOn)})
            </span>
          </Button>
        </div>
      ) : null}
    </li>
  );
}

/** The case's placements: running ones first, ended ones folded away (they stay documented). */
export function PlacementList(props: { placements: TPlacement[]; onEnd: (placement: TPlacement) => void }) {
  const running = props.placements.filter((p) => p.endedAt === null);
  const ended = props.placements.filter((p) => p.endedAt !== null);
  const row = (p: TPlacement) => <PlacementRow key={p.id} placement={p} onEnd={() => props.onEnd(p)} />;
  return (
    <>
      {running.length === 0 ? (
        <p className="muted small">Zurzeit läuft keine Hilfe bei einem Träger.</p>
      ) : (
        <ul className="plain-list inquiry-recipient-list">{running.map(row)}</ul>
      )}
      {ended.length > 0 ? (
        <details className="inquiry-sent-profile">
          <summary>Beendete Hilfen ({ended.length})</summary>
          <ul className="plain-list inquiry-recipient-list">{ended.map(row)}</ul>
        </details>
      ) : null}
    </>
  );
}
