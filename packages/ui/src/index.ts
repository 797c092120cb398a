export { Button, type ButtonProps } from './Button';
export { Checkboxes, type CheckboxesProps } from './Checkboxes';
export { type Chip, Chips, type ChipsProps } from './Chips';
export { CopyField, type CopyFieldProps } from './CopyField';
export { Dialog, type DialogProps } from './Dialog';
export { ErrorSummary, type ErrorSummaryProps } from './ErrorSummary';
export { FormField, type FormFieldProps } from './FormField';
export {
  LanguageSwitcher,
  type LanguageSwitcherProps,
  useDocumentLanguage,
} from './LanguageSwitcher';
export { LineIcon } from './LineIcon';
export { MAIN_CONTENT_ID, PageLayout, type PageLayoutProps } from './PageLayout';
export { type RadioOption, Radios, type RadiosProps } from './Radios';
export { StatusMessage, type StatusMessageProps } from './StatusMessage';
export { SummaryList, type SummaryRow } from './SummaryList';
export { TableRegion } from './TableRegion';
