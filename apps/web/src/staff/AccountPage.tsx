import { roleLabels } from '@lotse/shared';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Badge, Button, Card, DefinitionList, LiveMessage, PageHeader } from '../ui/index.ts';
import { keys } from './api.ts';
import { MfaEnrolment } from './MfaEnrolment.tsx';
import { useCurrentUser } from './session.tsx';

/** "Konto": who am I in Lotse, and the optional set-up of the second factor. */
export function AccountPage() {
  const me = useCurrentUser();
  const teams = me.teams.map((t) => (t.lead ? `${t.name} (Leitung)` : t.name)).join(', ');

  return (
    <>
      <title>Mein Konto – Lotse</title>
      <PageHeader title="Mein Konto" lead="Ihre Angaben in Lotse und die Sicherheit Ihrer Anmeldung." />
      <div className="grid-2">
        <Card title="Angaben">
          <DefinitionList
            items={[
              { term: 'Name', value: me.displayName },
              { term: 'Benutzername', value: <span className="case-ref">{me.username}</span> },
              { term: 'Rollen', value: me.roles.map((r) => roleLabels[r]).join(', ') || '–' },
              { term: 'Teams', value: teams || 'keinem Team zugeordnet' },
              { term: 'Dienststelle', value: me.office.name },
            ]}
          />
          <p className="muted small account-note">
            Änderungen an Rollen und Teams nimmt die Administration vor.
          </p>
        </Card>
        <MfaCard />
      </div>
    </>
  );
}

function MfaCard() {
  const me = useCurrentUser();
  const queryClient = useQueryClient();
  const [enrolling, setEnrolling] = useState(false);
  const [done, setDone] = useState(false);

  return (
    <Card
      title="Zwei-Faktor-Anmeldung"
      actions={
        me.mfaEnabled ? (
          <Badge tone="success">eingerichtet</Badge>
        ) : (
          <Badge tone="warning">nicht eingerichtet</Badge>
        )
      }
    >
      <div className="stack">
        <LiveMessage
          success={
            done
              ? 'Die Zwei-Faktor-Anmeldung ist eingerichtet. Ab der nächsten Anmeldung fragt Lotse nach Passwort und Code.'
              : null
          }
        />
        {me.mfaEnabled ? (
          done ? null : (
            <p>
              Bei jeder Anmeldung fragt Lotse nach Ihrem Passwort und einem Code aus Ihrer Authenticator-App.
              Wenn Sie Ihr Telefon verlieren, wenden Sie sich an die Administration.
            </p>
          )
        ) : enrolling ? (
          <MfaEnrolment
            submitLabel="Code prüfen und einrichten"
            onDone={async () => {
              setEnrolling(false);
              setDone(true);
              await queryClient.invalidateQueries({ queryKey: keys.me });
            }}
          />
        ) : (
          <>
            <p>
              Schützen Sie Ihr Konto zusätzlich: Nach dem Passwort fragt Lotse dann nach einem sechsstelligen
              Code, den eine Authenticator-App auf Ihrem Telefon erzeugt. Wer nur Ihr Passwort kennt, kommt so
              nicht an die Falldaten.
            </p>
            <div>
              <Button onClick={() => setEnrolling(true)}>Zwei-Faktor-Anmeldung einrichten</Button>
            </div>
          </>
        )}
      </div>
    </Card>
  );
}
