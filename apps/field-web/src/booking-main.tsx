import '@doorstep/ui/styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BookingLinkPage } from './features/booking/BookingLinkPage';

/**
 * The tenant pages' own entry (booking.html, served for /b/<token>): only the booking feature,
 * with no router, query cache or staff code, to keep a tenant's download small.
 */
function tokenFromPath(pathname: string) {
  const raw = pathname.replace(/^\/b\//, '').replace(/\/+$/, '');
  try {
    return decodeURIComponent(raw);
  } catch {
    // A malformed escape: the API will say the link is not valid.
    return raw;
  }
}

const root = document.getElementById('root');
if (!root) throw new Error('booking.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <BookingLinkPage token={tokenFromPath(window.location.pathname)} />
  </StrictMode>,
);
