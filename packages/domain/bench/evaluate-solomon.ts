import type { SolomonCustomer, SolomonInstance } from './solomon';

/**
 * Checks a Solomon answer from scratch, straight from the file's rules, sharing nothing
 * with the solver: every customer served once, capacity, service started by the due date
 * (waiting allowed), back at the depot by its due date. Distance at full precision.
 */
export const evaluateSolomon = (
  instance: SolomonInstance,
  routes: readonly (readonly number[])[],
): { distance: number; feasible: boolean; problems: string[] } => {
  const byId = new Map(instance.customers.map((c) => [c.id, c]));
  const depot = instance.customers[0] as SolomonCustomer;
  const problems: string[] = [];
  const seen = new Set<number>();
  let distance = 0;
  if (routes.filter((r) => r.length > 0).length > instance.vehicles)
    problems.push(`uses more than ${instance.vehicles} vehicles`);
  routes.forEach((route, index) => {
    let here = depot;
    let time = depot.ready;
    let load = 0;
    const stops = [...route.map((id) => byId.get(id)), depot];
    for (const [position, next] of stops.entries()) {
      const last = position === stops.length - 1;
      if (!next || (next === depot && !last)) {
        problems.push(`route ${index + 1}: ${route[position]} is not a customer`);
        return;
      }
      const leg = Math.hypot(here.x - next.x, here.y - next.y);
      distance += leg;
      time = Math.max(time + leg, next.ready);
      if (time > next.due)
        problems.push(
          `route ${index + 1}: ${last ? 'depot' : `customer ${next.id}`} reached too late`,
        );
      time += next.service;
      if (!last) {
        if (seen.has(next.id)) problems.push(`customer ${next.id} served twice`);
        seen.add(next.id);
        load += next.demand;
      }
      here = next;
    }
    if (load > instance.capacity) problems.push(`route ${index + 1}: load ${load} over capacity`);
  });
  for (const c of instance.customers)
    if (c !== depot && !seen.has(c.id)) problems.push(`customer ${c.id} not served`);
  return { distance, feasible: problems.length === 0, problems };
};
