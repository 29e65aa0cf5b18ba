import { intakeTopicLabels, intakeTopics, type TIntakeTopic } from '@lotse/shared';
import { type FormEvent, useState } from 'react';
import { errorMessage } from '../../api/client.ts';
import { Alert, Button, Card, LiveMessage, Select, TextField } from '../../ui/index.ts';
import { useRouteTest } from '../api.ts';

const topicOptions = intakeTopics.map((t) => ({ value: t, label: intakeTopicLabels[t] }));

/** Asks the family app's routing which team a request would reach, by the saved rules. */
export function RouteTestBox(props: { unsavedChanges: boolean }) {
  const [topic, setTopic] = useState<TIntakeTopic>('parenting');
  const [postcode, setPostcode] = useState('');
  const [postcodeError, setPostcodeError] = useState<string | undefined>();
  const test = useRouteTest();

  function submit(event: FormEvent) {
    event.preventDefault();
    const trimmed = postcode.trim();
    if (trimmed && !/^\d{5}$/.test(trimmed)) {
      setPostcodeError('Bitte eine Postleitzahl mit 5 Ziffern eingeben oder das Feld leer lassen.');
      test.reset();
      return;
    }
    setPostcodeError(undefined);
    test.mutate(trimmed ? { topic, postcode: trimmed } : { topic });
  }

  const team = test.data;
  return (
    <Card
      title="Test: Welches Team ist zuständig?"
      aria-label="Test: Welches Team ist zuständig?"
      className="admin-route-test"
    >
      <form className="stack" onSubmit={submit} noValidate>
        <p className="muted small">
          Der Test verwendet die gespeicherten Regeln – genau wie eine Anfrage aus der Familien-App.
        </p>
        {props.unsavedChanges ? (
          <Alert tone="warning">
            Sie haben Änderungen, die noch nicht gespeichert sind. Der Test berücksichtigt sie nicht.
          </Alert>
        ) : null}
        <div className="form-grid">
          <Select
            label="Thema"
            options={topicOptions}
            value={topic}
            onChange={(e) => setTopic(e.target.value as TIntakeTopic)}
          />
          <TextField
            label="Postleitzahl"
            optional
            hint="Leer: Anfrage ohne Wohnort"
            inputMode="numeric"
            autoComplete="off"
            maxLength={5}
            value={postcode}
            error={postcodeError}
            onChange={(e) => setPostcode(e.target.value)}
          />
        </div>
        <div className="form-actions">
          <Button type="submit" variant="secondary" busy={test.isPending}>
            Zuständiges Team ermitteln
          </Button>
        </div>
        <LiveMessage error={test.isError ? errorMessage(test.error) : null} />
        <div aria-live="polite" aria-atomic="true">
          {team ? (
            <p className="admin-route-result">
              Zuständig: <strong>{team.name}</strong>
              {team.socialArea ? <span className="muted"> (Sozialraum {team.socialArea})</span> : null}
            </p>
          ) : null}
        </div>
      </form>
    </Card>
  );
}
