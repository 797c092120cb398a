import { appointmentTypes } from '@doorstep/domain';
import { z } from 'zod';

/** Input fields several routers share, with the words people see when they are wrong. */
export const customerIdField = z.uuid({ error: 'Customer id must be a UUID' });

export const visitTypeField = z.enum(appointmentTypes, { error: 'Choose a type of visit' });

/** The purpose the customer reads: long enough to mean something, short enough for a text. */
export const visitPurposeField = z
  .string()
  .trim()
  .min(10, 'Describe the purpose of the visit in at least 10 characters')
  .max(300, 'Keep the purpose to 300 characters');

export const dateField = (name: string) =>
  z.iso.date({ error: `Give the ${name} date as YYYY-MM-DD` });
