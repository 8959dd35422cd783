/** Seeded randomness for core simulations (counter-seeded xoshiro128** streams). */
export { seedStream, UINT32_TO_UNIT, Xoshiro128 } from './xoshiro128';
