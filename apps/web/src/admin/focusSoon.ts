/**
 * Moves focus after React has rendered what the focus should land on (an error summary, the
 * first invalid field, a new row); focusing also scrolls it into view on small screens.
 */
export function focusSoon(find: () => HTMLElement | null | undefined): void {
  requestAnimationFrame(() => find()?.focus());
}

/** The first field marked invalid inside a container. */
export function firstInvalidField(container: HTMLElement | null): HTMLElement | null {
  return container?.querySelector<HTMLElement>('[aria-invalid="true"]') ?? null;
}
