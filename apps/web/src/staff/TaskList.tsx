import type { TTask } from '@lotse/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { api, errorMessage } from '../api/client.ts';
import { Badge, LiveMessage } from '../ui/index.ts';
import { formatDate } from './format.ts';

/**
 * Task list with a done checkbox. `canEdit` comes from the server's allowed actions;
 * `showCase` adds a link to the task's case (used on "Mein Tag").
 */
export function TaskList(props: { tasks: TTask[]; canEdit: boolean; showCase?: boolean; label: string }) {
  const queryClient = useQueryClient();
  // Optimistic state per task, so the checkbox answers at once; cleared when the server data is back.
  const [pending, setPending] = useState<Record<string, boolean>>({});
  const toggle = useMutation({
    mutationFn: (v: { id: string; done: boolean }) =>
      api<unknown>(`/api/tasks/${encodeURIComponent(v.id)}`, { method: 'PATCH', body: { done: v.done } }),
    onMutate: (v) => setPending((p) => ({ ...p, [v.id]: v.done })),
    onSettled: async (_data, _error, v) => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: ['case'] }),
        queryClient.invalidateQueries({ queryKey: ['my-day'] }),
      ]);
      setPending(({ [v.id]: _, ...rest }) => rest);
    },
  });

  return (
    <div className="stack-sm">
      <LiveMessage error={toggle.isError ? errorMessage(toggle.error) : null} />
      <ul className="plain-list task-list" aria-label={props.label}>
        {props.tasks.map((task) => {
          const done = pending[task.id] ?? task.doneAt !== null;
          const checkboxId = `task-${task.id}`;
          return (
            <li
              key={task.id}
              id={`aufgabe-${task.id}`}
              tabIndex={-1}
              className={`task${task.overdue && !done ? ' is-overdue' : ''}${done ? ' is-done' : ''}`}
            >
              {props.canEdit ? (
                <input
                  id={checkboxId}
                  type="checkbox"
                  checked={done}
                  disabled={toggle.isPending}
                  onChange={(e) => toggle.mutate({ id: task.id, done: e.target.checked })}
                />
              ) : null}
              <div className="task-body">
                {props.canEdit ? (
                  <label htmlFor={checkboxId} className="task-title">
                    {task.title}
                  </label>
                ) : (
                  <span className="task-title">{task.title}</span>
                )}
                <span className="task-meta">
                  fällig am {formatDate(task.dueOn)}
                  {task.assignee ? ` · ${task.assignee.displayName}` : ''}
                  {props.showCase && task.caseId ? (
                    <>
                      {' · '}
                      <Link to={`/fachkraft/faelle/${task.caseId}`}>
                        {task.caseReference ?? 'Fall öffnen'}
                      </Link>
                    </>
                  ) : null}
                </span>
              </div>
              {task.overdue && !done ? <Badge tone="danger">überfällig</Badge> : null}
              {done ? <Badge tone="success">erledigt</Badge> : null}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
