/**
 * core/learn — the learned allocator (issue 13, SPEC-metrics §6 last item): features, labels,
 * a histogram GBDT and a ridge-softmax classifier, blend and temperature calibration, the policy,
 * nested walk-forward with purge and embargo, baselines, acceptance gates and verdict.
 */
export * from './types';
export { checkGbdtParams, gbdtScores, GBDT_CAPS, softmaxRows, trainGbdt, type GbdtModel, type GbdtParams, type GbdtTree } from './gbdt';
export { linearProbabilities, trainLinear, type LinearModel } from './linear';
export { applyTemperature, blend, fitBlend, fitTemperature, logLoss } from './calibrate';
export { turnover, weightGrid } from './grid';
export { buildFeatures, featureNames, FEATURE_HISTORY, type FeatureMatrix } from './features';
export { buildLabels, type Labels } from './labels';
export { learnLegs, type LearnLegs, type LegInput, type LegsOutcome } from './legs';
export { bestBuckets, smoothPath, smoothStep, utilityMatrix } from './policy';
export { netReturns, pathFigures } from './path';
export { configurations, fitsPerOuterFold, learnTrials, prepareLearn, runOuterFold, validationScore, type LearnModelJson, type LearnPrepared, type OuterFoldResult } from './protocol';
export { acceptanceGates } from './gates';
export { BEST_STATIC, equalName } from './baselines';
export { finishLearn, LearnCancelled, learnAllocator, learnConventions, type ImportanceStability, type LearnHooks, type LearnOutcome, type LearnResult } from './run';
