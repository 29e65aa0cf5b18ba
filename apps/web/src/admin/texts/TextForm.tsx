import type { TFamilyLanguage } from '@lotse/shared';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import { errorMessage, isApiError } from '../../api/client.ts';
import { Markdown } from '../../family/components/Markdown.tsx';
import { Alert, Button, LiveMessage, Textarea, TextField } from '../../ui/index.ts';
import { type ContentPage, useSaveContentPage } from '../api.ts';
import { firstInvalidField, focusSoon } from '../focusSoon.ts';
import { languageLabels, textDirection } from '../labels.ts';
import { useUnsavedChangesWarning } from '../useUnsavedChangesWarning.ts';

const MAX_BODY = 50_000;

/** Title and Markdown of one page in one language, with the preview families will see. */
export function TextForm(props: {
  slug: string;
  lang: TFamilyLanguage;
  /** The Sie form (German, Leichte Sprache) rather than the text for everyone. */
  formal: boolean;
  page: ContentPage;
  onDirtyChange: (dirty: boolean) => void;
}) {
  // When the server fell back to German (or to the text for everyone), this language (or form)
  // has no text of its own yet.
  const own = props.page.lang === props.lang && (props.page.form === 'formal') === props.formal;
  const fallbackFormOnly = props.page.lang === props.lang && !own;
  const [saved, setSaved] = useState(() =>
    own ? { title: props.page.title, bodyMd: props.page.bodyMd } : { title: '', bodyMd: '' },
  );
  const [title, setTitle] = useState(saved.title);
  const [bodyMd, setBodyMd] = useState(saved.bodyMd);
  const [errors, setErrors] = useState<{ title?: string; bodyMd?: string }>({});
  const [success, setSuccess] = useState(false);
  const save = useSaveContentPage();
  const form = useRef<HTMLFormElement>(null);
  const dirty = title !== saved.title || bodyMd !== saved.bodyMd;
  const direction = textDirection(props.lang);
  const { onDirtyChange } = props;
  useUnsavedChangesWarning(dirty);
  useEffect(() => onDirtyChange(dirty), [dirty, onDirtyChange]);

  function submit(event: FormEvent) {
    event.preventDefault();
    setSuccess(false);
    const next = {
      title: title.trim() ? undefined : 'Bitte geben Sie einen Titel ein.',
      bodyMd: bodyMd.length > MAX_BODY ? `Höchstens ${MAX_BODY.toLocaleString('de-DE')} Zeichen.` : undefined,
    };
    setErrors(next);
    if (next.title || next.bodyMd) {
      focusSoon(() => firstInvalidField(form.current));
      return;
    }
    save.mutate(
      { slug: props.slug, lang: props.lang, formal: props.formal, title: title.trim(), bodyMd },
      {
        onSuccess: (page) => {
          setSaved({ title: page.title, bodyMd: page.bodyMd });
          setTitle(page.title);
          setSuccess(true);
        },
        onError: (error) => {
          if (isApiError(error)) setErrors({ title: error.fields.title, bodyMd: error.fields.bodyMd });
        },
      },
    );
  }

  return (
    <form ref={form} className="stack" onSubmit={submit} noValidate>
      {!own ? (
        <Alert
          tone="info"
          title={
            fallbackFormOnly
              ? 'Noch keine Fassung mit „Sie“'
              : `Noch kein eigener Text auf ${languageLabels[props.lang]}`
          }
        >
          <p>
            {fallbackFormOnly
              ? 'Eltern und andere Erwachsene sehen diese Seite derzeit in der Fassung für alle (mit „du“ und „ihr“). Hier können Sie eine Fassung mit „Sie“ anlegen.'
              : 'Familien sehen diese Seite derzeit auf Deutsch. Hier können Sie eine Übersetzung anlegen.'}
          </p>
          <p>
            <Button
              variant="secondary"
              size="sm"
              onClick={() => {
                setTitle(props.page.title);
                setBodyMd(props.page.bodyMd);
              }}
            >
              {fallbackFormOnly
                ? 'Fassung für alle als Vorlage übernehmen'
                : 'Deutsche Fassung als Vorlage übernehmen'}
            </Button>
          </p>
        </Alert>
      ) : null}
      <LiveMessage
        error={save.isError ? `Der Text wurde nicht gespeichert: ${errorMessage(save.error)}` : null}
        success={success && !dirty ? 'Gespeichert. Familien sehen den neuen Text ab sofort.' : null}
      />
      <TextField
        label="Titel"
        value={title}
        maxLength={200}
        error={errors.title}
        {...direction}
        onChange={(e) => setTitle(e.target.value)}
      />
      <div className="admin-text-columns">
        <Textarea
          label="Text (Markdown)"
          hint="## Zwischenüberschrift · - Aufzählung · **fett** · [Linktext](https://…). HTML wird nicht angezeigt."
          className="admin-markdown-input"
          value={bodyMd}
          rows={18}
          error={errors.bodyMd}
          {...direction}
          onChange={(e) => setBodyMd(e.target.value)}
        />
        <section className="admin-preview" aria-labelledby="admin-preview-heading">
          <h2 id="admin-preview-heading" className="admin-preview-heading">
            Vorschau
          </h2>
          <div className="admin-preview-page" {...direction}>
            <p className="admin-preview-title">{title || 'Ohne Titel'}</p>
            <Markdown>{bodyMd}</Markdown>
          </div>
        </section>
      </div>
      <div className="admin-action-bar">
        <span className="muted small">
          {dirty ? 'Ungespeicherte Änderungen' : 'Keine Änderungen'} ·{' '}
          <Link to={`/info/${encodeURIComponent(props.slug)}`}>Seite in der Familien-App ansehen</Link>
        </span>
        <div className="cluster">
          <Button
            variant="secondary"
            disabled={!dirty}
            onClick={() => {
              setTitle(saved.title);
              setBodyMd(saved.bodyMd);
              setErrors({});
            }}
          >
            Änderungen verwerfen
          </Button>
          <Button type="submit" busy={save.isPending} disabled={!dirty}>
            Speichern
          </Button>
        </div>
      </div>
    </form>
  );
}
