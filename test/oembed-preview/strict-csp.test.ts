import { expect } from '@open-wc/testing';
import { pageReport } from '../csp/strict-page.js';

interface StrictReport {
  error?: string;
  violations: string[];
  states: Record<string, string>;
  photoWidth: number;
  wordPressHeight: number;
  richSandbox: string;
  trustedTypesEnforced: boolean;
}

describe('<oembed-preview> under a strict CSP with Trusted Types', () => {
  let report: StrictReport;
  before(async function () {
    this.timeout(15000);
    report = await pageReport<StrictReport>(new URL('./strict-csp/page.html', import.meta.url).href, 'test:oembed-strict-csp');
  });

  it('renders every type, JSON and XML, and activates frames with no violation in the page', () => {
    expect(report.error).to.equal(undefined);
    expect(report.trustedTypesEnforced).to.equal('trustedTypes' in window);
    expect(report.states).to.deep.equal({ photo: 'ready', video: 'ready', rich: 'ready', link: 'ready', wordpress: 'ready' });
    expect(report.violations).to.deep.equal([]);
  });

  it('loads the photo and sizes the WordPress post embed, whose own inline script could not run here', () => {
    expect(report.photoWidth).to.be.greaterThan(0);
    expect(report.wordPressHeight).to.be.within(200, 1000);
  });

  it('keeps the rich embed in a sandbox without allow-same-origin', () => {
    expect(report.richSandbox).to.be.a('string').and.not.contain('allow-same-origin');
  });
});
