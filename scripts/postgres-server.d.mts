export function startPostgres(options?: { port?: number }): Promise<{ url: string; port: number; stop: () => void }>;
