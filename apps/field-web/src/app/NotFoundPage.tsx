import { Link } from 'react-router';
import { usePageTitle } from './usePageTitle';

export function NotFoundPage() {
  usePageTitle('Page not found');
  return (
    <>
      <h1>Page not found</h1>
      <p>If you typed the web address, check it is correct.</p>
      <p>
        If you followed a link from a letter or a text message, call us on{' '}
        <a href="tel:08000000000">0800 000 0000</a> and we will help.
      </p>
      <p>
        <Link to="/">Go to the Doorstep home page</Link>
      </p>
    </>
  );
}
