// Property tests run with one fixed seed, so a run fails the same way every time and CI never turns red by
// chance; change the seed on purpose to explore new inputs (and keep any counterexample as a plain test).
import fc from 'fast-check';

fc.configureGlobal({ seed: 20_250_212 });
