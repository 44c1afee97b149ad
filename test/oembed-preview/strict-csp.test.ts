import { expect } from '@open-wc/testing';

interface StrictReport {
  error?: string;
  violations: string[];
  states: Record<string, string>;
  photoWidth: number;
  wordPressHeight: number;
  richSandbox: string;
  trustedTypesEnforced: boolean;
}

/** Loads strict-csp/page.html (strict CSP, Trusted Types required) and returns its report. */
async function runStrictPage(): Promise<StrictReport> {
  const page = document.createElement('iframe');
  page.style.inlineSize = '800px';
  page.style.blockSize = '600px';
  page.src = new URL('./strict-csp/page.html', import.meta.url).href;
  const report = new Promise<StrictReport>((resolve) => {
    window.addEventListener('message', function onMessage(event) {
      if (event.source !== page.contentWindow || event.data?.type !== 'test:oembed-strict-csp') return;
      window.removeEventListener('message', onMessage);
      resolve(event.data);
    });
  });
  document.body.append(page);
  try {
    return await report;
  } finally {
    page.remove();
  }
}

describe('<oembed-preview> under a strict CSP with Trusted Types', () => {
  let report: StrictReport;
  before(async function () {
    this.timeout(15000);
    report = await runStrictPage();
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
