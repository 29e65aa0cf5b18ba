import type { TProviderFacility } from '@lotse/shared';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { errorMessage, isApiError } from '../../api/client.ts';
import { formatDateTime } from '../../staff/format.ts';
import { Button, LiveMessage } from '../../ui/index.ts';
import { useConfirmAvailability } from '../api.ts';
import { freeAndReserved, places } from '../labels.ts';
import { PlaceStepper, placeCount } from './PlaceStepper.tsx';

interface Draft {
  free: string;
  reserved: string;
}

const draftOf = (a: { free: number; reserved: number }): Draft => ({
  free: String(a.free),
  reserved: String(a.reserved),
});

/**
 * "Zahlen bestätigen" in two clicks: the saved numbers are already filled in, − and + change them,
 * "Bestätigen" saves them (unchanged numbers too: that renews the time stamp). The server checks the
 * numbers; its messages stand at the fields, and what the user typed stays.
 */
export function AvailabilityForm({ facility }: { facility: TProviderFacility }) {
  const { availability } = facility;
  const confirm = useConfirmAvailability(facility.id);
  const form = useRef<HTMLFormElement>(null);
  const saved = draftOf(availability);
  const [base, setBase] = useState(saved);
  const [draft, setDraft] = useState(saved);
  const [fields, setFields] = useState<Record<string, string>>({});
  const [success, setSuccess] = useState<string | null>(null);
  // The busy button loses the focus; afterwards it goes to the first refused field or back to the button.
  const [focusTarget, setFocusTarget] = useState<{ selector: string } | null>(null);
  const pending = confirm.isPending;
  useEffect(() => {
    if (!focusTarget || pending) return;
    form.current?.querySelector<HTMLElement>(focusTarget.selector)?.focus();
    setFocusTarget(null);
  }, [focusTarget, pending]);
  const dirty = draft.free !== saved.free || draft.reserved !== saved.reserved;

  // New numbers from the server (a confirmation, someone else's change): an untouched form follows them.
  if (base.free !== saved.free || base.reserved !== saved.reserved) {
    setBase(saved);
    if (draft.free === base.free && draft.reserved === base.reserved) setDraft(saved);
  }

  if (!facility.allowedActions.includes('update_availability')) {
    return (
      <div className="stack-sm">
        <h3 className="provider-subhead">Plätze</h3>
        <p>{freeAndReserved(availability.free, availability.reserved)}</p>
        <p className="small muted">
          {places(availability.capacity)} insgesamt · {confirmedText(availability.confirmedAt)}
        </p>
      </div>
    );
  }

  // The messages describe the numbers that were sent (one rule spans both fields): a change ends them.
  function change(key: keyof Draft, value: string) {
    setDraft((d) => ({ ...d, [key]: value }));
    setFields({});
    setSuccess(null);
    confirm.reset();
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    setSuccess(null);
    setFields({});
    confirm.mutate(
      { free: placeCount(draft.free), reserved: placeCount(draft.reserved) },
      {
        onSuccess: (updated) => {
          const next = draftOf(updated.availability);
          setBase(next);
          setDraft(next);
          setSuccess(
            `Bestätigt: ${freeAndReserved(updated.availability.free, updated.availability.reserved)}.`,
          );
          setFocusTarget({ selector: 'button[type="submit"]' });
        },
        onError: (error) => {
          const refused = isApiError(error) ? error.fields : {};
          setFields(refused);
          const selector =
            Object.keys(refused).length > 0 ? '[aria-invalid="true"]' : 'button[type="submit"]';
          setFocusTarget({ selector });
        },
      },
    );
  }

  const reservedNow = placeCount(draft.reserved);
  const freeNow = placeCount(draft.free);
  const refusal = confirm.isError
    ? isApiError(confirm.error) && confirm.error.code === 'validation'
      ? 'Nicht bestätigt. Bitte prüfen Sie die markierten Zahlen.'
      : `Nicht bestätigt: ${errorMessage(confirm.error)}`
    : null;

  return (
    <form
      ref={form}
      className="stack-sm"
      onSubmit={submit}
      noValidate
      aria-label={`Zahlen bestätigen: ${facility.name}`}
    >
      <h3 className="provider-subhead">Zahlen bestätigen</h3>
      <p className="small muted">
        {places(availability.capacity)} insgesamt · {confirmedText(availability.confirmedAt)}
      </p>
      <div className="provider-steppers">
        <PlaceStepper
          label="Freie Plätze"
          less="Ein freier Platz weniger"
          more="Ein freier Platz mehr"
          value={draft.free}
          max={availability.capacity - (Number.isNaN(reservedNow) ? 0 : reservedNow)}
          error={fields.free}
          onChange={(value) => change('free', value)}
        />
        <PlaceStepper
          label="Reserviert"
          less="Ein reservierter Platz weniger"
          more="Ein reservierter Platz mehr"
          value={draft.reserved}
          max={availability.capacity - (Number.isNaN(freeNow) ? 0 : freeNow)}
          error={fields.reserved}
          onChange={(value) => change('reserved', value)}
        />
      </div>
      {dirty && !confirm.isPending ? (
        <p className="small provider-unsaved">
          Noch nicht bestätigt. Gespeichert: {freeAndReserved(availability.free, availability.reserved)}.
        </p>
      ) : null}
      <LiveMessage error={refusal} success={success} />
      <div className="form-actions">
        <Button type="submit" busy={confirm.isPending}>
          Bestätigen<span className="visually-hidden"> – {facility.name}</span>
        </Button>
      </div>
    </form>
  );
}

function confirmedText(confirmedAt: string | null): string {
  return confirmedAt ? `zuletzt bestätigt am ${formatDateTime(confirmedAt)}` : 'noch nie bestätigt';
}
