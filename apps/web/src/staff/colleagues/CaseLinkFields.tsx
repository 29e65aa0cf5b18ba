import { caseShareBasisLabels, commonCaseShareGrounds, type TCaseShareBasis } from '@lotse/shared';
import { useId } from 'react';
import { RadioGroup, Select, Spinner, TextField } from '../../ui/index.ts';
import { useCases } from '../api.ts';

/** What the form holds for a case link before it is checked against the contract. */
export interface CaseLinkDraft {
  caseId: string;
  basis: TCaseShareBasis;
  ground: string;
}

export const emptyCaseLink: CaseLinkDraft = { caseId: '', basis: 'legal_ground', ground: '' };

const basisOptions = (Object.keys(caseShareBasisLabels) as TCaseShareBasis[]).map((value) => ({
  value,
  label: caseShareBasisLabels[value],
}));

/**
 * Which case of the user's office, and on what ground it may be shared with the other office: a
 * provision (suggestions offered) or the consent of those concerned. `errors` are keyed by field
 * (`caseId`, `basis`, `ground`, as the contract names them).
 */
export function CaseLinkFields(props: {
  value: CaseLinkDraft;
  onChange: (next: CaseLinkDraft) => void;
  errors: Record<string, string | undefined>;
}) {
  const groundsId = useId();
  const cases = useCases({ mine: 'true', pageSize: '100' });
  const { value, onChange } = props;
  const options = (cases.data?.items ?? []).map((c) => ({
    value: c.id,
    label: `${c.reference} – ${c.title}`,
  }));
  return (
    <div className="stack-sm">
      {cases.isPending ? <Spinner label="Ihre Fälle werden geladen …" /> : null}
      <Select
        label="Fall aus Ihrem Jugendamt"
        placeholder="Bitte wählen"
        options={options}
        value={value.caseId}
        error={props.errors.caseId}
        onChange={(e) => onChange({ ...value, caseId: e.target.value })}
      />
      <RadioGroup
        legend="Grundlage der Weitergabe"
        name={`${groundsId}-basis`}
        options={basisOptions}
        value={value.basis}
        onChange={(basis) => onChange({ ...value, basis: basis as TCaseShareBasis })}
      />
      <TextField
        label={value.basis === 'consent' ? 'Einwilligung' : 'Rechtsgrundlage'}
        hint={
          value.basis === 'consent'
            ? 'Wer hat wann eingewilligt, z. B. „Einwilligung der Mutter vom 3. März (§ 67b SGB X)“.'
            : 'Die Vorschrift mit Paragraf, z. B. „§ 86c Abs. 2 SGB VIII – Fallübergabe bei Zuständigkeitswechsel“.'
        }
        list={value.basis === 'legal_ground' ? groundsId : undefined}
        maxLength={500}
        value={value.ground}
        error={props.errors.ground}
        onChange={(e) => onChange({ ...value, ground: e.target.value })}
      />
      <datalist id={groundsId}>
        {commonCaseShareGrounds.map((g) => (
          <option key={g} value={g} />
        ))}
      </datalist>
      <p className="muted small">
        Das andere Amt sieht das Aktenzeichen und die Grundlage. Erst danach dürfen Nachrichten Angaben zu
        diesem Fall enthalten.
      </p>
    </div>
  );
}
