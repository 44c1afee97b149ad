// Every msg() in the sources is in the XLIFF files (so it is translated), and every translation unit
// still has its msg(): extracting afresh into a scratch folder must give exactly the committed ids.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const ROOT = new URL('../../', import.meta.url).pathname;
const unitIds = (xliff) => [...xliff.matchAll(/<trans-unit id="([^"]+)"/g)].map((match) => match[1]).sort();

test('the XLIFF files hold exactly the messages the sources use', { timeout: 120_000 }, async () => {
  const scratch = await mkdtemp(path.join(tmpdir(), 'post-embeds-xliff-'));
  try {
    const config = JSON.parse(await readFile(path.join(ROOT, 'lit-localize.json'), 'utf8'));
    config.tsConfig = path.join(ROOT, 'tsconfig.json');
    config.interchange.xliffDir = scratch;
    config.output.outputDir = path.join(scratch, 'out');
    delete config.output.localeCodesModule;
    const configFile = path.join(scratch, 'lit-localize.json');
    await writeFile(configFile, JSON.stringify(config));
    await promisify(execFile)(path.join(ROOT, 'node_modules/.bin/lit-localize'), ['extract', '--config', configFile], {
      cwd: ROOT,
    });
    for (const file of await readdir(path.join(ROOT, 'xliff'))) {
      const committed = unitIds(await readFile(path.join(ROOT, 'xliff', file), 'utf8'));
      const extracted = unitIds(await readFile(path.join(scratch, file), 'utf8'));
      assert.deepEqual(committed, extracted, `${file}: run "npm run localize:extract", translate, "npm run localize:build"`);
      assert.ok(committed.every((id) => id.startsWith('pe.')), 'message ids start with pe.');
    }
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
});
