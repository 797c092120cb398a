import { usePageTitle } from '../../app/usePageTitle';

/**
 * The page a tenant's personal link opens. Until a link can be checked it says plainly what
 * to do instead, so nobody who follows a letter lands on a dead end.
 */
export function BookingLinkPage() {
  usePageTitle('Book your visit');
  return (
    <>
      <h1>Book your visit</h1>
      <p className="ds-lead">We cannot show times for this link yet.</p>
      <p>
        To book, change or cancel a visit, call us on <a href="tel:08000000000">0800 000 0000</a>.
        If you use Relay UK, dial 18001 then 0800 000 0000.
      </p>
      <p>
        We can send letters in large print, braille, audio or easy read, and in other languages.
      </p>
    </>
  );
}
