import { type TArticle, ZArticleInputSchema, ZArticleUpdateSchema } from '@lotse/shared';
import { type FormEvent, useRef, useState } from 'react';
import { errorMessage, isApiError } from '../../api/client.ts';
import { Badge, Button, LiveMessage, Textarea, TextField } from '../../ui/index.ts';
import { issuesToFields, todayIso } from '../format.ts';
import { KnowledgeMarkdown } from './KnowledgeMarkdown.tsx';

export interface ArticleDraft {
  title: string;
  body: string;
  tags: string[];
  reviewOn?: string;
  /** Only when editing. */
  note?: string;
}

/** "hilfeplan, § 36, Ablauf" → ["hilfeplan", "§ 36", "ablauf"] (duplicates once). */
export function parseTags(text: string): string[] {
  const tags = text
    .split(',')
    .map((t) => t.trim().toLowerCase())
    .filter(Boolean);
  return [...new Set(tags)];
}

/** A year after today in the office, for the review day (29 February becomes 28 February). */
function inOneYear(): string {
  const [year = '', month = '', day = ''] = todayIso().split('-');
  const next = `${Number(year) + 1}-${month}-${month === '02' && day === '29' ? '28' : day}`;
  return next;
}

/** Field errors by their first path segment ("tags.2" → "tags"). */
function byField(fields: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, message] of Object.entries(fields)) {
    const field = key.split('.')[0] ?? key;
    if (!(field in out)) out[field] = message;
  }
  return out;
}

/**
 * The article editor: title, Markdown text with a preview, tags, review day and (when editing) a
 * change note. The caller saves; a field error from the server lands at its field.
 */
export function ArticleForm(props: {
  article?: TArticle;
  submitLabel: string;
  busy: boolean;
  error: unknown;
  onSubmit: (draft: ArticleDraft) => void;
  onCancel: () => void;
}) {
  const a = props.article;
  const [title, setTitle] = useState(a?.title ?? '');
  const [body, setBody] = useState(a?.body ?? '');
  const [tagsText, setTagsText] = useState(a?.tags.join(', ') ?? '');
  const [reviewOn, setReviewOn] = useState(a?.reviewOn ?? '');
  const [note, setNote] = useState('');
  const [preview, setPreview] = useState(false);
  const [clientErrors, setClientErrors] = useState<Record<string, string>>({});
  const form = useRef<HTMLFormElement>(null);
  const tags = parseTags(tagsText);
  const editing = a !== undefined;

  const serverErrors = isApiError(props.error) ? byField(props.error.fields) : {};
  const errors = { ...serverErrors, ...clientErrors };
  const generalError =
    props.error && !isApiError(props.error, 409) && Object.keys(serverErrors).length === 0
      ? `Nicht gespeichert: ${errorMessage(props.error)}`
      : null;

  function submit(event: FormEvent) {
    event.preventDefault();
    const draft: ArticleDraft = { title, body, tags, reviewOn: reviewOn || undefined };
    if (editing) draft.note = note;
    const parsed = editing
      ? ZArticleUpdateSchema.safeParse({ ...draft, baseVersion: a.version })
      : ZArticleInputSchema.safeParse(draft);
    if (!parsed.success) {
      const found = byField(issuesToFields(parsed.error.issues));
      setClientErrors(found);
      if (found.body) setPreview(false);
      requestAnimationFrame(() => form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
      return;
    }
    setClientErrors({});
    props.onSubmit(draft);
  }

  return (
    <form ref={form} className="stack knowledge-editor" onSubmit={submit} noValidate>
      <LiveMessage error={generalError} />
      <TextField
        label="Titel"
        required
        maxLength={160}
        value={title}
        error={errors.title}
        onChange={(e) => setTitle(e.target.value)}
      />
      <div className="knowledge-editor-body">
        <div className="knowledge-editor-toolbar">
          {/* The text area has the same label for assistive technology; this one sits beside the toggle. */}
          <span className="field-label" aria-hidden="true">
            Text
          </span>
          <Button variant="secondary" size="sm" aria-pressed={preview} onClick={() => setPreview(!preview)}>
            Vorschau
          </Button>
        </div>
        {preview ? (
          <section className="knowledge-preview" aria-labelledby="article-preview-heading">
            <h2 id="article-preview-heading" className="knowledge-preview-heading">
              Vorschau
            </h2>
            {body.trim() ? (
              <KnowledgeMarkdown title={title}>{body}</KnowledgeMarkdown>
            ) : (
              <p className="muted">Noch kein Text.</p>
            )}
          </section>
        ) : (
          <Textarea
            label="Text (Markdown)"
            hideLabel
            hint="Markdown: ## Zwischenüberschrift, - Aufzählung, **fett**, [Linktext](https://…). Kein HTML."
            rows={16}
            maxLength={100_000}
            value={body}
            error={errors.body}
            onChange={(e) => setBody(e.target.value)}
          />
        )}
        {preview && errors.body ? <span className="field-error">{errors.body}</span> : null}
      </div>
      <div className="form-grid">
        <div className="stack-sm">
          <TextField
            label="Schlagwörter"
            optional
            hint="Mit Komma getrennt, z. B. „hilfeplan, § 36, ablauf“ (höchstens 12)"
            value={tagsText}
            error={errors.tags}
            onChange={(e) => setTagsText(e.target.value)}
          />
          {tags.length ? (
            <ul className="knowledge-tags" aria-label="Schlagwörter, wie sie gespeichert werden">
              {tags.map((t) => (
                <li key={t}>
                  <Badge tone="info">{t}</Badge>
                </li>
              ))}
            </ul>
          ) : null}
        </div>
        <div className="stack-sm">
          <TextField
            label="Prüfen bis"
            type="date"
            optional
            hint={
              a?.reviewDue
                ? 'Die Prüfung ist fällig: Stimmt der Inhalt, setzen Sie ein neues Datum.'
                : 'Leer gelassen: in einem Jahr'
            }
            value={reviewOn}
            error={errors.reviewOn}
            onChange={(e) => setReviewOn(e.target.value)}
          />
          <div>
            <Button variant="link" size="sm" onClick={() => setReviewOn(inOneYear())}>
              In einem Jahr prüfen
            </Button>
          </div>
        </div>
      </div>
      {editing ? (
        <TextField
          label="Was haben Sie geändert?"
          optional
          hint="Erscheint in den Versionen, z. B. „Frist nach § 36a ergänzt“"
          maxLength={300}
          value={note}
          error={errors.note}
          onChange={(e) => setNote(e.target.value)}
        />
      ) : null}
      <div className="form-actions">
        <Button type="submit" busy={props.busy}>
          {props.submitLabel}
        </Button>
        <Button variant="secondary" onClick={props.onCancel}>
          Abbrechen
        </Button>
      </div>
    </form>
  );
}
