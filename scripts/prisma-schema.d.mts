export const SQLITE_SCHEMA: string;
export const POSTGRESQL_SCHEMA: string;
export function postgresqlSchema(source: string): string;
export function writePostgresqlSchema(): string;
