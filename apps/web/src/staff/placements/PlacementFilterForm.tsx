import {
  genderLabels,
  helpTypeLabels,
  helpTypes,
  offerGenders,
  offerLanguageLabels,
  offerLanguages,
  offerSettingLabels,
  offerSettings,
  specialisationLabels,
  specialisations,
  type TSpecialisation,
} from '@lotse/shared';
import { type FormEvent, useState } from 'react';
import { Button, Checkbox, Select, TextField } from '../../ui/index.ts';
import { LawText } from '../law/LawCitation.tsx';
import { DEFAULT_MAX_KM, type PlacementFilters } from './filters.ts';

const helpTypeOptions = helpTypes.map((value) => ({ value, label: helpTypeLabels[value] }));
const settingOptions = offerSettings.map((value) => ({ value, label: offerSettingLabels[value] }));
const genderOptions = offerGenders.map((value) => ({ value, label: genderLabels[value] }));
const languageOptions = offerLanguages.map((value) => ({ value, label: offerLanguageLabels[value] }));
const radiusOptions = [5, 10, 25, 50, 100].map((km) => ({ value: String(km), label: `${km} km` }));

type TextKey = 'helpType' | 'setting' | 'age' | 'gender' | 'postcode' | 'maxKm' | 'language';

/**
 * The search form. Its draft follows the URL (back button, links from a case) and goes to the URL on
 * "Plätze suchen"; the emergency switch searches at once. Field errors are the server's (400 `fields`).
 */
export function PlacementFilterForm(props: {
  filters: PlacementFilters;
  errors: Record<string, string>;
  busy: boolean;
  onSearch: (filters: PlacementFilters) => void;
  onReset: () => void;
}) {
  const [draft, setDraft] = useState(props.filters);
  // A new search in the URL (submitted, back button, a link) replaces the draft.
  const searched = JSON.stringify(props.filters);
  const [shown, setShown] = useState(searched);
  const [specialisationsOpen, setSpecialisationsOpen] = useState(props.filters.specialisations.length > 0);
  if (shown !== searched) {
    setShown(searched);
    setDraft(props.filters);
    if (props.filters.specialisations.length > 0) setSpecialisationsOpen(true);
  }

  const text = (key: TextKey) => ({
    value: draft[key],
    error: props.errors[key],
    onChange: (event: { target: { value: string } }) => setDraft({ ...draft, [key]: event.target.value }),
  });

  function toggleSpecialisation(code: TSpecialisation, checked: boolean) {
    const chosen = new Set(draft.specialisations);
    if (checked) chosen.add(code);
    else chosen.delete(code);
    setDraft({ ...draft, specialisations: specialisations.filter((s) => chosen.has(s)) });
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    props.onSearch(draft);
  }

  return (
    <search className="filters placement-filters" aria-label="Plätze suchen">
      <form onSubmit={submit} noValidate className="stack">
        <div className={draft.emergency ? 'emergency-switch emergency-switch-on' : 'emergency-switch'}>
          <input
            type="checkbox"
            role="switch"
            id="placement-emergency"
            checked={draft.emergency}
            aria-checked={draft.emergency}
            aria-describedby="placement-emergency-hint"
            onChange={(event) => {
              const next = { ...draft, emergency: event.target.checked };
              setDraft(next);
              props.onSearch(next);
            }}
          />
          <span className="emergency-switch-text">
            <label htmlFor="placement-emergency">Inobhutnahme / Notfall</label>
            <span id="placement-emergency-hint" className="field-hint">
              <LawText text="Nur sofort freie Plätze (§ 42 SGB VIII)" />
            </span>
          </span>
        </div>

        <div className="placement-filters-grid">
          <Select
            label="Hilfeart"
            placeholder="Alle Hilfearten"
            options={helpTypeOptions}
            className="placement-filter-wide"
            {...text('helpType')}
          />
          <TextField label="Alter" type="number" inputMode="numeric" min={0} max={27} {...text('age')} />
          <Select label="Geschlecht" placeholder="beliebig" options={genderOptions} {...text('gender')} />
          <Select label="Setting" placeholder="Alle" options={settingOptions} {...text('setting')} />
          <Select label="Sprache" placeholder="beliebig" options={languageOptions} {...text('language')} />
          <TextField
            label="Postleitzahl (Familie oder Schule)"
            inputMode="numeric"
            autoComplete="off"
            maxLength={5}
            hint="Entfernungen werden ab hier gemessen."
            hintBelow
            className="placement-filter-wide"
            {...text('postcode')}
          />
          <Select
            label="Umkreis"
            options={radiusOptions}
            hint="Weiter entfernte Plätze stehen weiter unten."
            hintBelow
            className="placement-filter-wide"
            {...text('maxKm')}
            value={draft.maxKm || String(DEFAULT_MAX_KM)}
          />
        </div>

        <details
          className="placement-specialisations"
          open={specialisationsOpen}
          onToggle={(event) => setSpecialisationsOpen(event.currentTarget.open)}
        >
          <summary>
            Schwerpunkte
            {draft.specialisations.length > 0 ? ` (${draft.specialisations.length} gewählt)` : ''}
          </summary>
          <fieldset className="placement-specialisation-list">
            <legend className="visually-hidden">Schwerpunkte</legend>
            {specialisations.map((code) => (
              <Checkbox
                key={code}
                label={specialisationLabels[code]}
                checked={draft.specialisations.includes(code)}
                onChange={(event) => toggleSpecialisation(code, event.target.checked)}
              />
            ))}
          </fieldset>
          {props.errors.specialisations ? (
            <p className="field-error">{props.errors.specialisations}</p>
          ) : null}
        </details>

        <div className="form-actions">
          <Button type="submit" busy={props.busy}>
            Plätze suchen
          </Button>
          <Button variant="link" onClick={props.onReset}>
            Alle Filter zurücksetzen
          </Button>
        </div>
      </form>
    </search>
  );
}
