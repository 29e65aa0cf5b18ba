import { ZAnswerInputSchema } from '@lotse/shared';
import { type FormEvent, useState } from 'react';
import { errorMessage, isApiError } from '../../api/client.ts';
import { Alert, Button, Card, Textarea } from '../../ui/index.ts';
import { useAnswerQuestion } from './api.ts';

/** "Antworten": the answer appears under the question for everyone in the office. */
export function AnswerForm(props: { questionId: string; onAnswered: (message: string) => void }) {
  const answer = useAnswerQuestion(props.questionId);
  const [body, setBody] = useState('');
  const [clientError, setClientError] = useState<string | undefined>();
  const fieldError = clientError ?? (isApiError(answer.error) ? answer.error.fields.body : undefined);

  function submit(event: FormEvent) {
    event.preventDefault();
    const parsed = ZAnswerInputSchema.safeParse({ body });
    if (!parsed.success) {
      setClientError(parsed.error.issues[0]?.message);
      return;
    }
    setClientError(undefined);
    answer.mutate(parsed.data.body, {
      onSuccess: () => {
        setBody('');
        props.onAnswered('Ihre Antwort ist gespeichert.');
      },
    });
  }

  return (
    <Card title="Antwort schreiben">
      <form className="stack" onSubmit={submit} noValidate>
        {answer.isError && !fieldError ? (
          <Alert tone="danger">Nicht gespeichert: {errorMessage(answer.error)}</Alert>
        ) : null}
        <Textarea
          label="Ihre Antwort"
          hint="Mit Quelle, wo es geht (z. B. „§ 36 Abs. 2 SGB VIII“ oder eine Dienstanweisung). Markdown ist möglich."
          rows={6}
          maxLength={20_000}
          value={body}
          error={fieldError}
          onChange={(e) => setBody(e.target.value)}
        />
        <div className="form-actions">
          <Button type="submit" busy={answer.isPending}>
            Antwort senden
          </Button>
        </div>
      </form>
    </Card>
  );
}
