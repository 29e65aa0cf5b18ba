import {
  hintSourceLabels,
  hintSources,
  protectionUrgencyLabels,
  type THintSource,
  type TProtectionUrgency,
  ZProtectionReportInputSchema,
  ZProtectionUrgency,
} from '@lotse/shared';
import { type FormEvent, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { ApiError, errorMessage, isApiError } from '../../api/client.ts';
import {
  Alert,
  Button,
  Card,
  Checkbox,
  Fieldset,
  LiveMessage,
  PageHeader,
  RadioGroup,
  Select,
  Spinner,
  Textarea,
  TextField,
} from '../../ui/index.ts';
import { useCaseDetail } from '../api.ts';
import { can } from '../cases/CasePage.tsx';
import { formatDateTime, fullName, issuesToFields } from '../format.ts';
import { LawReferences, LawText } from '../law/LawCitation.tsx';
import { StaffNotFound } from '../StaffNotFound.tsx';
import { useReportConcern } from './api.ts';
import { distanceInWords, firstContactDue } from './deadline.ts';
import { officeInputs, officeIso } from './officeTime.ts';

const urgencyOptions = ZProtectionUrgency.options.map((u) => ({
  value: u,
  label: protectionUrgencyLabels[u],
}));
const expertOptions = [
  { value: 'yes', label: 'Ja' },
  { value: 'no', label: 'Nein' },
  { value: 'unknown', label: 'Nicht bekannt' },
];

const PROVIDER_REPORT_LABEL = 'Meldung eines Trägers nach § 8a Abs. 4 SGB VIII';

/** Records a report (Meldung) of a possible endangerment and opens the § 8a procedure. */
export function NewReportPage() {
  const { caseId = '' } = useParams();
  const detail = useCaseDetail(caseId);
  if (detail.isPending) return <Spinner label="Fall wird geladen …" />;
  if (detail.isError) {
    if (isApiError(detail.error, 404) || isApiError(detail.error, 400))
      return <StaffNotFound title="Fall nicht gefunden" />;
    return <Alert tone="danger">{errorMessage(detail.error)}</Alert>;
  }
  const c = detail.data;
  const children = c.persons.filter((p) => p.role === 'child');
  return (
    <div className="protection-page">
      <title>{`Meldung erfassen – ${c.title} – Lotse`}</title>
      <p className="protection-back">
        <Link to={`/fachkraft/faelle/${c.id}`}>← Zurück zum Fall „{c.title}“</Link>
      </p>
      <PageHeader
        title="Meldung erfassen"
        lead={
          <>
            <LawText text="Kinderschutz (§ 8a SGB VIII)" /> · {c.title}
          </>
        }
      />
      {can(c, 'update') ? (
        <ReportForm caseId={c.id} childOptions={children.map((p) => ({ value: p.id, label: fullName(p) }))} />
      ) : (
        <Alert tone="warning">Sie dürfen in diesem Fall keine Meldung erfassen.</Alert>
      )}
    </div>
  );
}

function ReportForm(props: { caseId: string; childOptions: { value: string; label: string }[] }) {
  const navigate = useNavigate();
  const report = useReportConcern(props.caseId);
  const now = officeInputs();
  const [sources, setSources] = useState<THintSource[]>([]);
  const [content, setContent] = useState('');
  const [date, setDate] = useState(now.date);
  const [time, setTime] = useState(now.time);
  const [urgency, setUrgency] = useState<TProtectionUrgency | ''>('');
  const [childId, setChildId] = useState(
    props.childOptions.length === 1 ? (props.childOptions[0]?.value ?? '') : '',
  );
  const [fromProvider, setFromProvider] = useState(false);
  const [providerName, setProviderName] = useState('');
  const [expert, setExpert] = useState('unknown');
  const [errors, setErrors] = useState<Record<string, string>>({});

  const receivedAt = officeIso(date, time);
  const due = receivedAt && urgency ? firstContactDue(new Date(receivedAt), urgency) : null;
  const overdue = due !== null && due.getTime() < Date.now();

  function submit(event: FormEvent) {
    event.preventDefault();
    const found: Record<string, string> = {};
    if (!receivedAt) found.receivedAt = 'Bitte Datum und Uhrzeit des Eingangs angeben.';
    else if (new Date(receivedAt).getTime() > Date.now() + 60_000)
      found.receivedAt = 'Der Eingang liegt in der Zukunft.';
    const body = {
      hintSources: sources,
      content: content.trim(),
      receivedAt: receivedAt ?? '',
      urgency: urgency || undefined,
      childPersonId: childId || null,
      providerReport: fromProvider
        ? {
            providerName: providerName.trim(),
            expertConsultedByProvider: expert === 'unknown' ? null : expert === 'yes',
          }
        : null,
    };
    const parsed = ZProtectionReportInputSchema.safeParse(body);
    if (!parsed.success) {
      for (const [key, message] of Object.entries(issuesToFields(parsed.error.issues)))
        if (!(key in found)) found[key] = message;
    }
    if (found.urgency) found.urgency = 'Bitte die Dringlichkeit einschätzen.';
    setErrors(found);
    if (Object.keys(found).length > 0 || !parsed.success) return;
    report.mutate(parsed.data, {
      onSuccess: (procedure) =>
        navigate(`/fachkraft/faelle/${props.caseId}/kinderschutz/${procedure.id}`, {
          state: { created: true },
        }),
      onError: (error) => setErrors(error instanceof ApiError ? error.fields : {}),
    });
  }

  return (
    <form className="protection-report-form stack" onSubmit={submit} noValidate>
      <LiveMessage error={report.isError ? errorMessage(report.error) : null} />
      <div className="grid-2">
        <Card title="Hinweis">
          <div className="stack">
            <Fieldset legend="Wer hat den Hinweis gegeben? (mehrere möglich)">
              {errors.hintSources ? <p className="field-error">{errors.hintSources}</p> : null}
              <div className="checkbox-list protection-sources">
                {hintSources.map((s) => (
                  <Checkbox
                    key={s}
                    label={hintSourceLabels[s]}
                    checked={sources.includes(s)}
                    onChange={(e) => {
                      const checked = e.target.checked;
                      setSources((list) => (checked ? [...list, s] : list.filter((x) => x !== s)));
                    }}
                  />
                ))}
              </div>
            </Fieldset>
            <Textarea
              label="Inhalt der Meldung"
              hint="Möglichst in den Worten der meldenden Person: was wurde beobachtet, wann, von wem."
              rows={8}
              value={content}
              error={errors.content}
              onChange={(e) => setContent(e.target.value)}
            />
            {props.childOptions.length ? (
              <Select
                label="Betroffenes Kind"
                optional
                placeholder="Bitte wählen"
                options={props.childOptions}
                value={childId}
                onChange={(e) => setChildId(e.target.value)}
              />
            ) : (
              <p className="muted small">
                Im Fall ist noch kein Kind erfasst; die Statistik fragt später danach.
              </p>
            )}
            <Checkbox
              label={PROVIDER_REPORT_LABEL}
              hint={<LawReferences text={PROVIDER_REPORT_LABEL} />}
              checked={fromProvider}
              onChange={(e) => setFromProvider(e.target.checked)}
            />
            {fromProvider ? (
              <div className="stack-sm protection-provider">
                <TextField
                  label="Träger oder Einrichtung"
                  value={providerName}
                  error={errors['providerReport.providerName']}
                  onChange={(e) => setProviderName(e.target.value)}
                />
                <RadioGroup
                  legend="Hat der Träger eine insoweit erfahrene Fachkraft hinzugezogen?"
                  name="expert-consulted"
                  options={expertOptions}
                  value={expert}
                  onChange={setExpert}
                />
              </div>
            ) : null}
          </div>
        </Card>
        <Card title="Eingang und Dringlichkeit">
          <div className="stack">
            <div className="form-grid">
              <TextField
                label="Eingegangen am"
                type="date"
                value={date}
                error={errors.receivedAt}
                onChange={(e) => setDate(e.target.value)}
              />
              <TextField label="Uhrzeit" type="time" value={time} onChange={(e) => setTime(e.target.value)} />
            </div>
            <RadioGroup
              legend="Dringlichkeit des ersten Kontakts"
              name="urgency"
              options={urgencyOptions}
              value={urgency}
              onChange={(value) => {
                const parsed = ZProtectionUrgency.safeParse(value);
                setUrgency(parsed.success ? parsed.data : '');
              }}
            />
            {errors.urgency ? <p className="field-error">{errors.urgency}</p> : null}
            <div className="protection-deadline-preview" aria-live="polite">
              {due ? (
                <Alert tone={overdue ? 'warning' : 'info'} title="Frist für den ersten Kontakt">
                  <p className="protection-deadline-time">{formatDateTime(due.toISOString())}</p>
                  <p>
                    {overdue
                      ? `Die Frist ist schon abgelaufen (${distanceInWords(due)}). Bitte sofort Kontakt aufnehmen.`
                      : `Noch ${distanceInWords(due).replace(/^in /, '')}`}
                  </p>
                </Alert>
              ) : (
                <p className="muted small">
                  Die Frist erscheint, sobald Eingang und Dringlichkeit angegeben sind.
                </p>
              )}
            </div>
          </div>
        </Card>
      </div>
      <div className="form-actions">
        <Button type="submit" busy={report.isPending}>
          Meldung speichern und Verfahren eröffnen
        </Button>
      </div>
    </form>
  );
}
