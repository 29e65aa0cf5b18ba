// The dialog moved to the design system; the office administration keeps importing it from here.
export { ConfirmDialog } from '../ui/index.ts';
