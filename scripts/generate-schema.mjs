// Generate the dossier's JSON Schema from the TypeScript types in src/contract/dossier.ts.
// Usage: node scripts/generate-schema.mjs [--check]
// With --check, exit 1 when the shipped schema differs from what the types give.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createGenerator } from 'ts-json-schema-generator';

const root = fileURLToPath(new URL('..', import.meta.url));
const target = `${root}schema/dossier-v1.schema.json`;

export function generateSchema() {
  const schema = createGenerator({
    path: `${root}src/contract/dossier.ts`,
    tsconfig: `${root}tsconfig.json`,
    type: 'Dossier',
    expose: 'export',
    topRef: true,
    jsDoc: 'extended',
    additionalProperties: true,
    skipTypeCheck: true,
  }).createSchema('Dossier');
  schema.$id = 'https://recoupe.invalid/schema/dossier-v1.schema.json';
  schema.title = 'recoupe dossier, version 1';
  return JSON.stringify(schema, null, 2) + '\n';
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const text = generateSchema();
  if (process.argv.includes('--check')) {
    const shipped = readFileSync(target, 'utf8');
    if (shipped !== text) {
      console.error('schema/dossier-v1.schema.json is out of date: run "npm run schema"');
      process.exit(1);
    }
  } else {
    writeFileSync(target, text);
    console.log(`wrote ${target}`);
  }
}
