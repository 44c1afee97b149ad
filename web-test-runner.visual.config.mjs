// Visual baselines: screenshots of each element × layout × direction × colour scheme × state, compared with
// the PNGs committed under test/visual/baseline/. Chromium only, one run (`npm run test:visual`).
// Update after an intended change: `npm run test:visual -- --update-visual-baseline`, then look at the PNGs.
import { visualRegressionPlugin } from '@web/test-runner-visual-regression/plugin';

// Dates are shown in the reader's time zone: one zone for every machine. Chromium alone.
process.env.TZ = 'UTC';
process.env.BROWSERS = 'chromium';
const { default: base } = await import('./web-test-runner.config.mjs');

export default {
  ...base,
  files: ['test/visual/**/*.visual.ts'],
  concurrentBrowsers: 1,
  testFramework: { config: { timeout: 30000 } },
  plugins: [
    ...base.plugins,
    visualRegressionPlugin({
      update: process.argv.includes('--update-visual-baseline'),
      baseDir: 'test/visual',
      getBaselineName: ({ name }) => `baseline/${name}.png`,
      getFailedName: ({ name }) => `failed/${name}.png`,
      getDiffName: ({ name }) => `failed/${name}-diff.png`,
      // A pixel differs when its colour moves by more than pixelmatch's 0.02 (anti-aliasing is ignored);
      // a screenshot fails when more than 0.05% of its pixels differ.
      diffOptions: { threshold: 0.02 },
      failureThresholdType: 'percent',
      failureThreshold: 0.05,
    }),
  ],
};
