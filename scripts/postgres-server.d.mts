export type PostgresServer = {
  url: string;
  port: number;
  stop: () => void;
  restart: () => Promise<void>;
  pause: () => Promise<void>;
  resume: () => Promise<void>;
};
export function startPostgres(options?: { port?: number }): Promise<PostgresServer>;
