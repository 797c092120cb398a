import {
  appointments,
  contacts,
  customers,
  type Database,
  dampMouldReports,
  dropInAttendance,
  dropInChanges,
  dropInSeries,
  formatTasks,
  homes,
  livingWellMeetings,
  notices,
  patches,
  representatives,
  safetyChecks,
  staff,
  tenancies,
  venues,
} from '@doorstep/db';

/** The day the hand-built figures are computed on: Monday 23 November 2026, 10:00 GMT. */
export const NOW = new Date('2026-11-23T10:00:00Z');
export const MANAGER = 'monitoring.manager@example.test';
export const NORTH_ADVISOR = 'monitoring.north@example.test';
export const COMMUNITY = 'monitoring.community@example.test';

const at = (iso: string) => new Date(iso);
const square = (lon: number) => ({
  type: 'Polygon' as const,
  coordinates: [
    [
      [lon, 53.4],
      [lon + 0.01, 53.4],
      [lon + 0.01, 53.41],
      [lon, 53.41],
      [lon, 53.4],
    ],
  ],
});

const member = (email: string, role: 'advisor' | 'community' | 'manager') => ({
  name: email.split('@')[0] ?? email,
  email,
  role,
  team: 'Housing',
  workingPattern: {},
  homeBaseName: 'Office',
  homeBaseLatitude: 53.4,
  homeBaseLongitude: -2.85,
});

export async function addStaff(db: Database) {
  const [manager, north, community] = await db
    .insert(staff)
    .values([
      member(MANAGER, 'manager'),
      member(NORTH_ADVISOR, 'advisor'),
      member(COMMUNITY, 'community'),
    ])
    .returning({ id: staff.id });
  if (!manager || !north || !community) throw new Error('staff insert failed');
  const [northPatch, southPatch] = await db
    .insert(patches)
    .values([
      { name: 'North', boundary: square(-2.9), advisorId: north.id },
      { name: 'South', boundary: square(-2.8) },
    ])
    .returning({ id: patches.id });
  if (!northPatch || !southPatch) throw new Error('patch insert failed');
  return {
    staffId: north.id,
    colleagueId: manager.id,
    northId: northPatch.id,
    southId: southPatch.id,
  };
}

export async function addHome(db: Database, patchId: string, hasGas = true) {
  const [home] = await db
    .insert(homes)
    .values({
      addressLine1: '1 Test Street',
      town: 'Huyton',
      postcode: 'L36 1AA',
      latitude: 53.405,
      longitude: -2.85,
      hasGas,
      patchId,
    })
    .returning({ id: homes.id });
  if (!home) throw new Error('home insert failed');
  return home.id;
}

let reference = 0;
export async function addTenancy(
  db: Database,
  homeId: string,
  tenancy: {
    tenure?: 'low_cost_rental' | 'affordable_rent';
    startDate?: string;
    endDate?: string;
  } = {},
) {
  reference += 1;
  const [row] = await db
    .insert(tenancies)
    .values({
      reference: `MON-${reference}`,
      homeId,
      tenure: tenancy.tenure ?? 'low_cost_rental',
      startDate: tenancy.startDate ?? '2020-01-01',
      endDate: tenancy.endDate ?? null,
    })
    .returning({ id: tenancies.id });
  if (!row) throw new Error('tenancy insert failed');
  return row.id;
}

export async function addCustomer(
  db: Database,
  tenancyId: string | null,
  profile: { language?: string; format?: 'standard' | 'large_print' | 'braille' } = {},
) {
  const [row] = await db
    .insert(customers)
    .values({
      tenancyId,
      name: 'Test Tenant',
      preferredChannel: 'post',
      preferredLanguage: profile.language ?? 'en',
      preferredFormat: profile.format ?? 'standard',
    })
    .returning({ id: customers.id });
  if (!row) throw new Error('customer insert failed');
  return row.id;
}

type AppointmentRow = typeof appointments.$inferInsert;
export async function addAppointment(
  db: Database,
  row: Omit<AppointmentRow, 'endsAt' | 'purpose' | 'startsAt' | 'createdAt'> & {
    startsAt: string;
    createdAt: string;
  },
) {
  const startsAt = at(row.startsAt);
  const [inserted] = await db
    .insert(appointments)
    .values({
      ...row,
      startsAt,
      endsAt: new Date(startsAt.getTime() + 3_600_000),
      createdAt: at(row.createdAt),
      purpose: 'A visit for the monitoring test',
    })
    .returning({ id: appointments.id });
  if (!inserted) throw new Error('appointment insert failed');
  return inserted.id;
}

