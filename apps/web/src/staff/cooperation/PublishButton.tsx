import type { TArticle } from '@lotse/shared';
import { type FormEvent, useState } from 'react';
import { Link } from 'react-router';
import { Button, Dialog, LiveMessage, Textarea } from '../../ui/index.ts';
import { mayInOffice, useCurrentUser } from '../session.tsx';
import { usePublish } from './api.ts';
import { RefusalMessage } from './Findings.tsx';
import { COOPERATION_PATH } from './paths.ts';

/**
 * "Veröffentlichen" for an own, current article or template: shares it with the other offices of the
 * installation after the server checked it for personal data (the findings are listed if it refuses).
 * Shown only to whom the server allows `publish_cooperation`.
 */
export function PublishButton(props: { article: TArticle }) {
  const me = useCurrentUser();
  const publish = usePublish();
  const [open, setOpen] = useState(false);
  const [summary, setSummary] = useState('');
  const [done, setDone] = useState<string | null>(null);
  const a = props.article;
  if (!mayInOffice(me, 'publish_cooperation') || a.archived || a.origin.kind !== 'own') return null;

  function submit(event: FormEvent) {
    event.preventDefault();
    publish.mutate(
      { source: 'article', articleId: a.id, summary: summary.trim() },
      {
        onSuccess: () => {
          setOpen(false);
          setDone(`„${a.title}“ ist für die anderen Ämter veröffentlicht.`);
        },
      },
    );
  }

  return (
    <>
      <Button
        variant="secondary"
        onClick={() => {
          publish.reset();
          setOpen(true);
        }}
      >
        Veröffentlichen
      </Button>
      <LiveMessage success={done} />
      {done ? (
        <p className="small">
          <Link to={COOPERATION_PATH}>Zu den geteilten Vorlagen</Link>
        </p>
      ) : null}
      <Dialog open={open} title="Für andere Ämter veröffentlichen" onClose={() => setOpen(false)}>
        <form className="stack" onSubmit={submit} noValidate>
          <p>
            „{a.title}“ wird für die anderen Jugendämter dieser Installation sichtbar; sie können eine Kopie
            übernehmen. Lotse prüft vorher, dass keine Namen, Kontaktdaten, Daten, Anschriften oder
            Aktenzeichen darin stehen.
          </p>
          <Textarea
            label="Kurzbeschreibung"
            optional
            rows={3}
            maxLength={500}
            value={summary}
            onChange={(e) => setSummary(e.target.value)}
            hint="Wofür ist die Vorlage gut? Ohne Angabe nimmt Lotse den Anfang des Textes."
          />
          {publish.isError ? <RefusalMessage error={publish.error} title="Nicht veröffentlicht" /> : null}
          <div className="form-actions">
            <Button type="submit" busy={publish.isPending}>
              Veröffentlichen
            </Button>
            <Button variant="secondary" onClick={() => setOpen(false)}>
              Abbrechen
            </Button>
          </div>
        </form>
      </Dialog>
    </>
  );
}
