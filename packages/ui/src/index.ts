export { Button, type ButtonProps } from './Button';
export { FormField, type FormFieldProps } from './FormField';
export { MAIN_CONTENT_ID, PageLayout, type PageLayoutProps } from './PageLayout';
export { StatusMessage, type StatusMessageProps } from './StatusMessage';
