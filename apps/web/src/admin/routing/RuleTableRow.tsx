import type { TIntakeTopic } from '@lotse/shared';
import { Button, Select, type SelectOption } from '../../ui/index.ts';
import type { RuleRow } from './ruleRows.ts';

/** One rule: topic, social area, team; "alle …" stands for an empty value. */
export function RuleTableRow(props: {
  row: RuleRow;
  number: number;
  error?: string;
  topicOptions: SelectOption[];
  areaOptions: SelectOption[];
  teamOptions: SelectOption[];
  onChange: (row: RuleRow) => void;
  onRemove: () => void;
}) {
  const { row, number } = props;
  return (
    <tr className={props.error ? 'admin-row-invalid' : undefined}>
      <td data-label="Nr." className="num admin-rule-number">
        <span className="only-narrow">Regel </span>
        {number}
      </td>
      <td data-label="Thema">
        <Select
          id={`${row.key}-topic`}
          label={`Thema, Regel ${number}`}
          hideLabel
          options={props.topicOptions}
          placeholder="alle Themen"
          value={row.topic ?? ''}
          onChange={(e) => props.onChange({ ...row, topic: (e.target.value || null) as TIntakeTopic | null })}
        />
      </td>
      <td data-label="Sozialraum">
        <Select
          label={`Sozialraum, Regel ${number}`}
          hideLabel
          options={props.areaOptions}
          placeholder="alle Sozialräume"
          value={row.socialAreaId ?? ''}
          onChange={(e) => props.onChange({ ...row, socialAreaId: e.target.value || null })}
        />
      </td>
      <td data-label="Team">
        <Select
          label={`Team, Regel ${number}`}
          hideLabel
          options={props.teamOptions}
          placeholder={row.teamId ? undefined : 'Bitte wählen'}
          value={row.teamId}
          error={props.error}
          onChange={(e) => props.onChange({ ...row, teamId: e.target.value })}
        />
      </td>
      <td data-label="Aktion" className="admin-rule-action">
        <Button variant="ghost" size="sm" onClick={props.onRemove}>
          Entfernen<span className="visually-hidden"> (Regel {number})</span>
        </Button>
      </td>
    </tr>
  );
}
