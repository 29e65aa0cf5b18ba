import type { TPrivacyExport, TPrivacyRecipient } from '@lotse/shared';
import { useEffect, useRef } from 'react';
import { errorMessage } from '../../api/client.ts';
import { Button, Card, DefinitionList, LinkButton, LiveMessage, Table } from '../../ui/index.ts';
import { formatDate, formatDateTime } from '../format.ts';
import type { useCreateExport } from './api.ts';
import { exportJsonUrl, exportPdfUrl } from './api.ts';
import { ExportSections, recordCount } from './ExportSections.tsx';

const kindLabels: Record<TPrivacyRecipient['kind'], string> = {
  staff: 'Mitarbeitende',
  provider: 'Träger',
  office: 'Jugendamt',
  family: 'Familie',
};

function Recipients(props: { recipients: TPrivacyRecipient[] }) {
  if (props.recipients.length === 0) return <p>Keine Empfänger und keine protokollierten Zugriffe.</p>;
  return (
    <Table caption="Empfänger und Zugriffe" captionHidden stacked>
      <thead>
        <tr>
          <th scope="col">Art</th>
          <th scope="col">Wer</th>
          <th scope="col">Was</th>
          <th scope="col">Anzahl</th>
          <th scope="col">Zuerst</th>
          <th scope="col">Zuletzt</th>
        </tr>
      </thead>
      <tbody>
        {props.recipients.map((r) => (
          <tr key={`${r.kind}|${r.name}|${r.what}`}>
            <td data-label="Art">{kindLabels[r.kind]}</td>
            <td data-label="Wer">{r.name}</td>
            <td data-label="Was">{r.what}</td>
            <td data-label="Anzahl">{r.count}</td>
            <td data-label="Zuerst" className="nowrap">
              {formatDateTime(r.first)}
            </td>
            <td data-label="Zuletzt" className="nowrap">
              {formatDateTime(r.last)}
            </td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}

function ExportOverview(props: { data: TPrivacyExport; personId: string }) {
  const { data } = props;
  const records = data.sections.reduce((n, s) => n + s.total, 0);
  return (
    <div className="stack">
      <DefinitionList
        items={[
          { term: 'Person', value: data.person.name },
          { term: 'Geburtsdatum', value: formatDate(data.person.birthDate) },
          { term: 'Stelle', value: data.office },
          { term: 'Erstellt', value: `${formatDateTime(data.generatedAt)} von ${data.generatedBy}` },
          { term: 'Fälle', value: String(data.followed.cases.length) },
          { term: 'Umfang', value: `${data.sections.length} Bereiche, ${recordCount(records)}` },
        ]}
      />
      <div className="stack-sm">
        <div className="cluster">
          <LinkButton variant="secondary" href={exportPdfUrl(props.personId)} download>
            Als PDF herunterladen
          </LinkButton>
          <LinkButton variant="secondary" href={exportJsonUrl(props.personId)} download>
            Als JSON herunterladen
          </LinkButton>
        </div>
        <p className="small muted">
          Die Dateien werden beim Herunterladen neu erstellt; jeder Download steht als Auskunft im Protokoll.
          Das PDF ist barrierefrei, die JSON-Datei maschinenlesbar (Art. 20 DSGVO).
        </p>
      </div>
      <section className="stack-sm" aria-labelledby="privacy-notes">
        <h3 id="privacy-notes">Hinweise</h3>
        <ul className="privacy-notes">
          {data.notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      </section>
      <section className="stack-sm" aria-labelledby="privacy-recipients">
        <h3 id="privacy-recipients">Empfänger und Zugriffe</h3>
        <p className="small muted">
          Wer die Daten erhalten oder gelesen hat (Art. 15 Abs. 1 lit. c DSGVO), aus den Weitergaben und dem
          Zugriffsprotokoll.
        </p>
        <Recipients recipients={data.recipients} />
      </section>
      <section className="stack-sm" aria-labelledby="privacy-sections">
        <h3 id="privacy-sections">Gespeicherte Daten</h3>
        <p className="small muted">Jeder Bereich öffnet sich mit einem Klick und zeigt die Einträge.</p>
        <ExportSections data={data} />
      </section>
    </div>
  );
}

/**
 * "Auskunft (Art. 15 DSGVO)": nothing is fetched until the officer asks, because every export is
 * audited; then the overview, the recipients and every table, and the downloads.
 */
export function ExportCard(props: { personId: string; exporting: ReturnType<typeof useCreateExport> }) {
  const { exporting } = props;
  const overview = useRef<HTMLHeadingElement>(null);
  const focusWhenShown = useRef(false);
  const data = exporting.data;
  // Focus moves to the fresh export once it is drawn (the button stays, but the content is below it).
  useEffect(() => {
    if (data && focusWhenShown.current) {
      focusWhenShown.current = false;
      overview.current?.focus();
    }
  }, [data]);

  function create() {
    focusWhenShown.current = true;
    exporting.mutate();
  }

  return (
    <Card title="Auskunft (Art. 15 DSGVO)" aria-label="Auskunft (Art. 15 DSGVO)" className="privacy-export">
      <div className="stack">
        {data ? null : (
          <p>
            Die Auskunft stellt zusammen, was Lotse über die Person speichert, und nennt, wer die Daten
            erhalten oder gelesen hat. Jede Auskunft wird im Zugriffsprotokoll festgehalten.
          </p>
        )}
        <div className="cluster">
          <Button variant={data ? 'secondary' : 'primary'} busy={exporting.isPending} onClick={create}>
            {data ? 'Auskunft neu erstellen' : 'Auskunft erstellen (Art. 15)'}
          </Button>
        </div>
        <LiveMessage
          error={
            exporting.isError
              ? `Die Auskunft konnte nicht erstellt werden: ${errorMessage(exporting.error)}`
              : null
          }
          success={
            data && !exporting.isPending
              ? `Die Auskunft ist erstellt: ${data.sections.length} Bereiche, ${data.recipients.length} Empfänger und Zugriffe.`
              : null
          }
        />
        {data ? (
          <>
            <h3 ref={overview} tabIndex={-1} className="privacy-export-title">
              Auskunft vom {formatDateTime(data.generatedAt)}
            </h3>
            <ExportOverview data={data} personId={props.personId} />
          </>
        ) : null}
      </div>
    </Card>
  );
}
