/**
 * Who the offline data belongs to: null before it is started and after clearing. Its own
 * small module, so the staff layout can follow it without loading the offline code up front.
 */
let staffId: string | null = null;
const listeners = new Set<() => void>();

export const offlineStaff = {
  subscribe: (listener: () => void) => {
    listeners.add(listener);
    return () => {
      listeners.delete(listener);
    };
  },
  get: () => staffId,
  set: (next: string | null) => {
    staffId = next;
    for (const listener of listeners) listener();
  },
};
