import './tokens.css';
import './base.css';

export { AppShell, DemoBanner, MAIN_ID, PageHeader } from './AppShell.tsx';
export { Button, buttonClass, LinkButton } from './Button.tsx';
export { ConfirmDialog } from './ConfirmDialog.tsx';
export {
  Alert,
  Badge,
  Card,
  DefinitionList,
  EmptyState,
  LiveMessage,
  Spinner,
  Table,
  type Tone,
} from './components.tsx';
export { Dialog } from './Dialog.tsx';
export { Checkbox, Fieldset, RadioGroup, Select, type SelectOption, Textarea, TextField } from './fields.tsx';
export { useFocusAfterDialog } from './focusAfterDialog.ts';
export { Pagination } from './Pagination.tsx';
export { StatusStepper, type Step, type StepState } from './StatusStepper.tsx';
export { type TabItem, Tabs } from './Tabs.tsx';
