/**
 * `/meta`'s agreement with metascraper's integration suite, field by field (meta-corpus.mjs). The floors are
 * the figures of this change; main's code gave title 88, lang 76, description 83, image 75, publisher 63,
 * date 53 and author 47 (the title fell by three on purpose: the `<title>`'s site suffix is now the publisher,
 * and an `h-entry`'s name outranks the `<title>`).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { FIELDS, measure, table } from './meta-corpus.mjs';

const FLOORS = { title: 85, lang: 76, description: 83, image: 75, publisher: 68, date: 67, author: 63 };

describe('/meta on 89 real article pages (metascraper integration suite)', async () => {
  const totals = await measure();
  it(`agrees with the expected values at least as often as when measured\n${table(totals)}`, () => {
    for (const field of FIELDS) assert.ok(totals[field].agree >= FLOORS[field], `${field}: ${totals[field].agree}/${totals[field].of}, floor ${FLOORS[field]}`);
  });
});
