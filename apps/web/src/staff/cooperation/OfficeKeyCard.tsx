import { errorMessage } from '../../api/client.ts';
import { Alert, Card, Spinner } from '../../ui/index.ts';
import { formatDate } from '../format.ts';
import { useOfficeKey } from './api.ts';

/** The office's key fingerprint, to tell partner offices so they can check its packages. */
export function OfficeKeyCard() {
  const key = useOfficeKey();
  return (
    <Card title="Schlüssel Ihres Amtes">
      {key.isPending ? <Spinner label="Schlüssel wird geladen …" /> : null}
      {key.isError ? <Alert tone="danger">{errorMessage(key.error)}</Alert> : null}
      {key.data ? (
        <div className="stack-sm">
          <p>
            Nennen Sie anderen Ämtern diesen Fingerabdruck auf einem zweiten Weg (Telefon, Brief), bevor sie
            ein Paket von {key.data.office} einlesen:
          </p>
          <p className="cooperation-fingerprint">{key.data.fingerprint}</p>
          <p className="muted small">Ed25519-Schlüssel, erzeugt am {formatDate(key.data.createdAt)}.</p>
        </div>
      ) : null}
    </Card>
  );
}
