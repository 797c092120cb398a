import { useState } from 'react';
import { usePageTitle } from '../../app/usePageTitle';
import { LogContactForm } from './LogContactForm';
import { OpenContacts } from './OpenContacts';
import './contacts.css';

/** Contacts to acknowledge within 2 working days (002 §8.14), and a way to log new ones. */
export function ContactsPage() {
  usePageTitle('Contacts to acknowledge');
  // One status line for the page, always present, so each new message is announced.
  const [message, setMessage] = useState('');
  return (
    <>
      <h1>Contacts to acknowledge</h1>
      <p className="ds-lead">
        Let each customer know we have their message within 2 working days of the day it came in.
        Weekends and bank holidays do not count.
      </p>
      <p role="status" aria-live="polite" className="ct-status">
        {message}
      </p>
      <OpenContacts say={setMessage} />
      <LogContactForm onLogged={setMessage} />
    </>
  );
}
