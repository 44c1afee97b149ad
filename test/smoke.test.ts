import { expect } from '@open-wc/testing';
describe('smoke', () => {
  it('runs', () => { expect(getComputedStyle(document.body).direction).to.equal('ltr'); });
});
