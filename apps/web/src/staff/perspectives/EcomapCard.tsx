import {
  ecomapClosenessLabels,
  ecomapKindLabels,
  ecomapKinds,
  ecomapQualityLabels,
  type TEcomapKind,
  type TEcomapNode,
  type TEcomapQuality,
  ZEcomapKind,
  ZEcomapQuality,
} from '@lotse/shared';
import { type FormEvent, useState } from 'react';
import { errorMessage } from '../../api/client.ts';
import {
  Alert,
  Button,
  Card,
  ConfirmDialog,
  Dialog,
  EmptyState,
  LiveMessage,
  RadioGroup,
  Select,
  Spinner,
  Table,
  Textarea,
  TextField,
} from '../../ui/index.ts';
import { formatDateTime } from '../format.ts';
import { useEcomap, useSaveEcomap } from './api.ts';
import { EcomapDrawing } from './EcomapDrawing.tsx';

const closenessOf = (value: string): 1 | 2 | 3 => (value === '1' ? 1 : value === '3' ? 3 : 2);

function NodeForm(props: {
  node: TEcomapNode | null;
  busy: boolean;
  error: string | null;
  onSave: (node: TEcomapNode) => void;
}) {
  const [label, setLabel] = useState(props.node?.label ?? '');
  const [kind, setKind] = useState<TEcomapKind>(props.node?.kind ?? 'relative');
  const [closeness, setCloseness] = useState<1 | 2 | 3>(
    props.node?.closeness === 1 ? 1 : props.node?.closeness === 3 ? 3 : 2,
  );
  const [quality, setQuality] = useState<TEcomapQuality>(props.node?.quality ?? 'supportive');
  const [note, setNote] = useState(props.node?.note ?? '');
  const [missing, setMissing] = useState(false);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!label.trim()) {
      setMissing(true);
      return;
    }
    props.onSave({
      id: props.node?.id ?? crypto.randomUUID(),
      label: label.trim(),
      kind,
      closeness,
      quality,
      note: note.trim(),
    });
  }

  return (
    <form className="stack" onSubmit={submit} noValidate>
      <TextField
        label="Name oder Bezeichnung"
        hint="z. B. „Oma Ingrid“ oder „Grundschule am Park“"
        value={label}
        maxLength={200}
        error={missing ? 'Bitte einen Namen oder eine Bezeichnung eingeben.' : undefined}
        onChange={(e) => {
          setLabel(e.target.value);
          setMissing(false);
        }}
      />
      <Select
        label="Art"
        value={kind}
        options={ecomapKinds.map((k) => ({ value: k, label: ecomapKindLabels[k] }))}
        onChange={(e) => {
          const parsed = ZEcomapKind.safeParse(e.target.value);
          if (parsed.success) setKind(parsed.data);
        }}
      />
      <RadioGroup
        legend="Wie nah ist diese Person oder dieser Dienst dem Kind?"
        name="closeness"
        value={String(closeness)}
        onChange={(v) => setCloseness(closenessOf(v))}
        options={([1, 2, 3] as const).map((c) => ({ value: String(c), label: ecomapClosenessLabels[c] }))}
      />
      <RadioGroup
        legend="Wie wirkt die Beziehung?"
        name="quality"
        value={quality}
        onChange={(v) => {
          const parsed = ZEcomapQuality.safeParse(v);
          if (parsed.success) setQuality(parsed.data);
        }}
        options={ZEcomapQuality.options.map((q) => ({ value: q, label: ecomapQualityLabels[q] }))}
      />
      <Textarea
        label="Notiz"
        optional
        rows={2}
        maxLength={2000}
        value={note}
        onChange={(e) => setNote(e.target.value)}
      />
      <LiveMessage error={props.error} />
      <div className="cluster">
        <Button type="submit" busy={props.busy}>
          {props.node ? 'Änderung speichern' : 'Hinzufügen'}
        </Button>
      </div>
    </form>
  );
}

