import type { StaffRole } from '@doorstep/db';

/**
 * Who may call a procedure. Every procedure declares one through the builder it is made
 * from (see init.ts); a test walks the router and fails on any procedure without it.
 * `patchScoped` says the procedure also checks that the data lies in the caller's patches.
 */
export type Access =
  | { kind: 'public' }
  | { kind: 'signed-in' }
  | { kind: 'roles'; roles: readonly StaffRole[]; patchScoped: boolean };

export interface Meta {
  access?: Access;
}
