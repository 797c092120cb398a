import { TableRegion } from '@doorstep/ui';
import type { HomeMove } from './types';

const patchOrNone = (patch: HomeMove['fromPatch']) => patch?.name ?? 'No patch';

/** The homes a new boundary would move from one patch to another, before it is saved. */
export function BoundaryMoves({ moves }: { moves: HomeMove[] }) {
  if (moves.length === 0) {
    return <p>No homes would move: every home stays in the patch it is in now.</p>;
  }
  return (
    <TableRegion captionId="moves-caption">
      <caption id="moves-caption">
        Homes that would move ({moves.length.toLocaleString('en-GB')})
      </caption>
      <thead>
        <tr>
          <th scope="col">Address</th>
          <th scope="col">Postcode</th>
          <th scope="col">From</th>
          <th scope="col">To</th>
        </tr>
      </thead>
      <tbody>
        {moves.map((move) => (
          <tr key={move.homeId}>
            <th scope="row">{move.addressLine1}</th>
            <td className="ds-nowrap">{move.postcode}</td>
            <td>{patchOrNone(move.fromPatch)}</td>
            <td>{patchOrNone(move.toPatch)}</td>
          </tr>
        ))}
      </tbody>
    </TableRegion>
  );
}
