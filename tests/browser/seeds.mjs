// The articles the browser test ingests besides its fixtures: the bundled
// example (examples/harbor-bridge, files with a `---` header of
// "key: value" lines) and the seed articles of ../shared/seeds (plain text,
// the first line a headline). The seeds are optional: without ../shared the
// test says so and goes on, unless CONCORD_REQUIRE_SHARED=1 makes that a
// failure (as the C++ tests' shared_data.h does).
import fs from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

// One example file as an API article: its header fields, then its text.
function readHeaded(file) {
  const raw = fs.readFileSync(file, 'utf8');
  const article = {id: path.basename(file, '.txt')};
  const match = raw.match(/^---\n([\s\S]*?)\n---\n([\s\S]*)$/);
  if (!match) return {...article, text: raw};
  for (const line of match[1].split('\n')) {
    const colon = line.indexOf(':');
    if (colon > 0) article[line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
  }
  return {...article, text: match[2]};
}

export function exampleArticles() {
  const dir = path.join(ROOT, 'examples', 'harbor-bridge');
  return fs.readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()
      .map((f) => readHeaded(path.join(dir, f)));
}

// The seed articles, or null (after a message) when ../shared is absent.
export function seedArticles() {
  const shared = process.env.CONCORD_SHARED_DIR || path.join(ROOT, '..', 'shared');
  const dir = path.join(shared, 'seeds');
  if (!fs.existsSync(dir)) {
    if (process.env.CONCORD_REQUIRE_SHARED === '1') {
      throw new Error(`CONCORD_REQUIRE_SHARED=1 but ${dir} does not exist`);
    }
    console.log(`# skipped: the seeds (${dir} is absent)`);
    return null;
  }
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
  if (files.length === 0) throw new Error(`${dir} holds no .txt seed`);
  return files.map((f) => {
    const text = fs.readFileSync(path.join(dir, f), 'utf8');
    return {id: `seed-${path.basename(f, '.txt')}`, source: `Seed ${f.slice(0, 3)}`, text};
  });
}