/** The ecomap card: drawing, legend, the same as a table, and adding, changing and removing entries. */
export function EcomapCard(props: { caseId: string }) {
  const map = useEcomap(props.caseId);
  const save = useSaveEcomap(props.caseId);
  const [editing, setEditing] = useState<TEcomapNode | 'new' | null>(null);
  const [removing, setRemoving] = useState<TEcomapNode | null>(null);
  const [done, setDone] = useState<string | null>(null);

  if (map.isPending) return <Spinner label="Ökokarte wird geladen …" />;
  if (map.isError) return <Alert tone="danger">{errorMessage(map.error)}</Alert>;
  const { nodes, allowedActions } = map.data;
  const canEdit = allowedActions.includes('edit_ecomap');

  function store(next: TEcomapNode[], message: string, after?: () => void) {
    setDone(null);
    save.mutate(
      { nodes: next },
      {
        onSuccess: () => {
          setDone(message);
          after?.();
        },
      },
    );
  }

  return (
    <Card
      title="Ökokarte"
      headingLevel={3}
      className="ecomap-card"
      actions={
        canEdit ? (
          <Button
            variant="secondary"
            size="sm"
            onClick={() => {
              save.reset();
              setEditing('new');
            }}
          >
            Person oder Dienst hinzufügen
          </Button>
        ) : null
      }
    >
      <p className="muted small">
        Das Unterstützungsnetz rund um das Kind.
        {map.data.updatedAt && map.data.updatedBy
          ? ` Zuletzt geändert am ${formatDateTime(map.data.updatedAt)} von ${map.data.updatedBy.displayName}.`
          : ''}
      </p>
      <LiveMessage success={done} error={save.isError && !editing ? errorMessage(save.error) : null} />
      {nodes.length === 0 ? (
        <EmptyState>
          Noch niemand eingetragen. Fügen Sie Personen und Dienste hinzu, die das Kind umgeben.
        </EmptyState>
      ) : (
        <div className="ecomap-layout">
          <figure className="ecomap-figure">
            <EcomapDrawing nodes={nodes} />
            <figcaption className="small muted">Die Einträge stehen auch in der Tabelle.</figcaption>
            <ul className="ecomap-legend small" aria-label="Legende der Ökokarte">
              <li>
                <span className="ecomap-key ecomap-key-supportive" aria-hidden="true" /> durchgezogen:
                unterstützend
              </li>
              <li>
                <span className="ecomap-key ecomap-key-neutral" aria-hidden="true" /> gestrichelt: neutral
              </li>
              <li>
                <span className="ecomap-key ecomap-key-stressful" aria-hidden="true" /> Zickzack: belastend
              </li>
              <li>
                Kreis: Person · Quadrat: Dienst oder Einrichtung · innerer Ring: sehr nah, äußerer: fern
              </li>
            </ul>
          </figure>
          <Table caption="Personen und Dienste rund um das Kind" stacked>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Art</th>
                <th scope="col">Nähe</th>
                <th scope="col">Beziehung</th>
                <th scope="col">Notiz</th>
                {canEdit ? (
                  <th scope="col">
                    <span className="visually-hidden">Aktionen</span>
                  </th>
                ) : null}
              </tr>
            </thead>
            <tbody>
              {nodes.map((n) => (
                <tr key={n.id}>
                  <th scope="row">{n.label}</th>
                  <td data-label="Art">{ecomapKindLabels[n.kind]}</td>
                  <td data-label="Nähe">
                    {ecomapClosenessLabels[n.closeness === 1 ? 1 : n.closeness === 3 ? 3 : 2]}
                  </td>
                  <td data-label="Beziehung">{ecomapQualityLabels[n.quality]}</td>
                  <td data-label="Notiz">{n.note || <span className="muted">–</span>}</td>
                  {canEdit ? (
                    <td data-label="Aktionen">
                      <span className="cluster">
                        <Button
                          variant="secondary"
                          size="sm"
                          onClick={() => {
                            save.reset();
                            setEditing(n);
                          }}
                        >
                          Ändern<span className="visually-hidden">: {n.label}</span>
                        </Button>
                        <Button variant="secondary" size="sm" onClick={() => setRemoving(n)}>
                          Entfernen<span className="visually-hidden">: {n.label}</span>
                        </Button>
                      </span>
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </Table>
        </div>
      )}
      <Dialog
        open={editing !== null}
        title={editing === 'new' ? 'Person oder Dienst hinzufügen' : 'Eintrag ändern'}
        onClose={() => setEditing(null)}
      >
        {editing !== null ? (
          <NodeForm
            node={editing === 'new' ? null : editing}
            busy={save.isPending}
            error={save.isError ? errorMessage(save.error) : null}
            onSave={(node) => {
              const next =
                editing === 'new' ? [...nodes, node] : nodes.map((n) => (n.id === node.id ? node : n));
              store(
                next,
                editing === 'new' ? `„${node.label}“ hinzugefügt.` : `„${node.label}“ geändert.`,
                () => setEditing(null),
              );
            }}
          />
        ) : null}
      </Dialog>
      <ConfirmDialog
        open={removing !== null}
        title="Eintrag entfernen?"
        confirmLabel="Entfernen"
        tone="danger"
        busy={save.isPending}
        onCancel={() => setRemoving(null)}
        onConfirm={() => {
          if (!removing) return;
          const gone = removing;
          store(
            nodes.filter((n) => n.id !== gone.id),
            `„${gone.label}“ entfernt.`,
            () => setRemoving(null),
          );
        }}
      >
        <p>„{removing?.label}“ wird aus der Ökokarte entfernt.</p>
      </ConfirmDialog>
    </Card>
  );
}
