// Version of similarity-model.json. Bump it with any change to FEATURE_NAMES or to how a feature is computed,
// then retrain (src/cli/train-similarity.ts): the loader refuses a model of another version.
export default { version: 1 } as const;
