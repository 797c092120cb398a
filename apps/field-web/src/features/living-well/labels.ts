import type { LivingWellStatus } from '@doorstep/domain';

export const statusLabels: Record<LivingWellStatus, string> = {
  not_planned: 'Not yet planned',
  planned: 'Planned',
  invited: 'Invited',
  booked: 'Booked',
  met: 'Met',
  no_access: 'No access',
  declined: 'Declined',
  overdue: 'Overdue',
};

/** Where an advisor records a meeting (the record form's own route). */
export const recordPath = (tenancyId: string) => `/advisor/tenancies/${tenancyId}/living-well`;
