import type { TOmbudsOffice } from '@lotse/shared';
import { type FormEvent, useState } from 'react';
import { errorMessage } from '../../api/client.ts';
import {
  Alert,
  Button,
  Card,
  LiveMessage,
  PageHeader,
  Spinner,
  Textarea,
  TextField,
} from '../../ui/index.ts';
import { useCheckedDraft } from '../useCheckedDraft.ts';
import { useOmbudsOffice, useSaveOmbudsOffice } from './api.ts';
import { checkOmbudsDraft, type OmbudsDraft, toDraft } from './ombudsDraft.ts';

/** "Ombudsstelle": the region's independent ombuds office (§ 9a SGB VIII) the family app shows. */
export function OmbudsOfficePage() {
  const office = useOmbudsOffice();
  return (
    <>
      <title>Ombudsstelle – Verwaltung – Lotse</title>
      <PageHeader
        title="Ombudsstelle"
        lead="Die unabhängige Ombudsstelle der Region (§ 9a SGB VIII). Familien sehen sie in der Familien-App neben ihrer Beschwerde."
      />
      {office.isPending ? <Spinner label="Ombudsstelle wird geladen …" /> : null}
      {office.isError ? (
        <Alert tone="danger" title="Die Ombudsstelle konnte nicht geladen werden">
          <p>{errorMessage(office.error)}</p>
        </Alert>
      ) : null}
      {office.isSuccess ? <OmbudsOfficeForm office={office.data} /> : null}
    </>
  );
}

function OmbudsOfficeForm(props: { office: TOmbudsOffice | null }) {
  const [entered, setEntered] = useState(props.office !== null);
  const save = useSaveOmbudsOffice();
  const { form, draft, errors, success, dirty, change, validate, accept, refused, discard } = useCheckedDraft(
    {
      initial: () => toDraft(props.office),
      check: (d: OmbudsDraft) => {
        const checked = checkOmbudsDraft(d);
        return { value: checked.office, errors: checked.errors };
      },
    },
  );

  function submit(event: FormEvent) {
    const office = validate(event);
    save.reset();
    if (!office) return;
    save.mutate(office, {
      onSuccess: (fresh) => {
        accept(toDraft(fresh));
        setEntered(true);
      },
      onError: refused,
    });
  }

  const hasFieldErrors = Object.keys(errors).length > 0;
  const field = (name: keyof OmbudsDraft) => ({
    value: draft[name],
    error: errors[name],
    onChange: (e: { target: { value: string } }) => change({ ...draft, [name]: e.target.value }),
  });

  return (
    <Card className="admin-narrow">
      <form ref={form} className="stack" onSubmit={submit} noValidate>
        {entered ? null : (
          <Alert tone="info">
            Noch ist keine Ombudsstelle eingetragen. Solange sehen Familien in der Familien-App keine.
          </Alert>
        )}
        <LiveMessage
          error={
            hasFieldErrors
              ? 'Nicht gespeichert: Bitte prüfen Sie die markierten Felder.'
              : save.isError
                ? `Nicht gespeichert: ${errorMessage(save.error)}`
                : null
          }
          success={
            success ? 'Gespeichert. Familien sehen die Ombudsstelle ab sofort in der Familien-App.' : null
          }
        />
        <div className="form-grid">
          <TextField
            label="Name"
            className="span-all"
            autoComplete="off"
            maxLength={200}
            required
            {...field('name')}
          />
          <TextField
            label="Telefon"
            type="tel"
            autoComplete="off"
            maxLength={40}
            optional
            {...field('phone')}
          />
          <TextField
            label="E-Mail"
            type="email"
            autoComplete="off"
            maxLength={200}
            optional
            {...field('email')}
          />
          <TextField
            label="Webseite"
            type="url"
            className="span-all"
            autoComplete="off"
            maxLength={300}
            optional
            hint="Die vollständige Adresse mit https://, z. B. https://www.ombudsstelle-beispiel.de"
            {...field('website')}
          />
          <Textarea
            label="Anschrift"
            className="span-all"
            rows={3}
            maxLength={300}
            optional
            {...field('address')}
          />
          <Textarea
            label="Erreichbarkeit"
            className="span-all"
            rows={2}
            maxLength={300}
            optional
            hint="Wann die Ombudsstelle erreichbar ist, z. B. „Di und Do 10–16 Uhr, telefonisch und per E-Mail“."
            {...field('hours')}
          />
        </div>
        {errors._ ? <Alert tone="danger">{errors._}</Alert> : null}
        <div className="admin-action-bar">
          <span className="muted small">{dirty ? 'Ungespeicherte Änderungen' : 'Keine Änderungen'}</span>
          <div className="cluster">
            <Button variant="secondary" disabled={!dirty} onClick={discard}>
              Änderungen verwerfen
            </Button>
            <Button type="submit" busy={save.isPending} disabled={!dirty}>
              Speichern
            </Button>
          </div>
        </div>
      </form>
    </Card>
  );
}
