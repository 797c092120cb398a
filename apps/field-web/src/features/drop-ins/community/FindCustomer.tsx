import { Button, FormField, Radios } from '@doorstep/ui';
import { skipToken, useQuery } from '@tanstack/react-query';
import { type KeyboardEvent, useState } from 'react';
import { useTRPC } from '../../../trpc';
import { problemsOf } from '../../appointments/useFieldErrors';
import { plural } from './format';

/** The API gives at most this many people; more than that and the search needs narrowing. */
const MOST_FOUND = 10;

/**
 * What was typed and what the last "Find" gave. Kept by the form the search is part of, so
 * the form knows whether there are people to choose from (its error goes on them if so).
 */
export function useCustomerSearch() {
  const trpc = useTRPC();
  const [text, setText] = useState('');
  const [searched, setSearched] = useState<string | null>(null);
  const results = useQuery(
    trpc.dropIns.occurrences.findCustomer.queryOptions(
      searched === null ? skipToken : { query: searched },
      // Names and addresses are not kept once the form that showed them is closed.
      { gcTime: 0 },
    ),
  );
  const found = results.data ?? [];
  return { text, setText, find: () => setSearched(text), results, found };
}

export type CustomerSearch = ReturnType<typeof useCustomerSearch>;

/**
 * Find the customer someone at a session is: by name (with a postcode or its start after a
 * comma) or tenancy reference, then choose them from the people found. "Find" (or Enter in
 * the search field) searches without sending the form; how many were found is announced.
 */
export function FindCustomer({
  id,
  search,
  chosen,
  onChoose,
  error,
}: {
  /** The form's id: the field is `${id}-query`, the first person found `${id}-customerId`. */
  id: string;
  search: CustomerSearch;
  chosen: string | null;
  onChoose: (customerId: string | null) => void;
  /** Nobody chosen when the form was sent. */
  error?: string | undefined;
}) {
  const { results, found } = search;
  const searchError = results.isError
    ? problemsOf(results.error, ['query'], id)[0]?.text
    : undefined;
  const find = () => {
    onChoose(null);
    search.find();
  };
  const findOnEnter = (event: KeyboardEvent<HTMLInputElement>) => {
    // Enter searches; it does not send the whole form with nobody chosen.
    if (event.key !== 'Enter') return;
    event.preventDefault();
    find();
  };
  const status = results.isFetching
    ? 'Searching…'
    : results.isError
      ? `Error: ${searchError}`
      : !results.data
        ? ''
        : found.length === 0
          ? 'Nobody found. Check the spelling, or type less of the name or postcode.'
          : found.length >= MOST_FOUND
            ? `The first ${MOST_FOUND} people found. If they are not among them, add their postcode after a comma.`
            : `${plural(found.length, 'person', 'people')} found.`;

  return (
    <>
      <div className="dc-find">
        <FormField
          label="Name and postcode, or tenancy reference"
          hint="For example “Jones, L36” or “T100123”"
          error={searchError ?? (found.length === 0 ? error : undefined)}
        >
          <input
            id={`${id}-query`}
            type="text"
            enterKeyHint="search"
            spellCheck={false}
            autoComplete="off"
            maxLength={80}
            value={search.text}
            onChange={(e) => search.setText(e.target.value)}
            onKeyDown={findOnEnter}
          />
        </FormField>
        <Button variant="secondary" onClick={find}>
          Find
        </Button>
      </div>
      {/* Always in the page, so a screen reader hears each new result politely. */}
      <p
        role="status"
        className={results.isError ? 'ds-visually-hidden' : 'dc-find-status'}
        aria-live="polite"
      >
        {status}
      </p>
      {found.length > 0 ? (
        <Radios
          legend="Who is it?"
          name={`${id}-customer`}
          firstId={`${id}-customerId`}
          value={chosen}
          error={error}
          onChange={onChoose}
          options={found.map((customer) => ({
            value: customer.customerId,
            label: customer.name,
            hint: `${customer.addressLine1}, ${customer.postcode}`,
          }))}
        />
      ) : null}
    </>
  );
}
