import {
  disclosureGroundLabels,
  roleLabels,
  type TDisclosureGround,
  type TEntry,
  ZDiscloseEntryRequestSchema,
  ZDisclosureGround,
} from '@lotse/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { ApiError, api, errorMessage } from '../../api/client.ts';
import { Alert, Button, LiveMessage, RadioGroup, Select, Spinner, TextField } from '../../ui/index.ts';
import { keys, useTeams, useUsers } from '../api.ts';
import { issuesToFields } from '../format.ts';
import { LawReferences } from '../law/LawCitation.tsx';
import { useCurrentUser } from '../session.tsx';

const groundOptions = ZDisclosureGround.options.map((g) => ({ value: g, label: disclosureGroundLabels[g] }));

type RecipientKind = 'user' | 'team';

/** Widens who may read an entrusted entry (§ 65 SGB VIII), on a stated legal ground. */
export function DiscloseForm(props: { caseId: string; entry: TEntry; onDone: (message: string) => void }) {
  const me = useCurrentUser();
  const users = useUsers();
  const teams = useTeams();
  const [ground, setGround] = useState<TDisclosureGround | ''>('');
  const [reference, setReference] = useState('');
  const [kind, setKind] = useState<RecipientKind>('user');
  const [recipientId, setRecipientId] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  // An edited field loses its (now stale) message.
  const clear = (...fields: string[]) =>
    setErrors((all) => Object.fromEntries(Object.entries(all).filter(([k]) => !fields.includes(k))));
  const path = `/api/cases/${encodeURIComponent(props.caseId)}/entries/${encodeURIComponent(props.entry.id)}/disclosures`;
  const queryClient = useQueryClient();
  const disclose = useMutation({
    mutationFn: (body: unknown) => api<void>(path, { method: 'POST', body }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: keys.entries(props.caseId) });
      const name =
        kind === 'user'
          ? users.data?.find((u) => u.id === recipientId)?.displayName
          : `Team ${teams.data?.find((t) => t.id === recipientId)?.name ?? ''}`;
      props.onDone(`„${props.entry.title}“ ist jetzt auch für ${name ?? 'die Empfänger'} sichtbar.`);
    },
    onError: (error) => setErrors(error instanceof ApiError ? error.fields : {}),
  });

  if (users.isPending || teams.isPending) return <Spinner label="Empfänger werden geladen …" />;
  if (users.isError || teams.isError) {
    return <Alert tone="danger">{errorMessage(users.error ?? teams.error)}</Alert>;
  }

  const recipientOptions =
    kind === 'user'
      ? users.data
          .filter((u) => u.id !== me.id)
          .map((u) => ({
            value: u.id,
            label: `${u.displayName} (${u.roles.map((r) => roleLabels[r]).join(', ')})`,
          }))
      : teams.data.map((t) => ({ value: t.id, label: t.name }));

  function submit(event: FormEvent) {
    event.preventDefault();
    const body = {
      ground: ground || undefined,
      reference: reference.trim(),
      ...(kind === 'user' ? { toUserId: recipientId || undefined } : { toTeamId: recipientId || undefined }),
    };
    const parsed = ZDiscloseEntryRequestSchema.safeParse(body);
    if (!parsed.success) {
      const fields = issuesToFields(parsed.error.issues);
      // The "team or person" rule has no path of its own: show it at the recipient.
      if (fields[''] || !recipientId) fields.recipient = 'Bitte wählen Sie, wer den Eintrag sehen darf.';
      if (fields.ground) fields.ground = 'Bitte wählen Sie die Rechtsgrundlage.';
      setErrors(fields);
      return;
    }
    setErrors({});
    disclose.mutate(parsed.data);
  }

  return (
    <form className="stack" onSubmit={submit} noValidate>
      <div className="dialog-intro">
        <p>
          Mit der Weitergabe darf zusätzlich die gewählte Person oder das gewählte Team diesen anvertrauten
          Eintrag lesen; Rechtsgrundlage und Nachweis werden gespeichert und die Weitergabe wird
          protokolliert.
        </p>
        <p className="muted small">
          Sie können die Weitergabe später zurücknehmen; sie bleibt dann als zurückgenommen dokumentiert.
        </p>
      </div>
      <LiveMessage
        error={
          disclose.isError
            ? errorMessage(disclose.error)
            : Object.keys(errors).length
              ? 'Bitte prüfen Sie die markierten Felder.'
              : null
        }
      />
      <Select
        label="Rechtsgrundlage"
        placeholder="Bitte wählen"
        options={groundOptions}
        value={ground}
        error={errors.ground}
        hintBelow
        hint={ground ? <LawReferences text={disclosureGroundLabels[ground]} /> : undefined}
        onChange={(e) => {
          const parsed = ZDisclosureGround.safeParse(e.target.value);
          setGround(parsed.success ? parsed.data : '');
          clear('ground');
        }}
      />
      <TextField
        label="Nachweis"
        hint="Worauf stützt sich die Weitergabe? Zum Beispiel „Einwilligung von Mia am 3.11.“."
        required
        maxLength={500}
        value={reference}
        error={errors.reference}
        onChange={(e) => {
          setReference(e.target.value);
          clear('reference');
        }}
      />
      <RadioGroup
        legend="Weitergeben an"
        name="recipient-kind"
        options={[
          { value: 'user', label: 'Kollegin oder Kollege' },
          { value: 'team', label: 'Team' },
        ]}
        value={kind}
        onChange={(value) => {
          setKind(value === 'team' ? 'team' : 'user');
          setRecipientId('');
        }}
      />
      <Select
        label={kind === 'user' ? 'Kollegin oder Kollege' : 'Team'}
        placeholder="Bitte wählen"
        options={recipientOptions}
        value={recipientId}
        error={errors.recipient ?? errors.toUserId ?? errors.toTeamId}
        onChange={(e) => {
          setRecipientId(e.target.value);
          clear('recipient', 'toUserId', 'toTeamId', '');
        }}
      />
      <div className="form-actions">
        <Button type="submit" busy={disclose.isPending}>
          Weitergeben
        </Button>
      </div>
    </form>
  );
}
