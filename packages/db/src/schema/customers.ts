import { contactChannels, writtenFormats } from '@doorstep/domain';
import { boolean, date, index, pgEnum, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { createdAt, id } from './columns';
import { tenancies } from './tenancies';

export const contactChannel = pgEnum('contact_channel', contactChannels);
export const writtenFormat = pgEnum('written_format', writtenFormats);

export const customers = pgTable(
  'customers',
  {
    id: id(),
    tenancyId: uuid('tenancy_id').references(() => tenancies.id, { onDelete: 'set null' }),
    isLeadTenant: boolean('is_lead_tenant').notNull().default(true),
    name: text('name').notNull(),
    dateOfBirth: date('date_of_birth', { mode: 'string' }),
    phone: text('phone'),
    email: text('email'),
    /** A BCP 47 language tag, e.g. `en`, `pl`, or `bfi` for British Sign Language. */
    preferredLanguage: text('preferred_language').notNull().default('en'),
    preferredChannel: contactChannel('preferred_channel').notNull(),
    preferredFormat: writtenFormat('preferred_format').notNull().default('standard'),
    /** A reminder the day before each visit, unless they asked for none. */
    wantsReminders: boolean('wants_reminders').notNull().default(true),
    createdAt: createdAt(),
  },
  (table) => [index('customers_tenancy_idx').on(table.tenancyId)],
);
