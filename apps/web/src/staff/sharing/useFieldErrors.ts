import { type RefObject, useState } from 'react';
import { ApiError, errorMessage } from '../../api/client.ts';
import { useFocusFirstInvalid } from './useFocusLater.ts';

/**
 * The field errors of a dialog form: set by its own check or by the server's `fields`, each time
 * with the focus on the first marked field, and the one message above the form.
 */
export function useFieldErrors(form: RefObject<HTMLFormElement | null>) {
  const [errors, setErrors] = useState<Record<string, string>>({});
  const focusFirstInvalid = useFocusFirstInvalid(form);
  const show = (fields: Record<string, string>) => {
    setErrors(fields);
    focusFirstInvalid();
  };
  return {
    errors,
    setErrors,
    show,
    /** For a mutation's onError: the server's field messages at the fields. */
    fromServer: (error: unknown) => {
      if (error instanceof ApiError && Object.keys(error.fields).length > 0) show(error.fields);
    },
    /** The message above the form: the server's, or a pointer to the marked fields. */
    summary: (mutation: { isError: boolean; error: unknown }) => {
      const marked = Object.keys(errors).length > 0;
      if (marked) return 'Bitte prüfen Sie die markierten Felder.';
      return mutation.isError ? errorMessage(mutation.error) : null;
    },
  };
}
