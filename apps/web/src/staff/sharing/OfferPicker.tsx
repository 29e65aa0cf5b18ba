import {
  helpTypeLabels,
  helpTypes,
  type TCaseDetail,
  ZHelpType,
  ZOfferChoiceInputSchema,
} from '@lotse/shared';
import { type FormEvent, useRef, useState } from 'react';
import { ApiError, errorMessage } from '../../api/client.ts';
import { Alert, Button, LiveMessage, Select, Spinner, TextField } from '../../ui/index.ts';
import { ageInYears } from '../format.ts';
import { mayInOffice, useCurrentUser } from '../session.tsx';
import { type CandidateQuery, useOfferCandidates, useReleaseOffers } from './api.ts';
import { ChoiceGroup } from './ChoiceGroup.tsx';
import { useFocusFirstInvalid } from './useFocusLater.ts';

const helpTypeOptions = helpTypes.map((t) => ({ value: t, label: helpTypeLabels[t] }));

/** The search starts from the case: its help type and the age of its (first) child. */
function startQuery(detail: TCaseDetail): CandidateQuery {
  const child = detail.persons.find((p) => p.role === 'child');
  const age = ageInYears(child?.birthDate);
  return { helpType: detail.helpType ?? '', age: age !== null && age >= 0 && age <= 27 ? age : null };
}

/**
 * Picks offers to put before the family: from the placement search (ranked, with why) for users who may
 * search placements, otherwise from the office's public directory. Offers already released stay ticked.
 */
export function OfferPicker(props: {
  detail: TCaseDetail;
  released: string[];
  onDone: (count: number) => void;
}) {
  const me = useCurrentUser();
  const fromSearch = mayInOffice(me, 'search_placements');
  const [query, setQuery] = useState<CandidateQuery>(() => startQuery(props.detail));
  const [helpType, setHelpType] = useState(query.helpType);
  const [age, setAge] = useState(query.age === null ? '' : String(query.age));
  const [ageError, setAgeError] = useState<string | undefined>();
  const candidates = useOfferCandidates(props.detail.id, query, fromSearch);
  const release = useReleaseOffers(props.detail.id);
  const [chosen, setChosen] = useState<string[]>([]);
  const [choiceError, setChoiceError] = useState<string | undefined>();
  const form = useRef<HTMLFormElement>(null);
  const focusFirstInvalid = useFocusFirstInvalid(form);
  const searchFields = candidates.error instanceof ApiError ? candidates.error.fields : {};

  function search(event: FormEvent) {
    event.preventDefault();
    const trimmed = age.trim();
    const years = trimmed === '' ? null : Number(trimmed);
    if (years !== null && (!Number.isInteger(years) || years < 0 || years > 27)) {
      setAgeError('Bitte ein Alter von 0 bis 27 Jahren angeben.');
      return;
    }
    setAgeError(undefined);
    setQuery({ helpType, age: years });
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    const parsed = ZOfferChoiceInputSchema.safeParse({ offerIds: chosen });
    if (!parsed.success) {
      setChoiceError(parsed.error.issues[0]?.message);
      focusFirstInvalid();
      return;
    }
    setChoiceError(undefined);
    release.mutate(parsed.data.offerIds, {
      onSuccess: () => props.onDone(parsed.data.offerIds.length),
      onError: (error) => {
        const message = error instanceof ApiError ? error.fields.offerIds : undefined;
        if (message) {
          setChoiceError(message);
          focusFirstInvalid();
        }
      },
    });
  }

  const items = candidates.data ?? [];
  return (
    <div className="stack">
      <p className="muted small">
        Die Familie sieht die gewählten Angebote in ihrer App (ohne freie Plätze und Entgelte) und kann sagen,
        welches sie möchte.
      </p>
      <search aria-label="Angebote suchen">
        <form className="offer-picker-search" onSubmit={search} noValidate>
          <Select
            label="Hilfeart"
            placeholder="Alle Hilfearten"
            options={helpTypeOptions}
            value={helpType}
            error={searchFields.helpType}
            onChange={(e) => {
              const parsed = ZHelpType.safeParse(e.target.value);
              setHelpType(parsed.success ? parsed.data : '');
            }}
          />
          {fromSearch ? (
            <TextField
              label="Alter des Kindes"
              optional
              inputMode="numeric"
              maxLength={2}
              value={age}
              error={ageError ?? searchFields.age}
              onChange={(e) => setAge(e.target.value)}
            />
          ) : null}
          <div className="form-actions">
            <Button type="submit" variant="secondary">
              Angebote suchen
            </Button>
          </div>
        </form>
      </search>
      {candidates.isPending ? <Spinner label="Angebote werden gesucht …" /> : null}
      {candidates.isError && Object.keys(searchFields).length === 0 ? (
        <Alert tone="danger">{errorMessage(candidates.error)}</Alert>
      ) : null}
      {candidates.data ? (
        <form ref={form} className="stack" onSubmit={submit} noValidate>
          <LiveMessage error={release.isError && !choiceError ? errorMessage(release.error) : null} />
          {items.length === 0 ? (
            <p>Keine passenden Angebote. Ändern Sie die Suche.</p>
          ) : (
            <ChoiceGroup
              legend={`Angebote (${items.length})`}
              hint="Höchstens acht auf einmal. Angebote, die schon zur Wahl stehen, sind angehakt."
              className={candidates.isFetching ? 'is-stale' : undefined}
              choices={items.map((c) => ({
                value: c.offerId,
                label: `${c.providerName}: ${c.title}`,
                hint: `${c.facilityName}, ${c.city} · ${c.detail}`,
                disabled: props.released.includes(c.offerId),
              }))}
              selected={[...props.released, ...chosen]}
              error={choiceError}
              onChange={(next) => {
                setChosen(next.filter((id) => !props.released.includes(id)));
                setChoiceError(undefined);
              }}
            />
          )}
          <div className="form-actions">
            <Button type="submit" busy={release.isPending} disabled={items.length === 0}>
              {chosen.length > 0 ? `${chosen.length} zur Wahl stellen` : 'Zur Wahl stellen'}
            </Button>
          </div>
        </form>
      ) : null}
    </div>
  );
}
