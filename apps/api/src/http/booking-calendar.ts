import { appointments, type Database } from '@doorstep/db';
import { isDomainError } from '@doorstep/domain';
import { eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { appointmentCalendar } from '../services/appointments/calendar-files';
import { invitationByToken } from '../services/booking/invitations';

/** `/ics/booking/<token>.ics`: the tenant's own visit, to add to their calendar. */
export function registerBookingCalendar(app: FastifyInstance, database: Database, now: () => Date) {
  app.get('/ics/booking/:file', async (request, reply) => {
    const { file } = request.params as { file: string };
    const notFound = () =>
      reply.code(404).type('text/plain; charset=utf-8').send('This link is not valid.');
    if (!file.endsWith('.ics')) return notFound();
    try {
      const invitation = await invitationByToken(database, file.slice(0, -4), now());
      if (!invitation.appointmentId) return notFound();
      const [visit] = await database
        .select()
        .from(appointments)
        .where(eq(appointments.id, invitation.appointmentId));
      if (!visit) return notFound();
      return reply
        .header('cache-control', 'no-store')
        .header('content-disposition', 'attachment; filename="doorstep-visit.ics"')
        .type('text/calendar; charset=utf-8')
        .send(appointmentCalendar({ ...visit, location: 'Your home' }));
    } catch (error) {
      if (isDomainError(error) && error.code === 'NOT_FOUND') return notFound();
      throw error;
    }
  });
}
