import type { FastifyServerOptions } from 'fastify';

/**
 * Keys whose values are special-category or secret. Whatever object a log line carries,
 * these never reach the output: pino replaces them before the line is written.
 */
export const REDACTED_KEYS = [
  'password',
  'passwordHash',
  'profile',
  'accessNeeds',
  'interpreter',
  'relayUk',
  'extraTimeMinutes',
  'visitAdjustments',
  'preferredStaffGender',
  'unavailableWeekly',
  'unavailableDates',
  'vulnerabilityFlags',
  'representatives',
  'contactRestrictions',
  'dateOfBirth',
  'ethnicity',
  'religion',
  'sex',
  'sexualOrientation',
  'disability',
  // A Living Well record's consented answers and who lives in the home.
  'characteristics',
  'household',
  // Free text staff or tenants write about a person (a drop-in follow-up, a call-back request)
  // can say anything about their health or home.
  'note',
  'notes',
  'declineReason',
  // The safeguarding detail behind the field app's audited tap (appointments.safeguarding).
  'safeguarding',
  'lines',
  // A customer search is a name and postcode typed by staff.
  'query',
];

// pino paths are not recursive, so each key is listed at the depths our log lines use.
const prefixes = ['', '*.', '*.*.', '*.*.*.'];

export function loggerOptions(
  level: string,
  stream?: NodeJS.WritableStream,
): FastifyServerOptions['logger'] {
  return {
    level,
    ...(stream ? { stream } : {}),
    redact: {
      paths: [
        'req.headers.cookie',
        'req.headers.authorization',
        'res.headers["set-cookie"]',
        ...prefixes.flatMap((prefix) => REDACTED_KEYS.map((key) => `${prefix}${key}`)),
      ],
      censor: '[redacted]',
    },
    serializers: {
      // tRPC queries carry their input in the query string; it never reaches the logs.
      req: (request) => ({ method: request.method, url: request.url.split('?')[0] }),
    },
  };
}
