import type { TFamilyLanguage } from '@lotse/shared';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { errorMessage } from '../../api/client.ts';
import { Alert, Card, PageHeader, Select, Spinner } from '../../ui/index.ts';
import { useContentList } from '../api.ts';
import { ConfirmDialog } from '../ConfirmDialog.tsx';
import { isFamilyLanguageCode, languageOptions } from '../labels.ts';
import { TextEditor } from './TextEditor.tsx';

// German and Leichte Sprache have a second form of each page for readers addressed with "Sie".
const LANGUAGES_WITH_SIE: readonly TFamilyLanguage[] = ['de', 'de-simple'];
const addressOptions = [
  { value: 'du', label: 'Für alle (du, ihr)' },
  { value: 'sie', label: 'Für Eltern und Erwachsene (Sie)' },
];
type Choice = { seite: string; sprache: TFamilyLanguage; anrede: 'du' | 'sie' };

/** "Texte": the family app's information pages, per page, language and form of address. */
export function TextsPage() {
  const list = useContentList();
  const [params, setParams] = useSearchParams();
  const [dirty, setDirty] = useState(false);
  const [pending, setPending] = useState<Choice | null>(null);

  const pages = list.data ?? [];
  const slug = pages.some((p) => p.slug === params.get('seite'))
    ? (params.get('seite') ?? '')
    : (pages[0]?.slug ?? '');
  const langParam = params.get('sprache') ?? '';
  const lang: TFamilyLanguage = isFamilyLanguageCode(langParam) ? langParam : 'de';
  const hasSie = LANGUAGES_WITH_SIE.includes(lang);
  const anrede = hasSie && params.get('anrede') === 'sie' ? 'sie' : 'du';

  function choose(next: Choice) {
    if (dirty) setPending(next);
    else setParams(next, { replace: true });
  }

  return (
    <>
      <title>Texte – Verwaltung – Lotse</title>
      <PageHeader
        title="Texte"
        lead="Die Informationsseiten der Familien-App. Wählen Sie Seite, Sprache und – auf Deutsch – die Anrede, bearbeiten Sie den Text und prüfen Sie ihn in der Vorschau."
      />
      {list.isPending ? <Spinner /> : null}
      {list.isError ? (
        <Alert tone="danger" title="Die Seiten konnten nicht geladen werden">
          <p>{errorMessage(list.error)}</p>
        </Alert>
      ) : null}
      {slug ? (
        <div className="stack">
          <Card className="admin-text-choice">
            <div className="form-grid">
              <Select
                label="Seite"
                options={pages.map((p) => ({ value: p.slug, label: p.title }))}
                value={slug}
                onChange={(e) => choose({ seite: e.target.value, sprache: lang, anrede })}
              />
              <Select
                label="Sprache"
                options={languageOptions}
                value={lang}
                onChange={(e) => choose({ seite: slug, sprache: e.target.value as TFamilyLanguage, anrede })}
              />
              {hasSie ? (
                <Select
                  label="Anrede"
                  options={addressOptions}
                  value={anrede}
                  onChange={(e) =>
                    choose({ seite: slug, sprache: lang, anrede: e.target.value === 'sie' ? 'sie' : 'du' })
                  }
                />
              ) : null}
            </div>
          </Card>
          <TextEditor
            key={`${slug}/${lang}/${anrede}`}
            slug={slug}
            lang={lang}
            formal={anrede === 'sie'}
            onDirtyChange={setDirty}
          />
        </div>
      ) : null}
      <ConfirmDialog
        open={pending !== null}
        title="Änderungen verwerfen?"
        confirmLabel="Verwerfen und wechseln"
        tone="danger"
        onConfirm={() => {
          if (pending) setParams(pending, { replace: true });
          setPending(null);
          setDirty(false);
        }}
        onCancel={() => setPending(null)}
      >
        <p>Der Text hat ungespeicherte Änderungen. Wenn Sie jetzt wechseln, gehen sie verloren.</p>
      </ConfirmDialog>
    </>
  );
}
