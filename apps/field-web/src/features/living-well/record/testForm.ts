import type { RecordForm } from './types';

/** A pre-filled record form as livingWell.recordForm gives it, for the unit tests. */
export const testForm: RecordForm = {
  tenancy: {
    id: '00000000-0000-4000-8000-000000000001',
    reference: 'T-0001',
    startDate: '2019-05-01',
    addressLine1: '1 Park Road',
    postcode: 'L36 1AA',
    patchId: '00000000-0000-4000-8000-000000000003',
  },
  customer: { id: '00000000-0000-4000-8000-000000000002', name: 'Ada Jones' },
  contact: { phone: '0151 000 0000', email: null },
  household: [{ name: 'Sam Jones', relationship: 'son', birthYear: 2008 }],
  preferences: { language: 'en', format: 'standard', channel: 'post' },
  accessNeeds: { interpreter: null, visitAdjustments: ['knock_loudly'], vulnerabilityFlags: [] },
  representatives: [],
  characteristics: [
    { characteristic: 'ethnicity', value: 'white', consent: true, consentRecordedAt: 'x' },
    { characteristic: 'religion', value: null, consent: false, consentRecordedAt: null },
    { characteristic: 'sex', value: 'female', consent: true, consentRecordedAt: 'x' },
    { characteristic: 'sexual_orientation', value: null, consent: false, consentRecordedAt: null },
    { characteristic: 'disability', value: null, consent: false, consentRecordedAt: null },
  ],
  referralOwner: { id: '00000000-0000-4000-8000-000000000004', name: 'Alex Advisor' },
  dueOn: '2026-04-01',
  lastMetOn: '2025-04-01',
  lastAttempt: { heldOn: '2025-04-01', outcome: 'met' },
};
