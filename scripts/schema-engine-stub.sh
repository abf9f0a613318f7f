#!/bin/sh
# Stand-in for Prisma's native schema engine, which cannot be downloaded on these
# machines. `prisma generate` only needs the path to exist; it never runs it.
# Migrations go through the project's own command, built on Prisma's WebAssembly
# schema engine: npm run db:migrate (apply) / npm run db:migration:create (new).
echo "Hookflow: the native Prisma schema engine is not installed here." >&2
echo "Use 'npm run db:migrate' to apply migrations, 'npm run db:migration:create -- <name>' to create one." >&2
exit 1
