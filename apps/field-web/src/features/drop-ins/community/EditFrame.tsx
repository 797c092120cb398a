import { StatusMessage } from '@doorstep/ui';
import type { ReactNode } from 'react';

/**
 * An add or edit page: the way back, its heading, then the form, or, for staff who may only
 * look (advisors), why there is no form.
 */
export function EditFrame({
  back,
  title,
  canEdit,
  readOnly,
  children,
}: {
  back: ReactNode;
  title: string;
  canEdit: boolean;
  /** "Only the community team and managers can change venues." */
  readOnly: string;
  children: ReactNode;
}) {
  return (
    <>
      {back}
      <h1>{title}</h1>
      {canEdit ? children : <StatusMessage kind="info">{readOnly}</StatusMessage>}
    </>
  );
}
