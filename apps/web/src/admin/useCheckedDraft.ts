import { type FormEvent, useRef, useState } from 'react';
import { isApiError } from '../api/client.ts';
import { firstInvalidField, focusSoon } from './focusSoon.ts';
import { useUnsavedChangesWarning } from './useUnsavedChangesWarning.ts';

type Errors = Record<string, string>;

/**
 * The state of an admin form that checks its draft in the browser before saving: the draft and the
 * last saved version (unsaved changes warn before leaving), field messages that follow the typing
 * after a first attempt, focus on the first invalid field, the server's field messages on refusal.
 * `check` turns a draft into the value to save (null when invalid) and its messages.
 */
export function useCheckedDraft<TDraft, TValue>(options: {
  initial: () => TDraft;
  check: (draft: TDraft) => { value: TValue | null; errors: Errors };
  same?: (a: TDraft, b: TDraft) => boolean;
}) {
  const [saved, setSaved] = useState(options.initial);
  const [draft, setDraft] = useState(saved);
  const [errors, setErrors] = useState<Errors>({});
  const [checking, setChecking] = useState(false);
  const [success, setSuccess] = useState(false);
  const form = useRef<HTMLFormElement>(null);
  const same = options.same ?? ((a, b) => JSON.stringify(a) === JSON.stringify(b));
  const dirty = !same(draft, saved);
  useUnsavedChangesWarning(dirty);

  function change(next: TDraft) {
    setDraft(next);
    setSuccess(false);
    // After a first attempt, messages follow the typing, so a corrected field loses its message at once.
    if (checking) setErrors(options.check(next).errors);
  }

  /** On submit: the value to save, or null (messages shown, focus on the first invalid field). */
  function validate(event: FormEvent): TValue | null {
    event.preventDefault();
    setChecking(true);
    const checked = options.check(draft);
    setErrors(checked.errors);
    if (checked.value === null) focusSoon(() => firstInvalidField(form.current));
    return checked.value;
  }

  /** After a save: the server's version is the new saved one. */
  function accept(fresh: TDraft) {
    setSaved(fresh);
    setDraft(fresh);
    setChecking(false);
    setSuccess(true);
  }

  /** After a refusal: the server's field messages, focus on the field or the message. */
  function refused(error: unknown) {
    if (isApiError(error)) setErrors(error.fields);
    focusSoon(() => firstInvalidField(form.current) ?? form.current?.querySelector<HTMLElement>('.alert'));
  }

  /** Back to the saved version, without messages. */
  function discard() {
    setDraft(saved);
    setErrors({});
    setChecking(false);
    setSuccess(false);
  }

  return { form, draft, errors, success, dirty, change, validate, accept, refused, discard };
}
