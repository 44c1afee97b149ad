// `npm test` on a machine without the browsers or Redis: its first step (pretest, scripts/prepare-machine.sh)
// installs them where it can (root with apt-get, as CI's .ci/run), and otherwise stops at once with one line
// that names the command to run, instead of failing later in a browser launcher.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

test('npm test runs the machine check first', () => {
  const { scripts } = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  assert.equal(scripts.pretest, 'bash scripts/prepare-machine.sh');
});

test('without chromium, firefox-esr and redis-server, and no apt-get to install them: one line naming the command', () => {
  // A PATH with none of the tools (and no apt-get): only what the script itself calls.
  const bin = mkdtempSync(path.join(tmpdir(), 'pe-bare-path-'));
  try {
    symlinkSync(spawnSync('bash', ['-c', 'command -v id'], { encoding: 'utf8' }).stdout.trim(), path.join(bin, 'id'));
    const result = spawnSync('/bin/bash', ['scripts/prepare-machine.sh'], { cwd: ROOT, encoding: 'utf8', env: { PATH: bin } });
    assert.equal(result.status, 1);
    const lines = result.stderr.trim().split('\n');
    assert.equal(lines.length, 1, result.stderr);
    assert.match(lines[0], /apt-get install -y chromium firefox-esr redis-server/);
  } finally {
    rmSync(bin, { recursive: true, force: true });
  }
});

test('on a prepared machine it passes without installing anything', () => {
  const result = spawnSync('/bin/bash', ['scripts/prepare-machine.sh'], { cwd: ROOT, encoding: 'utf8' });
  assert.equal(result.status, 0, result.stderr);
  assert.equal(result.stdout, '');
});
