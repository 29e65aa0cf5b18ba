import { Button, Fieldset, Select, TextField } from '../../ui/index.ts';
import { focusSoon } from '../focusSoon.ts';
import { weekdayLabels } from '../labels.ts';
import { type ContactErrors, type HoursRow, newHoursKey } from './contactDraft.ts';

const weekdayOptions = weekdayLabels.map((label, i) => ({ value: String(i + 1), label }));

/** Office hours as rows of weekday, from and to (Europe/Berlin); rows can be added and removed. */
export function WeeklyHoursEditor(props: {
  rows: HoursRow[];
  errors: ContactErrors;
  onChange: (rows: HoursRow[]) => void;
}) {
  const { rows } = props;

  function update(key: string, change: Partial<HoursRow>) {
    props.onChange(rows.map((r) => (r.key === key ? { ...r, ...change } : r)));
  }

  function add() {
    const last = rows.at(-1);
    const row = {
      key: newHoursKey(),
      weekday: last ? (last.weekday % 7) + 1 : 1,
      opens: last?.opens ?? '08:00',
      closes: last?.closes ?? '16:00',
    };
    props.onChange([...rows, row]);
    focusSoon(() => document.getElementById(`${row.key}-weekday`));
  }

  return (
    <Fieldset legend="Sprechzeiten im Wochenplan" className="admin-hours">
      <p className="field-hint">
        Uhrzeiten in deutscher Zeit (Europe/Berlin). Daraus berechnet Lotse, ob das Team gerade erreichbar
        ist.
      </p>
      {rows.length === 0 ? <p className="muted">Noch keine Sprechzeiten eingetragen.</p> : null}
      <ol className="plain-list admin-hours-list">
        {rows.map((row, i) => {
          const suffix = <span className="visually-hidden"> (Zeitfenster {i + 1})</span>;
          return (
            <li key={row.key} className="admin-hours-row">
              <Select
                id={`${row.key}-weekday`}
                label={<>Tag{suffix}</>}
                options={weekdayOptions}
                value={String(row.weekday)}
                error={props.errors[`weeklyHours.${i}.weekday`]}
                onChange={(e) => update(row.key, { weekday: Number(e.target.value) })}
              />
              <TextField
                label={<>von{suffix}</>}
                type="time"
                value={row.opens}
                error={props.errors[`weeklyHours.${i}.opens`]}
                onChange={(e) => update(row.key, { opens: e.target.value })}
              />
              <TextField
                label={<>bis{suffix}</>}
                type="time"
                value={row.closes}
                error={props.errors[`weeklyHours.${i}.closes`]}
                onChange={(e) => update(row.key, { closes: e.target.value })}
              />
              <Button
                variant="ghost"
                size="sm"
                className="admin-hours-remove"
                onClick={() => props.onChange(rows.filter((r) => r.key !== row.key))}
              >
                Entfernen<span className="visually-hidden"> (Zeitfenster {i + 1})</span>
              </Button>
            </li>
          );
        })}
      </ol>
      {props.errors.weeklyHours ? <p className="field-error">{props.errors.weeklyHours}</p> : null}
      <div>
        <Button variant="secondary" size="sm" onClick={add}>
          Zeitfenster hinzufügen
        </Button>
      </div>
    </Fieldset>
  );
}
