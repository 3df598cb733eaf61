// Version of the data files in src/engine/data/meaning/. Bump it when the build script changes their shape;
// the loader refuses files of another version with a message naming the file.
export const MEANING_DATA_VERSION = 1;
