export {
  assertNoOverlap,
  type BoundingBox,
  checkBoundary,
  type HomePoint,
  homesThatWouldMove,
  overlappingPatches,
  type PatchBoundary,
  patchForHome,
} from './boundaries';
