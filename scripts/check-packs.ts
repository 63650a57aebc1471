// Validates pack JSON files and prints their size: `npm run check-packs -- file.json...`
import { readFileSync } from 'node:fs';
import { validatePack } from '../lib/glossary/validate-pack';

let failed = false;
for (const file of process.argv.slice(2)) {
  const result = validatePack(JSON.parse(readFileSync(file, 'utf8')));
  if (result.ok) {
    const withEvents = result.pack.entries.filter((e) => e.events.length >= 3).length;
    console.log(`${file}: ${result.pack.entries.length} entries, ${withEvents} with 3+ events`);
  } else {
    failed = true;
    console.log(`${file}:\n  ${result.errors.slice(0, 30).join('\n  ')}`);
  }
}
process.exitCode = failed ? 1 : 0;
