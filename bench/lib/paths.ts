import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The project folder, found from the compiled file's place (dist/bench/…) upwards. */
export function projectRoot(): string {
  let dir = __dirname;
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error('package.json not found above the benchmark');
    dir = parent;
  }
  return dir;
}
