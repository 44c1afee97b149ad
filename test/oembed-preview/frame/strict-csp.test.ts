import { expect } from '@open-wc/testing';
import { pageReport } from '../../csp/strict-page.js';

interface StrictCspReport {
  /** Set when page.ts failed (for example: `srcdoc` refused by Trusted Types). */
  error?: string;
  trustedTypesEnforced: boolean;
  xmlTitle: string;
  playerSrc: string;
  pageViolations: { directive: string; blockedURI: string; sample: string }[];
  heights: number[];
  spy: {
    violations: { directive: string; blockedURI: string }[];
    bodyMargin: string;
    secretVisible: boolean;
    inlineScriptRan: boolean;
  };
}

describe('sandboxed frame on a page with a strict CSP and Trusted Types', () => {
  let report: StrictCspReport;
  before(async () => {
    report = await pageReport<StrictCspReport>(new URL('./strict-csp/page.html', import.meta.url).href, 'test:strict-csp');
  });

  it('causes no CSP or Trusted Types violation in the page', () => {
    expect(report.error).to.equal(undefined);
    // The page really enforces Trusted Types wherever the browser has them.
    expect(report.trustedTypesEnforced).to.equal('trustedTypes' in window);
    expect(report.pageViolations).to.deep.equal([]);
  });

  it('parses oEmbed XML and checks for a lone player iframe without violations', () => {
    expect(report.xmlTitle).to.equal('Parsed under Trusted Types');
    expect(report.playerSrc).to.equal('https://www.youtube-nocookie.com/embed/M7lc1UVf-VE');
  });

  it('still runs the height reporter inside the frame', () => {
    expect(report.heights.at(-1)).to.be.within(240, 260);
    expect(report.spy.bodyMargin).to.equal('0px');
    expect(report.spy.secretVisible).to.equal(false);
  });

  it('leaves the page policy in force inside the frame: inline provider scripts are blocked', () => {
    expect(report.spy.inlineScriptRan).to.equal(false);
    expect(report.spy.violations.map((v) => v.directive)).to.deep.equal(['script-src-elem']);
    expect(report.spy.violations[0].blockedURI).to.equal('inline');
  });
});
