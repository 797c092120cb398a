import { count, ofText, percent } from './format';
import type { SummaryMeasure } from './types';

/** A breakdown line: "Gas safety, at risk: 12" or "Tenancy visit: 84.0% (42 of 50)". */
function BreakdownList({ measure }: { measure: SummaryMeasure }) {
  const lines = measure.breakdown.filter((line) => line.counted > 0);
  if (lines.length === 0) return null;
  return (
    <ul className="mon-card__breakdown">
      {lines.map((line) => (
        <li key={`${line.dimension}:${line.group}`}>
          {line.label}:{' '}
          {measure.kind === 'rate' && line.dimension !== 'state'
            ? `${percent(line.met / line.counted)} (${ofText(line.met, line.counted)})`
            : count(line.counted)}
        </li>
      ))}
    </ul>
  );
}

/**
 * One measure: the figure, the numbers it is made of, and exactly what was counted and why
 * (the definition and its source) beside it, as the issue asks.
 */
export function FigureCard({ measure }: { measure: SummaryMeasure }) {
  return (
    <li className="mon-card">
      <h3 className="mon-card__title">{measure.label}</h3>
      {measure.kind === 'rate' ? (
        <p className="mon-card__figure">
          <span className="mon-card__number">{percent(measure.rate)}</span>{' '}
          <span className="mon-card__of">{ofText(measure.met, measure.counted)}</span>
        </p>
      ) : (
        <p className="mon-card__figure">
          <span className="mon-card__number">{count(measure.counted)}</span>{' '}
          <span className="mon-card__of">in the 12 months</span>
        </p>
      )}
      <BreakdownList measure={measure} />
      <p className="mon-card__definition">{measure.definition}</p>
      <p className="mon-card__source">Source: {measure.source}</p>
    </li>
  );
}
