// Browser tests in Debian's Chromium and Firefox ESR (driven over WebDriver BiDi).
// Browser downloads are not possible on our machines: both launchers point at system binaries.
import { chromeLauncher } from '@web/test-runner-chrome';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import * as puppeteerCore from 'puppeteer-core';
import { fileURLToPath } from 'node:url';
import { fixtureApiMiddleware } from './demo/server/fixture-api.mjs';

const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const firefoxPath = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const only = process.env.BROWSERS?.split(',');

const browsers = [
  chromeLauncher({
    launchOptions: {
      executablePath: chromiumPath,
      headless: true,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-dev-shm-usage',
        '--disable-background-networking',
        '--disable-component-update',
        '--no-first-run',
      ],
    },
  }),
  chromeLauncher({
    puppeteer: puppeteerCore,
    launchOptions: { browser: 'firefox', executablePath: firefoxPath, headless: true },
  }),
].filter((_, i) => !only || only.includes(i === 0 ? 'chromium' : 'firefox'));

export default {
  files: ['test/**/*.test.ts', '!test/node/**'],
  nodeResolve: true,
  browsers,
  concurrency: 1,
  concurrentBrowsers: 2,
  testsFinishTimeout: 240000,
  testFramework: { config: { timeout: 10000 } },
  middleware: [fixtureApiMiddleware()],
  plugins: [
    esbuildPlugin({
      ts: true,
      target: 'es2021',
      tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)),
    }),
  ],
};
