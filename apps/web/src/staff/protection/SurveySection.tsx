import {
  agencyTypeLabels,
  endangeringPersonLabels,
  helpTypeLabels,
  livingSituationLabels,
  parentsAgeGroupLabels,
  residenceLabels,
  surveyServiceTypes,
  type TProtectionProcedure,
  type TSurveyAnswers,
  yesNoUnknownLabels,
  ZSurveyInputSchema,
} from '@lotse/shared';
import { type FormEvent, Fragment, useState } from 'react';
import { errorMessage } from '../../api/client.ts';
import { Alert, Button, Card, Checkbox, Fieldset, LiveMessage, Select, Spinner } from '../../ui/index.ts';
import { useCaseDetail } from '../api.ts';
import { useSaveSurvey, useSurvey } from './api.ts';
import { mayOn } from './can.ts';

/** Where each missing item is filled in. */
const whereLabels = {
  survey: 'Im Reiter „Statistik“',
  result: 'Mit dem Ergebnis',
  report: 'In der Meldung',
  case_person: 'Bei der Person im Fall',
} as const;

/** The official § 8a survey items still missing, as a short to-do list (nothing is left for the year's end). */
export function SurveyTodo({ procedureId }: { procedureId: string }) {
  const survey = useSurvey(procedureId);
  if (survey.isPending) return <Spinner label="Statistikangaben werden geladen …" />;
  if (survey.isError) return <p className="small">{errorMessage(survey.error)}</p>;
  if (survey.data.complete)
    return <p className="small">Die Angaben für die § 8a-Statistik sind vollständig.</p>;
  const groups = (Object.keys(whereLabels) as (keyof typeof whereLabels)[])
    .map((where) => ({ where, items: survey.data.missing.filter((m) => m.from === where) }))
    .filter((g) => g.items.length > 0);
  return (
    <div className="stack-sm">
      <p className="small">Für die § 8a-Statistik fehlen noch {survey.data.missing.length} Angaben:</p>
      <ul className="protection-todo-list small">
        {groups.map((g) => (
          <li key={g.where}>
            <strong>{whereLabels[g.where]}:</strong> {g.items.map((m) => m.label).join(' · ')}
          </li>
        ))}
      </ul>
    </div>
  );
}

type Options = Record<string, string>;
const toOptions = (labels: Options) => Object.entries(labels).map(([value, label]) => ({ value, label }));

const singleItems = [
  { key: 'agencyType', label: 'Art der Stelle, der die Gefährdung bekannt wurde', labels: agencyTypeLabels },
  { key: 'residence', label: 'Aufenthaltsort des Kindes bei der Meldung', labels: residenceLabels },
  { key: 'livingSituation', label: 'Lebenssituation des Kindes', labels: livingSituationLabels },
  { key: 'parentsAgeGroup', label: 'Alter der Eltern', labels: parentsAgeGroupLabels },
  {
    key: 'parentForeignOrigin',
    label: 'Ausländische Herkunft mindestens eines Elternteils',
    labels: yesNoUnknownLabels,
  },
  {
    key: 'germanSpokenAtHome',
    label: 'In der Familie wird vorrangig Deutsch gesprochen',
    labels: yesNoUnknownLabels,
  },
] as const;
type SingleKey = (typeof singleItems)[number]['key'];

/** The survey answers the procedure does not hold itself; editable also after closing (statistics only). */
export function SurveySection({ p }: { p: TProtectionProcedure }) {
  const canEdit = mayOn(p, 'edit_survey');
  return (
    <Card title="Angaben für die § 8a-Statistik">
      {canEdit ? <SurveyForm p={p} /> : <SurveyView answers={p.survey} />}
    </Card>
  );
}

function SurveyView({ answers }: { answers: TSurveyAnswers }) {
  const text = (labels: Options, v: string | null) => (v ? (labels[v] ?? v) : 'nicht angegeben');
  return (
    <dl className="definition-list">
      {singleItems.map((item) => (
        <Fragment key={item.key}>
          <dt>{item.label}</dt>
          <dd>{text(item.labels, answers[item.key])}</dd>
        </Fragment>
      ))}
      <dt>Von wem geht die Gefährdung aus</dt>
      <dd>
        {answers.endangeringPersons
          ? answers.endangeringPersons.map((x) => endangeringPersonLabels[x]).join(', ') || 'keine Angabe'
          : 'nicht angegeben'}
      </dd>
      <dt>Laufende Hilfen bei der Meldung</dt>
      <dd>
        {answers.servicesInUse
          ? answers.servicesInUse.map((x) => helpTypeLabels[x]).join(', ') || 'keine'
          : 'nicht angegeben'}
      </dd>
      <dt>Neu vereinbarte Hilfe</dt>
      <dd>{answers.newHelpAgreed === null ? 'nicht angegeben' : answers.newHelpAgreed ? 'Ja' : 'Nein'}</dd>
    </dl>
  );
}

