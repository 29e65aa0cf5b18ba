import { ApiError, errorMessage } from '../../api/client.ts';

/**
 * A refusal from the server, with the personal data it found (fields "findings.0", "findings.1" …)
 * as a list: where, what, and the text, so the person can fix it in the template.
 */
export function RefusalMessage(props: { error: unknown; title: string }) {
  const findings =
    props.error instanceof ApiError
      ? Object.entries(props.error.fields)
          .filter(([key]) => key.startsWith('findings.'))
          .map(([, value]) => value)
      : [];
  return (
    <div className="alert alert-danger" role="alert">
      <p className="alert-title">{props.title}</p>
      {findings.length ? (
        <>
          <p>
            Die Vorlage enthält Angaben, die auf Personen hinweisen können. Bitte entfernen Sie sie oder
            setzen Sie Platzhalter ein (z. B. [Name], [Datum]):
          </p>
          <ul className="cooperation-findings">
            {findings.map((f) => (
              <li key={f}>{f}</li>
            ))}
          </ul>
        </>
      ) : (
        <p>{errorMessage(props.error)}</p>
      )}
    </div>
  );
}
