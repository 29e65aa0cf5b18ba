import {
  briefPurposeLabels,
  briefPurposes,
  type TBriefPurpose,
  type TCaseBrief,
  ZBriefPurpose,
} from '@lotse/shared';
import { useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { errorMessage, isApiError } from '../../api/client.ts';
import { Alert, Button, Card, LiveMessage, PageHeader, RadioGroup, Spinner } from '../../ui/index.ts';
import { StaffNotFound } from '../StaffNotFound.tsx';
import { useCaseBrief, useRephraseBrief } from './api.ts';
import { BriefSection } from './BriefSection.tsx';
import { briefDay } from './briefText.ts';
import { NoteDraftForm } from './NoteDraftForm.tsx';
import './brief.css';

const purposeOptions = briefPurposes.map((p) => ({ value: p, label: briefPurposeLabels[p] }));

/**
 * Kurzbericht: the case summarised from its data for a handover, a draft report to the family court or
 * the preparation of a help plan meeting. Every sentence links to its source on the case page. With
 * the office's AI service the brief can be rephrased (marked as machine-written, never stored); a
 * caseworker can take it over as a note after editing it.
 */
export function CaseBriefPage() {
  const { caseId = '' } = useParams();
  const [params, setParams] = useSearchParams();
  // Kept here as well as in the address, so the choice shows at once (the address follows in a transition).
  const [purpose, setPurpose] = useState<TBriefPurpose>(() => {
    const parsed = ZBriefPurpose.safeParse(params.get('zweck'));
    return parsed.success ? parsed.data : 'handover';
  });
  const brief = useCaseBrief(caseId, purpose);
  const rephrase = useRephraseBrief(caseId);
  const [rephrased, setRephrased] = useState<TCaseBrief | null>(null);
  const [drafting, setDrafting] = useState(false);

  function choose(value: string) {
    const next = ZBriefPurpose.safeParse(value);
    if (!next.success) return;
    setPurpose(next.data);
    setRephrased(null);
    setDrafting(false);
    rephrase.reset();
    const search = new URLSearchParams(params);
    search.set('zweck', next.data);
    setParams(search, { replace: true });
  }

  if (brief.isPending) return <Spinner label="Kurzbericht wird erstellt …" />;
  if (brief.isError) {
    if (isApiError(brief.error, 404) || isApiError(brief.error, 400)) {
      return (
        <StaffNotFound
          title="Fall nicht gefunden"
          text="Diesen Fall gibt es nicht, oder Sie haben keinen Zugriff darauf."
        />
      );
    }
    return (
      <Alert tone="danger" title="Der Kurzbericht konnte nicht erstellt werden">
        <p>{errorMessage(brief.error)}</p>
      </Alert>
    );
  }
  const shown = rephrased && rephrased.purpose === purpose ? rephrased : brief.data;
  const loading = brief.isPlaceholderData;

  return (
    <div className="brief-page">
      <title>{`Kurzbericht: ${briefPurposeLabels[purpose]} – ${shown.caseTitle} – Lotse`}</title>
      <p className="brief-back no-print">
        <Link to={`/fachkraft/faelle/${shown.caseId}`}>Zurück zum Fall „{shown.caseTitle}“</Link>
      </p>
      <PageHeader
        title={`Kurzbericht: ${briefPurposeLabels[purpose]}`}
        lead={`${shown.caseTitle} · Aktenzeichen ${shown.reference} · Stand ${briefDay(shown.generatedAt)}`}
      />
      <Card className="brief-controls no-print" aria-label="Zweck und Aktionen">
        <RadioGroup
          legend="Wofür brauchen Sie den Kurzbericht?"
          name="zweck"
          options={purposeOptions}
          value={purpose}
          onChange={choose}
        />
        <div className="cluster brief-actions">
          <Button variant="secondary" onClick={() => window.print()}>
            Drucken
          </Button>
          {shown.aiAvailable && !shown.machineWritten ? (
            <Button
              variant="secondary"
              disabled={loading}
              busy={rephrase.isPending}
              onClick={() =>
                rephrase.mutate(purpose, {
                  onSuccess: (answer) => {
                    setRephrased(answer);
                    setDrafting(false);
                  },
                })
              }
            >
              Umformulieren lassen (KI)
            </Button>
          ) : null}
          {shown.machineWritten ? (
            <Button
              variant="secondary"
              onClick={() => {
                setRephrased(null);
                setDrafting(false);
              }}
            >
              Ohne KI anzeigen
            </Button>
          ) : null}
          <Button variant="secondary" onClick={() => setDrafting(true)} disabled={drafting || loading}>
            Als Notiz-Entwurf übernehmen
          </Button>
        </div>
        {shown.aiAvailable ? (
          <p className="small muted">
            Zum Umformulieren gehen die Sätze ohne Namen, Geburtsdaten, Adressen und Kontaktdaten an den
            KI-Dienst des Amts; das Ergebnis wird nicht gespeichert.
          </p>
        ) : null}
        <LiveMessage
          error={rephrase.isError ? errorMessage(rephrase.error) : null}
          success={
            shown.machineWritten
              ? 'Der Kurzbericht wurde maschinell umformuliert. Bitte prüfen Sie jeden Satz.'
              : null
          }
        />
      </Card>
      {drafting ? (
        <NoteDraftForm key={shown.generatedAt} brief={shown} onClose={() => setDrafting(false)} />
      ) : null}
      {shown.machineWritten ? (
        <p className="brief-machine-note">
          Sätze mit dem Vermerk „maschinell formuliert“ stammen vom KI-Dienst des Amts. Sie sind ein
          Vorschlag, kein Befund.
        </p>
      ) : null}
      <div className="brief-sections" aria-busy={loading || undefined}>
        {shown.sections.map((section) => (
          <BriefSection key={section.key} section={section} />
        ))}
      </div>
      <footer className="brief-notes">
        {shown.notes.map((note) => (
          <p key={note}>{note}</p>
        ))}
      </footer>
    </div>
  );
}