/**
 * A small organisation where every measure has a figure worked out by hand (see the
 * comments beside each record and the expectations in monitoring.test.ts).
 */
export async function buildWorld(db: Database) {
  const { staffId, colleagueId, northId, southId } = await addStaff(db);
  const h1 = await addHome(db, northId);
  const h2 = await addHome(db, northId);
  const h3 = await addHome(db, northId, false);
  const h4 = await addHome(db, northId);
  const h5 = await addHome(db, southId);
  // h6: a South home with gas and no certificate on record.
  await addHome(db, southId);

  // Living Well coverage: 3 counted, 1 met, 1 overdue, 1 due today.
  const t1 = await addTenancy(db, h1);
  const t2 = await addTenancy(db, h2);
  const t3 = await addTenancy(db, h3);
  const t4 = await addTenancy(db, h4, { tenure: 'affordable_rent' });
  const t5 = await addTenancy(db, h5, { endDate: '2025-01-01' });
  await db.insert(livingWellMeetings).values([
    { tenancyId: t1, heldOn: '2026-03-01', outcome: 'met' },
    { tenancyId: t2, heldOn: '2025-06-01', outcome: 'met' },
    { tenancyId: t3, heldOn: '2025-11-23', outcome: 'met' },
  ]);
  const c1 = await addCustomer(db, t1);
  const c2 = await addCustomer(db, t2, { format: 'large_print' });
  const c3 = await addCustomer(db, t3);
  await addCustomer(db, t4);
  const c5 = await addCustomer(db, t5);

  const visit = { staffId, attemptNumber: 1 } as const;
  // First visits: a1 in, a2 no access, a4 no access, a8 in; a3 is a follow-up, a5 cancelled,
  // a6 two years ago, the colleague's row is a1 again, a9 and a10 are still booked.
  const a1 = await addAppointment(db, {
    ...visit,
    type: 'tenancy_visit',
    customerId: c1,
    homeId: h1,
    status: 'completed',
    startsAt: '2026-11-10T10:00:00Z',
    createdAt: '2026-11-02T09:00:00Z',
    bookedVia: 'phone',
  });
  await addAppointment(db, {
    ...visit,
    type: 'tenancy_visit',
    customerId: c1,
    homeId: h1,
    status: 'completed',
    startsAt: '2026-11-10T10:00:00Z',
    createdAt: '2026-11-02T09:00:00Z',
    bookedVia: 'phone',
    staffId: colleagueId,
    accompaniesId: a1,
  });
  const a2 = await addAppointment(db, {
    ...visit,
    type: 'tenancy_visit',
    customerId: c2,
    homeId: h2,
    status: 'no_access',
    startsAt: '2026-11-11T10:00:00Z',
    createdAt: '2026-11-03T09:00:00Z',
    bookedVia: 'booking_link',
  });
  const a3 = await addAppointment(db, {
    ...visit,
    attemptNumber: 2,
    attemptOfId: a2,
    type: 'tenancy_visit',
    customerId: c2,
    homeId: h2,
    status: 'completed',
    startsAt: '2026-11-18T10:00:00Z',
    createdAt: '2026-11-12T09:00:00Z',
    bookedVia: 'staff',
  });
  const a4 = await addAppointment(db, {
    ...visit,
    type: 'damp_mould_investigation',
    customerId: c1,
    homeId: h1,
    status: 'no_access',
    startsAt: '2026-11-04T10:00:00Z',
    createdAt: '2026-11-02T12:00:00Z',
    bookedVia: 'phone',
  });
  const a5 = await addAppointment(db, {
    ...visit,
    type: 'survey',
    customerId: c3,
    homeId: h3,
    status: 'cancelled',
    startsAt: '2026-11-12T10:00:00Z',
    createdAt: '2026-11-05T09:00:00Z',
    bookedVia: 'email',
  });
  await addAppointment(db, {
    ...visit,
    type: 'survey',
    customerId: c3,
    homeId: h3,
    status: 'completed',
    startsAt: '2024-06-03T10:00:00Z',
    createdAt: '2024-05-01T09:00:00Z',
    bookedVia: 'phone',
  });
  // The damp and mould follow-up that got in at h1, and the emergency visit at h2 (late).
  await addAppointment(db, {
    ...visit,
    attemptNumber: 2,
    attemptOfId: a4,
    type: 'damp_mould_investigation',
    customerId: c1,
    homeId: h1,
    status: 'completed',
    startsAt: '2026-11-09T10:00:00Z',
    createdAt: '2026-11-04T12:00:00Z',
    bookedVia: 'staff',
  });
  await addAppointment(db, {
    ...visit,
    type: 'damp_mould_investigation',
    customerId: c2,
    homeId: h2,
    status: 'completed',
    startsAt: '2026-10-05T10:00:00Z',
    createdAt: '2026-10-01T12:00:00Z',
    bookedVia: 'phone',
  });
  // Booked ahead: an investigation at h3 and a gas check at h4.
  await addAppointment(db, {
    ...visit,
    type: 'damp_mould_investigation',
    customerId: c3,
    homeId: h3,
    status: 'booked',
    startsAt: '2026-11-25T10:00:00Z',
    createdAt: '2026-11-19T12:00:00Z',
    bookedVia: 'live_chat',
  });
  await addAppointment(db, {
    ...visit,
    type: 'gas_safety_check',
    customerId: c1,
    homeId: h4,
    status: 'booked',
    startsAt: '2026-12-01T10:00:00Z',
    createdAt: '2026-11-16T12:00:00Z',
    bookedVia: 'phone',
  });

  // Notices: a1 in time and format; a2 in time, wrong format; a4 never sent; a5's cancelled;
  // a3's not due yet; a1's reminder and its representative's copy are not notice of a visit.
  const [representative] = await db
    .insert(representatives)
    .values({
      customerId: c1,
      name: 'A Daughter',
      relationship: 'daughter',
      period: 'ongoing',
      startsOn: '2026-01-01',
    })
    .returning({ id: representatives.id });
  const notice = (appointmentId: string, customerId: string) => ({
    kind: 'booking_confirmation' as const,
    appointmentId,
    customerId,
    channel: 'post' as const,
    format: 'standard' as const,
    language: 'en',
  });
  const [n1, n2, n4] = await db
    .insert(notices)
    .values([
      {
        ...notice(a1, c1),
        sendBy: at('2026-11-05T17:00:00Z'),
        sentAt: at('2026-11-04T09:00:00Z'),
        status: 'sent',
      },
      {
        ...notice(a2, c2),
        sendBy: at('2026-11-06T17:00:00Z'),
        sentAt: at('2026-11-04T09:00:00Z'),
        status: 'sent',
      },
      { ...notice(a4, c1), sendBy: at('2026-11-03T17:00:00Z'), status: 'pending' },
      { ...notice(a5, c3), sendBy: at('2026-11-09T17:00:00Z'), status: 'cancelled' },
      { ...notice(a3, c2), kind: 'reschedule', sendBy: at('2026-11-30T17:00:00Z') },
      {
        ...notice(a1, c1),
        kind: 'reminder',
        sendBy: at('2026-11-09T17:00:00Z'),
        status: 'pending',
      },
      {
        ...notice(a1, c1),
        representativeId: representative?.id,
        sendBy: at('2026-11-05T17:00:00Z'),
        status: 'pending',
      },
    ])
    .returning({ id: notices.id });
  if (!n1 || !n2 || !n4) throw new Error('notice insert failed');

  // Alternative formats: one in time, one late, one still inside its time.
  await db.insert(formatTasks).values([
    {
      noticeId: n1.id,
      customerId: c1,
      format: 'braille',
      language: 'en',
      dueOn: '2026-11-09',
      doneAt: at('2026-11-06T12:00:00Z'),
      createdAt: at('2026-11-02T09:00:00Z'),
    },
    {
      noticeId: n2.id,
      customerId: c2,
      format: 'large_print',
      language: 'en',
      dueOn: '2026-11-10',
      doneAt: at('2026-11-12T12:00:00Z'),
      createdAt: at('2026-11-03T09:00:00Z'),
    },
    {
      noticeId: n4.id,
      customerId: c1,
      format: 'braille',
      language: 'en',
      dueOn: '2026-11-27',
      createdAt: at('2026-11-20T09:00:00Z'),
    },
  ]);

  // Contacts: in time, late, never acknowledged, still inside its 2 days, in time (no customer).
  await db.insert(contacts).values([
    {
      customerId: c1,
      channel: 'phone',
      receivedAt: at('2026-11-02T09:00:00Z'),
      acknowledgedAt: at('2026-11-03T12:00:00Z'),
    },
    {
      customerId: c2,
      channel: 'phone',
      receivedAt: at('2026-11-02T09:00:00Z'),
      acknowledgedAt: at('2026-11-06T12:00:00Z'),
    },
    { customerId: c3, channel: 'email', receivedAt: at('2026-11-09T09:00:00Z') },
    { customerId: c5, channel: 'live_chat', receivedAt: at('2026-11-23T08:00:00Z') },
    {
      customerId: null,
      channel: 'post',
      receivedAt: at('2026-11-10T09:00:00Z'),
      acknowledgedAt: at('2026-11-10T15:00:00Z'),
    },
  ]);

  // Certificates. Gas: h1 met its January due; h2 overdue since October; h4 due in December
  // with a check booked; h5 due in December with nothing booked (at risk); h6 none on record.
  // Electrical: h1 met its June due; h2 overdue since March; the rest have none.
  await db.insert(safetyChecks).values([
    { homeId: h1, kind: 'gas', doneOn: '2025-01-10' },
    { homeId: h1, kind: 'gas', doneOn: '2025-12-28' },
    { homeId: h2, kind: 'gas', doneOn: '2025-10-01' },
    { homeId: h4, kind: 'gas', doneOn: '2025-12-10' },
    { homeId: h5, kind: 'gas', doneOn: '2025-12-15' },
    { homeId: h1, kind: 'electrical', doneOn: '2021-06-01' },
    { homeId: h1, kind: 'electrical', doneOn: '2026-05-20' },
    { homeId: h2, kind: 'electrical', doneOn: '2021-03-01' },
  ]);

  // Damp and mould: h1 investigated in time; h2 an emergency seen 4 days later; h5 open with
  // nothing booked (at risk); h3 open with a visit booked in time.
  await db.insert(dampMouldReports).values([
    { homeId: h1, customerId: c1, reportedAt: at('2026-11-02T09:00:00Z') },
    { homeId: h2, customerId: c2, reportedAt: at('2026-10-01T09:00:00Z'), emergency: true },
    { homeId: h5, customerId: null, reportedAt: at('2026-11-20T09:00:00Z') },
    { homeId: h3, customerId: c3, reportedAt: at('2026-11-19T09:00:00Z') },
  ]);

  // Drop-ins: first Tuesdays from September at a Huyton venue; October's cancelled, so
  // September and November were held; December is still to come.
  const [venue] = await db
    .insert(venues)
    .values({
      name: 'Test Hall',
      area: 'Huyton',
      addressLine1: '2 Test Road',
      town: 'Huyton',
      postcode: 'L36 2BB',
      latitude: 53.41,
      longitude: -2.84,
    })
    .returning({ id: venues.id });
  const [series] = await db
    .insert(dropInSeries)
    .values({
      title: 'Test drop-in',
      team: 'Communities',
      topics: ['rent', 'repairs'],
      venueId: venue?.id ?? '',
      rrule: 'FREQ=MONTHLY;BYDAY=+1TU;UNTIL=20261231',
      startsOn: '2026-09-01',
      endsOn: '2026-12-01',
      startTime: '10:00',
      endTime: '12:00',
      clashRule: 'skip',
      published: true,
    })
    .returning({ id: dropInSeries.id });
  if (!series) throw new Error('series insert failed');
  await db.insert(dropInChanges).values({
    seriesId: series.id,
    originalDate: '2026-10-06',
    kind: 'cancel',
    reason: 'The hall flooded',
    changedAt: at('2026-10-01T09:00:00Z'),
  });
  await db.insert(dropInAttendance).values([
    { seriesId: series.id, originalDate: '2026-09-01', count: 7, topics: ['rent', 'repairs'] },
    { seriesId: series.id, originalDate: '2026-11-03', count: 5, topics: ['rent'] },
  ]);

  return { northId, southId, c1, c2 };
}
