/** The folder the Minh Sơn example lives in. */
export declare const EXAMPLE_DIR: string;
/** Writes the Minh Sơn example into a folder (seeded: always the same files). */
export declare function generateMinhSon(out: string): void;
