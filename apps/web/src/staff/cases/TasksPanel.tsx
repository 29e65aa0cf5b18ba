import { type TCaseAccessReason, type TCaseDetail, ZCreateTaskRequestSchema } from '@lotse/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { ApiError, api, errorMessage } from '../../api/client.ts';
import { Button, Card, EmptyState, LiveMessage, Select, TextField } from '../../ui/index.ts';
import { keys, useCaseAssignees } from '../api.ts';
import { issuesToFields, todayIso } from '../format.ts';
import { useCurrentUser } from '../session.tsx';
import { TaskList } from '../TaskList.tsx';

export function TasksPanel(props: { detail: TCaseDetail; canManage: boolean }) {
  const tasks = [...props.detail.tasks].sort((a, b) => {
    if ((a.doneAt === null) !== (b.doneAt === null)) return a.doneAt === null ? -1 : 1;
    return a.dueOn.localeCompare(b.dueOn);
  });
  return (
    <div className="grid-2">
      <Card title="Aufgaben">
        {tasks.length ? (
          <TaskList tasks={tasks} canEdit={props.canManage} label="Aufgaben des Falls" />
        ) : (
          <EmptyState>Keine Aufgaben.</EmptyState>
        )}
      </Card>
      {props.canManage ? <NewTaskForm caseId={props.detail.id} /> : null}
    </div>
  );
}

const reasonLabels: Record<TCaseAccessReason, string> = {
  assigned: 'Fallführung',
  deputy: 'Vertretung',
  team: 'Team',
  lead: 'Teamleitung',
};

function NewTaskForm(props: { caseId: string }) {
  const queryClient = useQueryClient();
  const me = useCurrentUser();
  // Only people who may work on the case (the server's case policy); the task is mine unless I choose.
  const assignees = useCaseAssignees(props.caseId);
  const [title, setTitle] = useState('');
  const [dueOn, setDueOn] = useState(todayIso());
  const [assigneeId, setAssigneeId] = useState(me.id);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saved, setSaved] = useState<string | null>(null);
  const create = useMutation({
    mutationFn: (body: unknown) =>
      api<unknown>(`/api/cases/${encodeURIComponent(props.caseId)}/tasks`, { method: 'POST', body }),
    onSuccess: async () => {
      setSaved(`Aufgabe „${title.trim()}“ wurde angelegt.`);
      setTitle('');
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: keys.caseDetail(props.caseId) }),
        queryClient.invalidateQueries({ queryKey: keys.myDay }),
      ]);
    },
    onError: (error) => setErrors(error instanceof ApiError ? error.fields : {}),
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    setSaved(null);
    const body = { title: title.trim(), dueOn, assigneeId };
    const parsed = ZCreateTaskRequestSchema.safeParse(body);
    if (!parsed.success) {
      setErrors(issuesToFields(parsed.error.issues));
      return;
    }
    setErrors({});
    create.mutate(body);
  }

  return (
    <Card title="Neue Aufgabe">
      <form className="stack" onSubmit={submit} noValidate>
        <LiveMessage error={create.isError ? errorMessage(create.error) : null} success={saved} />
        <TextField
          label="Aufgabe"
          required
          maxLength={300}
          value={title}
          error={errors.title ? 'Bitte beschreiben Sie die Aufgabe.' : undefined}
          onChange={(e) => setTitle(e.target.value)}
        />
        <TextField
          label="Fällig am"
          type="date"
          required
          value={dueOn}
          error={errors.dueOn}
          onChange={(e) => setDueOn(e.target.value)}
        />
        <Select
          label="Zuständig"
          hint="Alle, die an diesem Fall arbeiten dürfen"
          options={
            assignees.data
              ? assignees.data.map((u) => ({
                  value: u.id,
                  label: `${u.displayName}${u.id === me.id ? ' (ich)' : ''} – ${reasonLabels[u.reason]}`,
                }))
              : [{ value: me.id, label: `${me.displayName} (ich)` }]
          }
          value={assigneeId}
          error={errors.assigneeId ?? (assignees.isError ? errorMessage(assignees.error) : undefined)}
          onChange={(e) => setAssigneeId(e.target.value)}
        />
        <div className="form-actions">
          <Button type="submit" busy={create.isPending}>
            Aufgabe anlegen
          </Button>
        </div>
      </form>
    </Card>
  );
}
