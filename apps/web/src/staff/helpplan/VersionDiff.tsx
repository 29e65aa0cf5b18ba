import {
  diffHelpPlanContent,
  helpPlanChangeAreaLabels,
  helpPlanChangeKindLabels,
  type THelpPlanChange,
  type THelpPlanChangeArea,
  type THelpPlanVersion,
} from '@lotse/shared';
import { useMemo, useState } from 'react';
import { Badge, Card, Select, type Tone } from '../../ui/index.ts';
import { versionLabel } from './labels.ts';

const kindTone: Record<THelpPlanChange['kind'], Tone> = {
  added: 'success',
  removed: 'danger',
  changed: 'info',
};
const areas = Object.keys(helpPlanChangeAreaLabels) as THelpPlanChangeArea[];

/** Compares two versions of a plan and lists what was added, removed or changed, by area. */
export function VersionDiff({ versions }: { versions: THelpPlanVersion[] }) {
  const [newest, second] = versions;
  const [from, setFrom] = useState(String(second?.version ?? newest?.version ?? ''));
  const [to, setTo] = useState(String(newest?.version ?? ''));
  const older = versions.find((v) => String(v.version) === from);
  const newer = versions.find((v) => String(v.version) === to);
  const changes = useMemo(
    () => (older && newer ? diffHelpPlanContent(older.content, newer.content) : []),
    [older, newer],
  );
  const options = versions.map((v) => ({ value: String(v.version), label: versionLabel(v) }));

  return (
    <Card title="Fassungen vergleichen" aria-label="Fassungen vergleichen" className="helpplan-diff">
      <div className="stack">
        <div className="form-grid">
          <Select
            label="Ältere Fassung"
            options={options}
            value={from}
            onChange={(e) => setFrom(e.target.value)}
          />
          <Select
            label="Neuere Fassung"
            options={options}
            value={to}
            onChange={(e) => setTo(e.target.value)}
          />
        </div>
        <div aria-live="polite">
          {!older || !newer || from === to ? (
            <p className="muted">Wählen Sie zwei verschiedene Fassungen.</p>
          ) : changes.length === 0 ? (
            <p>
              Zwischen Fassung {from} und Fassung {to} hat sich nichts geändert.
            </p>
          ) : (
            <div className="stack">
              <p>
                {changes.length === 1 ? 'Eine Änderung' : `${changes.length} Änderungen`} von Fassung {from}{' '}
                zu Fassung {to}:
              </p>
              {areas.map((area) => {
                const inArea = changes.filter((c) => c.area === area);
                if (inArea.length === 0) return null;
                return (
                  <section key={area} aria-labelledby={`diff-${area}`}>
                    <h3 id={`diff-${area}`} className="helpplan-diff-area">
                      {helpPlanChangeAreaLabels[area]}
                    </h3>
                    <ul className="plain-list helpplan-diff-list">
                      {inArea.map((c, i) => (
                        // biome-ignore lint/suspicious/noArrayIndexKey: derived list, rebuilt as a whole
                        <li key={i} className="helpplan-diff-item">
                          <div className="cluster">
                            <Badge tone={kindTone[c.kind]}>{helpPlanChangeKindLabels[c.kind]}</Badge>
                            <span className="helpplan-diff-label">{c.label}</span>
                          </div>
                          <dl className="helpplan-diff-values">
                            {c.before !== null ? (
                              <div>
                                <dt>Vorher:</dt>
                                <dd className="pre-wrap">{c.before}</dd>
                              </div>
                            ) : null}
                            {c.after !== null ? (
                              <div>
                                <dt>Nachher:</dt>
                                <dd className="pre-wrap">{c.after}</dd>
                              </div>
                            ) : null}
                          </dl>
                        </li>
                      ))}
                    </ul>
                  </section>
                );
              })}
            </div>
          )}
        </div>
      </div>
    </Card>
  );
}