function SurveyForm({ p }: { p: TProtectionProcedure }) {
  const save = useSaveSurvey(p.id);
  const [single, setSingle] = useState<Record<SingleKey, string>>(
    () =>
      Object.fromEntries(singleItems.map((i) => [i.key, p.survey[i.key] ?? ''])) as Record<SingleKey, string>,
  );
  const [persons, setPersons] = useState<string[] | null>(p.survey.endangeringPersons);
  const [services, setServices] = useState<string[] | null>(p.survey.servicesInUse);
  const [newHelp, setNewHelp] = useState(
    p.survey.newHelpAgreed === null ? '' : p.survey.newHelpAgreed ? 'yes' : 'no',
  );
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  // The report names the child; where it did not, the survey names it (a child of the case).
  const askChild = p.report.childPersonId === null;
  const detail = useCaseDetail(p.caseId);
  const children = (detail.data?.persons ?? []).filter((x) => x.role === 'child');
  const [child, setChild] = useState(p.survey.childPersonId ?? '');

  function toggle(list: string[] | null, value: string, checked: boolean): string[] {
    const base = list ?? [];
    return checked ? [...base, value] : base.filter((x) => x !== value);
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    setSaved(null);
    const body = {
      childPersonId: askChild ? child || null : null,
      ...Object.fromEntries(singleItems.map((i) => [i.key, single[i.key] || null])),
      endangeringPersons: persons,
      servicesInUse: services,
      newHelpAgreed: newHelp === '' ? null : newHelp === 'yes',
    };
    const parsed = ZSurveyInputSchema.safeParse(body);
    if (!parsed.success) {
      setError(parsed.error.issues[0]?.message ?? 'Bitte prüfen Sie die Angaben.');
      return;
    }
    setError(null);
    save.mutate(parsed.data, {
      onSuccess: () => setSaved('Die Angaben für die Statistik sind gespeichert.'),
    });
  }

  return (
    <form className="stack" onSubmit={submit} noValidate>
      <p className="small muted">
        „Nicht angegeben“ bleibt auf der Liste des Fehlenden; „Unbekannt“ heißt: erfragt, aber nicht bekannt.
      </p>
      <div className="form-grid">
        {askChild ? (
          <Select
            label="Betroffenes Kind"
            hint="Die Meldung nennt kein Kind. Geschlecht und Geburtsmonat kommen aus der Person im Fall."
            placeholder="nicht angegeben"
            options={children.map((x) => ({ value: x.id, label: `${x.firstName} ${x.lastName}` }))}
            value={child}
            onChange={(e) => setChild(e.target.value)}
          />
        ) : null}
        {singleItems.map((item) => (
          <Select
            key={item.key}
            label={item.label}
            placeholder="nicht angegeben"
            options={toOptions(item.labels)}
            value={single[item.key]}
            onChange={(e) => setSingle((s) => ({ ...s, [item.key]: e.target.value }))}
          />
        ))}
      </div>
      <Fieldset legend="Von wem geht die Gefährdung aus? (mehrere möglich)">
        <div className="checkbox-list">
          {Object.entries(endangeringPersonLabels).map(([value, label]) => (
            <Checkbox
              key={value}
              label={label}
              checked={persons?.includes(value) ?? false}
              onChange={(e) => setPersons((list) => toggle(list, value, e.target.checked))}
            />
          ))}
        </div>
      </Fieldset>
      <Fieldset legend="Laufende Hilfen zum Zeitpunkt der Meldung">
        <Checkbox
          label="Keine laufende Hilfe"
          checked={services !== null && services.length === 0}
          onChange={(e) => setServices(e.target.checked ? [] : null)}
        />
        <div className="checkbox-list">
          {surveyServiceTypes.map((value) => (
            <Checkbox
              key={value}
              label={helpTypeLabels[value]}
              checked={services?.includes(value) ?? false}
              onChange={(e) => setServices((list) => toggle(list, value, e.target.checked))}
            />
          ))}
        </div>
      </Fieldset>
      <Select
        label="Neu vereinbarte Hilfe als Folge des Verfahrens"
        placeholder="nicht angegeben"
        options={[
          { value: 'yes', label: 'Ja' },
          { value: 'no', label: 'Nein' },
        ]}
        value={newHelp}
        onChange={(e) => setNewHelp(e.target.value)}
      />
      <LiveMessage error={error ?? (save.isError ? errorMessage(save.error) : null)} success={saved} />
      {p.status === 'closed' ? (
        <Alert tone="info">
          Das Verfahren ist abgeschlossen; geändert werden nur die Angaben für die Statistik.
        </Alert>
      ) : null}
      <div className="form-actions">
        <Button type="submit" variant="secondary" busy={save.isPending}>
          Statistikangaben speichern
        </Button>
      </div>
    </form>
  );
}
