/**
 * `npm run bench:availability`: the slot listing for one invitation over a 3-week window
 * with the advisor already holding 150 appointments (issue 6's target: under 20 ms of server
 * CPU). Prints one line: the median CPU time of many runs, after a warm-up.
 */
import { availableSlots } from '../src/booking';
import type { AvailabilityRequest, ExistingAppointment } from '../src/booking/types';
import { addDays } from '../src/calendar/dates';
import { londonDateTime } from '../src/calendar/london';
import { isWorkingDay } from '../src/calendar/working-calendar';
import { createRng } from '../src/routing/rng';

const rng = createRng(6);
const home = { latitude: 53.4, longitude: -2.9 };
const around = (centre: { latitude: number; longitude: number }, degrees: number) => ({
  latitude: centre.latitude + (rng() - 0.5) * degrees,
  longitude: centre.longitude + (rng() - 0.5) * degrees * 1.7,
});

// 15 working days from Tue 2 June 2026, 10 visits a day in two runs of five on one estate
// (every 30 minutes, 20 minutes each), one in the morning and one in the afternoon, leaving
// a few free hours around the middle of the day whose start moves from day to day.
const appointments: ExistingAppointment[] = [];
for (let day = '2026-06-02'; appointments.length < 150; day = addDays(day, 1)) {
  if (!isWorkingDay(day)) continue;
  const estate = around(home, 0.1);
  const runs = [
    londonDateTime(day, '08:30').add({ minutes: 30 * Math.floor(rng() * 3) }),
    londonDateTime(day, '14:30').add({ minutes: 30 * Math.floor(rng() * 2) }),
  ];
  for (const run of runs) {
    for (let i = 0; i < 5; i++) {
      const start = run.add({ minutes: 30 * i });
      appointments.push({
        start: new Date(start.epochMilliseconds),
        end: new Date(start.add({ minutes: 20 }).epochMilliseconds),
        location: around(estate, 0.004),
      });
    }
  }
}
const windowDays = 21;

const request: AvailabilityRequest = {
  type: 'repair_inspection',
  profile: {
    unavailableWeekly: [{ day: 'wednesday', from: '14:45', to: '15:30', label: 'school run' }],
  },
  location: home,
  now: '2026-06-01T10:00:00+01:00',
  window: { from: '2026-06-01', to: '2026-06-21' },
  preferences: { timesOfDay: ['morning'], days: ['tuesday', 'thursday'] },
  staff: [
    {
      id: 'advisor',
      homeBase: { latitude: 53.42, longitude: -2.95 },
      workingPattern: Object.fromEntries(
        ['mon', 'tue', 'wed', 'thu', 'fri'].map((d) => [d, [{ start: '08:30', end: '17:30' }]]),
      ),
      appointments,
    },
  ],
};

const cpuMs = (run: () => void): number => {
  const before = process.cpuUsage();
  run();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000;
};

let slots = 0;
for (let i = 0; i < 30; i++) slots = availableSlots(request).slots.length;
const samples: number[] = [];
for (let i = 0; i < 300; i++) {
  samples.push(
    cpuMs(() => {
      slots = availableSlots(request).slots.length;
    }),
  );
}
samples.sort((a, b) => a - b);
const median = samples[Math.floor(samples.length / 2)] as number;
console.log(
  `availability_median_ms=${median.toFixed(2)} appointments=${appointments.length} window_days=${windowDays} slots=${slots}`,
);
