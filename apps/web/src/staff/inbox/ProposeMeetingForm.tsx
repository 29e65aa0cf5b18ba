import { meetingLimits, type TMeetingKind, ZProposeMeetingSchema } from '@lotse/shared';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { ApiError, errorMessage } from '../../api/client.ts';
import { officeInstant } from '../../time.ts';
import { Button, Fieldset, LiveMessage, RadioGroup, Select, TextField } from '../../ui/index.ts';
import { useProposeMeeting } from './api.ts';

/** The family is offered up to three slots; more choice only delays the answer. */
const MAX_SLOTS = 3;
const kindOptions = [
  { value: 'video', label: 'Videogespräch (die Familie bekommt den Link)' },
  { value: 'in_person', label: 'Termin im Amt (die Familie sieht die Adresse des Teams)' },
];
const defaultTitles: Record<TMeetingKind, string> = {
  video: 'Erstgespräch per Video',
  in_person: 'Erstgespräch im Jugendamt',
};
const durations = [15, 30, 45, 60, 90].map((m) => ({ value: String(m), label: `${m} Minuten` }));

interface Slot {
  key: number;
  date: string;
  time: string;
}

/**
 * Date and time from the inputs as an instant: the office's wall clock (Europe/Berlin), also when
 * the caseworker's laptop is set to another zone. Null when incomplete or invalid.
 */
function slotInstant(slot: Slot): Date | null {
  return officeInstant(slot.date, slot.time);
}

export function ProposeMeetingForm(props: {
  requestId: string;
  onCancel: () => void;
  onDone: (count: number) => void;
}) {
  const propose = useProposeMeeting(props.requestId);
  const [kind, setKind] = useState<TMeetingKind>('video');
  const [title, setTitle] = useState(defaultTitles.video);
  const [duration, setDuration] = useState('30');
  const [slots, setSlots] = useState<Slot[]>([{ key: 0, date: '', time: '' }]);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const firstField = useRef<HTMLInputElement>(null);

  // The button that opened the form is gone; keyboard users continue in the form.
  useEffect(() => firstField.current?.focus(), []);

  function updateSlot(key: number, change: Partial<Slot>) {
    setSlots((list) => list.map((s) => (s.key === key ? { ...s, ...change } : s)));
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    const found: Record<string, string> = {};
    const instants: string[] = [];
    const now = Date.now();
    for (const slot of slots) {
      const at = slotInstant(slot);
      if (!at) found[`slot-${slot.key}`] = 'Bitte Datum und Uhrzeit angeben.';
      else if (at.getTime() <= now) found[`slot-${slot.key}`] = 'Der Termin liegt in der Vergangenheit.';
      else instants.push(at.toISOString());
    }
    const body = { kind, title: title.trim(), slots: instants, durationMinutes: Number(duration) };
    const parsed = ZProposeMeetingSchema.safeParse(body);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const key = String(issue.path[0]);
        if (key !== 'slots' && !(key in found)) found[key] = issue.message;
      }
    }
    setErrors(found);
    if (Object.keys(found).length > 0 || !parsed.success) return;
    propose.mutate(parsed.data, {
      onSuccess: () => props.onDone(instants.length),
      onError: (error) => setErrors(error instanceof ApiError ? error.fields : {}),
    });
  }

  return (
    <form className="stack propose-form" onSubmit={submit} noValidate aria-label="Termine vorschlagen">
      <LiveMessage error={propose.isError ? errorMessage(propose.error) : null} />
      <RadioGroup
        legend="Art des Termins"
        name="meeting-kind"
        value={kind}
        options={kindOptions}
        onChange={(value) => {
          const next = value as TMeetingKind;
          // Keep a title the user wrote; only swap the suggested one.
          if (title === defaultTitles[kind]) setTitle(defaultTitles[next]);
          setKind(next);
        }}
      />
      <TextField
        ref={firstField}
        label="Titel"
        hint="Die Familie sieht den Titel."
        required
        maxLength={meetingLimits.titleMax}
        value={title}
        error={errors.title}
        onChange={(e) => setTitle(e.target.value)}
      />
      <Select
        label="Dauer"
        options={durations}
        value={duration}
        error={errors.durationMinutes}
        onChange={(e) => setDuration(e.target.value)}
      />
      <Fieldset legend={kind === 'video' ? 'Terminvorschläge (Videogespräch)' : 'Terminvorschläge (im Amt)'}>
        <div className="stack-sm">
          <p className="muted small">Datum und Uhrzeit in deutscher Zeit (Europe/Berlin).</p>
          {slots.map((slot, i) => (
            <div key={slot.key} className="slot-row">
              <TextField
                label={`Datum ${i + 1}. Vorschlag`}
                type="date"
                required
                value={slot.date}
                error={errors[`slot-${slot.key}`]}
                onChange={(e) => updateSlot(slot.key, { date: e.target.value })}
              />
              <TextField
                label={`Uhrzeit ${i + 1}. Vorschlag`}
                type="time"
                required
                value={slot.time}
                onChange={(e) => updateSlot(slot.key, { time: e.target.value })}
              />
              {slots.length > 1 ? (
                <Button
                  variant="ghost"
                  size="sm"
                  className="slot-remove"
                  onClick={() => setSlots((list) => list.filter((s) => s.key !== slot.key))}
                >
                  Entfernen<span className="visually-hidden"> ({i + 1}. Vorschlag)</span>
                </Button>
              ) : null}
            </div>
          ))}
          {errors.slots ? <p className="field-error">{errors.slots}</p> : null}
          {slots.length < MAX_SLOTS ? (
            <p>
              <Button
                variant="secondary"
                size="sm"
                onClick={() =>
                  setSlots((list) => [
                    ...list,
                    { key: Math.max(...list.map((s) => s.key)) + 1, date: '', time: '' },
                  ])
                }
              >
                Weiteren Vorschlag hinzufügen
              </Button>
            </p>
          ) : null}
        </div>
      </Fieldset>
      <div className="form-actions">
        <Button type="submit" busy={propose.isPending}>
          Vorschläge senden
        </Button>
        <Button variant="secondary" onClick={props.onCancel}>
          Abbrechen
        </Button>
      </div>
    </form>
  );
}
