/** Seeded generator (sfc32): the search draws every random choice from it, so a seed replays a run. */
export type Rng = () => number;

export const createRng = (seed: number): Rng => {
  let a = 0x9e3779b9;
  let b = 0x243f6a88;
  let c = 0xb7e15162;
  let d = seed | 0;
  const next = (): number => {
    a |= 0;
    b |= 0;
    c |= 0;
    d |= 0;
    const out = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + out) | 0;
    return (out >>> 0) / 4294967296;
  };
  for (let i = 0; i < 15; i++) next();
  return next;
};

export const randomInt = (rng: Rng, below: number): number => Math.floor(rng() * below);
