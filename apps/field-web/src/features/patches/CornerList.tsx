import { Button, FormField } from '@doorstep/ui';
import { flushSync } from 'react-dom';
import { type Corner, cornerFieldId, insertAfter } from './corners';

/**
 * Every corner of the outline as a pair of fields, in order round the boundary, with buttons
 * to add a corner halfway to the next one or to remove one. This is the way to edit the
 * boundary by keyboard or screen reader; the map shows the same corners.
 */
export function CornerList({
  corners,
  errorFor,
  onChange,
  onAnnounce,
}: {
  corners: Corner[];
  errorFor: (fieldId: string) => string | undefined;
  onChange: (corners: Corner[]) => void;
  onAnnounce: (message: string) => void;
}) {
  const set = (index: number, axis: 'latitude' | 'longitude', value: string) =>
    onChange(corners.map((corner, i) => (i === index ? { ...corner, [axis]: value } : corner)));

  // The row that had focus goes; focus moves to the row that takes its place.
  const change = (next: Corner[], focusIndex: number, message: string) => {
    flushSync(() => onChange(next));
    document.getElementById(cornerFieldId(focusIndex, 'latitude'))?.focus();
    onAnnounce(message);
  };

  return (
    <section aria-labelledby="corners-heading">
      <h2 id="corners-heading">Corners ({corners.length})</h2>
      <p>
        In order round the boundary; the last corner joins back to the first. Latitude and longitude
        are in degrees, for example 53.4102 and -2.8421.
      </p>
      <ol className="pb-corners">
        {corners.map((corner, index) => {
          const number = index + 1;
          return (
            <li key={corner.key}>
              <fieldset className="ds-fieldset pb-corner">
                <legend className="ds-fieldset__legend">Corner {number}</legend>
                <div className="pb-corner__fields">
                  {(['latitude', 'longitude'] as const).map((axis) => (
                    <FormField
                      key={axis}
                      label={axis === 'latitude' ? 'Latitude' : 'Longitude'}
                      error={errorFor(cornerFieldId(index, axis))}
                    >
                      <input
                        id={cornerFieldId(index, axis)}
                        type="text"
                        inputMode="decimal"
                        autoComplete="off"
                        spellCheck={false}
                        value={corner[axis]}
                        onChange={(event) => set(index, axis, event.target.value)}
                      />
                    </FormField>
                  ))}
                </div>
                <div className="pb-corner__actions">
                  <Button
                    variant="secondary"
                    onClick={() =>
                      change(
                        insertAfter(corners, index),
                        index + 1,
                        `Corner ${number + 1} added, halfway to the next corner. There are now ${corners.length + 1} corners.`,
                      )
                    }
                  >
                    Add a corner after
                    <span className="ds-visually-hidden"> corner {number}</span>
                  </Button>
                  <Button
                    variant="secondary"
                    onClick={() =>
                      change(
                        corners.filter((_, i) => i !== index),
                        Math.min(index, corners.length - 2),
                        `Corner ${number} removed. There are now ${corners.length - 1} corners.`,
                      )
                    }
                  >
                    Remove<span className="ds-visually-hidden"> corner {number}</span>
                  </Button>
                </div>
              </fieldset>
            </li>
          );
        })}
      </ol>
      {corners.length === 0 ? (
        <p>
          <Button
            variant="secondary"
            onClick={() =>
              change([{ key: 'corner-first', latitude: '', longitude: '' }], 0, 'Corner 1 added.')
            }
          >
            Add a corner
          </Button>
        </p>
      ) : null}
    </section>
  );
}
