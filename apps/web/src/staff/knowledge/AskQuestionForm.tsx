import { ZQuestionInputSchema } from '@lotse/shared';
import { type FormEvent, useState } from 'react';
import { useNavigate } from 'react-router';
import { errorMessage, isApiError } from '../../api/client.ts';
import { Button, Card, LiveMessage, Textarea, TextField } from '../../ui/index.ts';
import { issuesToFields } from '../format.ts';
import { useAskQuestion } from './api.ts';
import { questionPath } from './paths.ts';

/** "Frage stellen": a question to the colleagues of the office; the asker then sees it with its answers. */
export function AskQuestionForm() {
  const navigate = useNavigate();
  const ask = useAskQuestion();
  const [title, setTitle] = useState('');
  const [body, setBody] = useState('');
  const [clientErrors, setClientErrors] = useState<Record<string, string>>({});
  const serverErrors = isApiError(ask.error) ? ask.error.fields : {};
  const errors = { ...serverErrors, ...clientErrors };

  function submit(event: FormEvent) {
    event.preventDefault();
    const parsed = ZQuestionInputSchema.safeParse({ title, body });
    if (!parsed.success) {
      setClientErrors(issuesToFields(parsed.error.issues));
      return;
    }
    setClientErrors({});
    ask.mutate(parsed.data, {
      onSuccess: (question) => navigate(questionPath(question.id), { state: { asked: true } }),
    });
  }

  const generalError =
    ask.isError && Object.keys(serverErrors).length === 0
      ? `Nicht gesendet: ${errorMessage(ask.error)}`
      : null;

  return (
    <Card title="Frage stellen" className="knowledge-ask">
      <form className="stack" onSubmit={submit} noValidate>
        <p className="muted small">
          Alle Mitarbeitenden Ihres Amtes sehen die Frage. Bitte keine Namen oder Daten von Familien.
        </p>
        <LiveMessage error={generalError} />
        <TextField
          label="Ihre Frage"
          required
          maxLength={160}
          value={title}
          error={errors.title}
          onChange={(e) => setTitle(e.target.value)}
        />
        <Textarea
          label="Genauer"
          optional
          hint="Was wissen Sie schon, wo hakt es? Markdown ist möglich."
          rows={5}
          maxLength={10_000}
          value={body}
          error={errors.body}
          onChange={(e) => setBody(e.target.value)}
        />
        <div className="form-actions">
          <Button type="submit" busy={ask.isPending}>
            Frage stellen
          </Button>
        </div>
      </form>
    </Card>
  );
}
