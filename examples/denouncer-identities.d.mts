/** Denouncers' names and addresses of the example that no other case shares. */
export function denouncerIdentities(dir?: string): string[];
