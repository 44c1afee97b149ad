import { expect } from '@open-wc/testing';
import type { Citation } from '../../src/core/citation-model.js';
import { citationText, formatCitation, type CitationStyle } from '../../src/source-citation/format/index.js';
import * as sources from './cited-sources.js';

const { bbc } = sources;

/** The plain text, and which pieces are italic and quoted. */
function format(citation: Citation, style: CitationStyle, locale = 'en') {
  const segments = formatCitation(citation, style, locale);
  return {
    text: citationText(segments),
    italic: segments.filter((segment) => segment.italic).map((segment) => segment.text),
    quoted: segments.filter((segment) => segment.quoted).map((segment) => segment.text),
    segments,
  };
}

interface Row {
  source: Citation;
  style: CitationStyle;
  expected: string;
  italic: string[];
}

/**
 * The style guides' own published examples: the data of each example in, the guide's exact text out
 * (their italics asserted through the segments).
 */
const PUBLISHED_EXAMPLES: Record<string, Row> = {
  'APA 7 newspaper article (Carey)': {
    source: sources.apaCarey,
    style: 'apa',
    expected: 'Carey, B. (2019, March 22). Can we get better at forgetting? The New York Times. https://www.nytimes.com/2019/03/22/health/memory-forgetting-psychology.html',
    italic: ['The New York Times'],
  },
  'APA 7 webpage on a news website (Avramova)': {
    source: sources.apaAvramova,
    style: 'apa',
    expected: 'Avramova, N. (2019, January 3). The secret to a long, happy, healthy life? Think age-positive. CNN. https://www.cnn.com/2019/01/03/health/respect-toward-elderly-leads-to-long-life-intl/index.html',
    italic: ['The secret to a long, happy, healthy life? Think age-positive'],
  },
  'APA 7 webpage, group author that is also the site (WHO)': {
    source: sources.apaWho,
    style: 'apa',
    expected: 'World Health Organization. (2018, May 24). The top 10 causes of death. https://www.who.int/news-room/fact-sheets/detail/the-top-10-causes-of-death',
    italic: ['The top 10 causes of death'],
  },
  'APA 7 webpage designed to change, with a retrieval date (U.S. Census Bureau)': {
    source: sources.apaCensus,
    style: 'apa',
    expected: 'U.S. Census Bureau. (n.d.). U.S. and world population clock. U.S. Department of Commerce. Retrieved July 3, 2019, from https://www.census.gov/popclock/',
    italic: ['U.S. and world population clock'],
  },
  'APA 7 blog post (Klymkowsky)': {
    source: sources.apaKlymkowsky,
    style: 'apa',
    expected: 'Klymkowsky, M. (2018, September 15). Can we talk scientifically about free will? Sci-Ed. https://blogs.plos.org/scied/2018/09/15/can-we-talk-scientifically-about-free-will/',
    italic: ['Sci-Ed'],
  },
  'APA 7 magazine article (Bustillos)': {
    source: sources.apaBustillos,
    style: 'apa',
    expected: 'Bustillos, M. (2013, March 19). On video games and storytelling: An interview with Tom Bissell. The New Yorker. https://www.newyorker.com/books/page-turner/on-video-games-and-storytelling-an-interview-with-tom-bissell',
    italic: ['The New Yorker'],
  },
  'APA 7 report, three authors (Baral, Larsen & Archer)': {
    source: sources.apaBaral,
    style: 'apa',
    expected: 'Baral, P., Larsen, M., & Archer, M. (2019). Does money grow on trees? Restoration financing in Southeast Asia. Atlantic Council. https://www.atlanticcouncil.org/in-depth-research-reports/report/does-money-grow-on-trees-restoring-financing-in-southeast-asia/',
    italic: ['Does money grow on trees? Restoration financing in Southeast Asia'],
  },
  'APA 7 book without URL (Sapolsky)': {
    source: sources.apaSapolsky,
    style: 'apa',
    expected: 'Sapolsky, R. M. (2017). Behave: The biology of humans at our best and worst. Penguin Books.',
    italic: ['Behave: The biology of humans at our best and worst'],
  },
  'APA 7 webpage, seven authors, no date (Boddy et al.)': {
    source: sources.apaBoddy,
    style: 'apa',
    expected: 'Boddy, J., Neumann, T., Jennings, S., Morrow, V., Alderson, P., Rees, R., & Gibson, W. (n.d.). Ethics principles. The Research Ethics Guidebook. http://www.ethicsguidebook.ac.uk/EthicsPrinciples',
    italic: ['Ethics principles'],
  },
  'APA 7 report by two group authors': {
    source: sources.apaProductivityCommissions,
    style: 'apa',
    expected: 'Australian Government Productivity Commission & New Zealand Productivity Commission. (2012). Strengthening trans-Tasman economic relations. https://www.pc.gov.au/inquiries/completed/australia-new-zealand/report/trans-tasman.pdf',
    italic: ['Strengthening trans-Tasman economic relations'],
  },
  'MLA 9 web page with an access date (Bernstein)': {
    source: sources.mlaBernstein,
    style: 'mla',
    expected: 'Bernstein, Mark. “10 Tips on Writing the Living Web.” A List Apart: For People Who Make Websites, 16 Aug. 2002, alistapart.com/article/writeliving. Accessed 4 May 2009.',
    italic: ['A List Apart: For People Who Make Websites'],
  },
  'MLA 9 book, two authors (Dorris and Erdrich)': {
    source: sources.mlaDorris,
    style: 'mla',
    expected: 'Dorris, Michael, and Louise Erdrich. The Crown of Columbus. HarperCollins Publishers, 1999.',
    italic: ['The Crown of Columbus'],
  },
  'MLA 9 book, three or more authors (Burdick et al.)': {
    source: sources.mlaBurdick,
    style: 'mla',
    expected: 'Burdick, Anne, et al. Digital_Humanities. MIT Press, 2012.',
    italic: ['Digital_Humanities'],
  },
  'MLA 9 blog post (Hollmichel)': {
    source: sources.mlaHollmichel,
    style: 'mla',
    expected: 'Hollmichel, Stefanie. “The Reading Brain: Differences between Digital and Print.” So Many Books, So Little Time, 25 Apr. 2013, somanybooksblog.com/2013/04/25/the-reading-brain-differences-between-digital-and-print/.',
    italic: ['So Many Books, So Little Time'],
  },
  'Chicago 17 newspaper article (Manjoo)': {
    source: sources.chicagoManjoo,
    style: 'chicago',
    expected: 'Manjoo, Farhad. “Snap Makes a Bet on the Cultural Supremacy of the Camera.” New York Times, March 8, 2017. https://www.nytimes.com/2017/03/08/technology/snap-makes-a-bet-on-the-cultural-supremacy-of-the-camera.html.',
    italic: ['New York Times'],
  },
  'Chicago 17 magazine article in print (Mead)': {
    source: sources.chicagoMead,
    style: 'chicago',
    expected: 'Mead, Rebecca. “The Prophet of Dystopia.” New Yorker, April 17, 2017.',
    italic: ['New Yorker'],
  },
  'Chicago 17 blog post (Germano)': {
    source: sources.chicagoGermano,
    style: 'chicago',
    expected: 'Germano, William. “Futurist Shock.” Lingua Franca (blog), Chronicle of Higher Education, February 15, 2017. http://www.chronicle.com/blogs/linguafranca/2017/02/15/futurist-shock/.',
    italic: ['Lingua Franca', 'Chronicle of Higher Education'],
  },
  'Chicago 17 website content without a date (Yale)': {
    source: sources.chicagoYale,
    style: 'chicago',
    expected: 'Yale University. “About Yale: Yale Facts.” Accessed May 1, 2017. https://www.yale.edu/about-yale/yale-facts.',
    italic: [],
  },
  'Chicago 17 book, two authors (Grazer and Fishman)': {
    source: sources.chicagoGrazer,
    style: 'chicago',
    expected: 'Grazer, Brian, and Charles Fishman. A Curious Mind: The Secret to a Bigger Life. New York: Simon & Schuster, 2015.',
    italic: ['A Curious Mind: The Secret to a Bigger Life'],
  },
  'Chicago 17 book, one author (Pollan)': {
    source: sources.chicagoPollan,
    style: 'chicago',
    expected: 'Pollan, Michael. The Omnivore’s Dilemma: A Natural History of Four Meals. New York: Penguin, 2006.',
    italic: ['The Omnivore’s Dilemma: A Natural History of Four Meals'],
  },
};

const BBC_URL = 'https://www.bbc.com/news/articles/c86v52gv726o?at_medium=RSS&at_campaign=rss';

/** The same sources in the other styles, written by hand from each guide's rules. */
const ACROSS_STYLES: Record<string, Row> = {
  'plain: the seed page (BBC News)': {
    source: bbc,
    style: 'plain',
    expected: `BBC News (Technology): ${BBC_URL}`,
    italic: [],
  },
  'APA: the seed page, no author, title ending in "?"': {
    source: bbc,
    style: 'apa',
    expected: `Are Chinese open-source AI models winning? (2025, November 5). BBC News. ${BBC_URL}`,
    italic: ['BBC News'],
  },
  'MLA: the seed page, with its access date': {
    source: bbc,
    style: 'mla',
    expected: `“Are Chinese open-source AI models winning?” BBC News, 5 Nov. 2025, ${BBC_URL.slice(8)}. Accessed 5 Mar. 2026.`,
    italic: ['BBC News'],
  },
  'Chicago: the seed page': {
    source: bbc,
    style: 'chicago',
    expected: `“Are Chinese open-source AI models winning?” BBC News, November 5, 2025. ${BBC_URL}.`,
    italic: ['BBC News'],
  },
  'plain: a newspaper article': {
    source: sources.apaCarey,
    style: 'plain',
    expected: 'The New York Times: https://www.nytimes.com/2019/03/22/health/memory-forgetting-psychology.html',
    italic: [],
  },
  'MLA: a newspaper article whose title ends in "?"': {
    source: sources.apaCarey,
    style: 'mla',
    expected: 'Carey, Benedict. “Can we get better at forgetting?” The New York Times, 22 Mar. 2019, www.nytimes.com/2019/03/22/health/memory-forgetting-psychology.html.',
    italic: ['The New York Times'],
  },
  'Chicago: a newspaper article whose title ends in "?"': {
    source: sources.apaCarey,
    style: 'chicago',
    expected: 'Carey, Benedict. “Can we get better at forgetting?” The New York Times, March 22, 2019. https://www.nytimes.com/2019/03/22/health/memory-forgetting-psychology.html.',
    italic: ['The New York Times'],
  },
  'APA: a dated webpage takes no retrieval date': {
    source: sources.mlaBernstein,
    style: 'apa',
    expected: 'Bernstein, M. (2002, August 16). 10 Tips on Writing the Living Web. A List Apart: For People Who Make Websites. http://alistapart.com/article/writeliving',
    italic: ['10 Tips on Writing the Living Web'],
  },
  'Chicago: a webpage with a site name (roman) and a date': {
    source: sources.mlaBernstein,
    style: 'chicago',
    expected: 'Bernstein, Mark. “10 Tips on Writing the Living Web.” A List Apart: For People Who Make Websites. August 16, 2002. http://alistapart.com/article/writeliving.',
    italic: [],
  },
  'APA: an undated organisation page with an access date': {
    source: sources.chicagoYale,
    style: 'apa',
    expected: 'Yale University. (n.d.). About Yale: Yale Facts. Retrieved May 1, 2017, from https://www.yale.edu/about-yale/yale-facts',
    italic: ['About Yale: Yale Facts'],
  },
  'MLA: a page of no named site stands alone': {
    source: sources.chicagoYale,
    style: 'mla',
    expected: 'Yale University. About Yale: Yale Facts. www.yale.edu/about-yale/yale-facts. Accessed 1 May 2017.',
    italic: ['About Yale: Yale Facts'],
  },
  'MLA: an organisation that is also the site is not the author': {
    source: sources.apaWho,
    style: 'mla',
    expected: '“The top 10 causes of death.” World Health Organization, 24 May 2018, www.who.int/news-room/fact-sheets/detail/the-top-10-causes-of-death.',
    italic: ['World Health Organization'],
  },
  'Chicago: an organisation that is also the site is named once': {
    source: sources.apaWho,
    style: 'chicago',
    expected: 'World Health Organization. “The top 10 causes of death.” May 24, 2018. https://www.who.int/news-room/fact-sheets/detail/the-top-10-causes-of-death.',
    italic: [],
  },
  'APA: a blog post with a host publication': {
    source: sources.chicagoGermano,
    style: 'apa',
    expected: 'Germano, W. (2017, February 15). Futurist Shock. Lingua Franca. http://www.chronicle.com/blogs/linguafranca/2017/02/15/futurist-shock/',
    italic: ['Lingua Franca'],
  },
  'MLA: a blog post (no publisher for periodicals)': {
    source: sources.chicagoGermano,
    style: 'mla',
    expected: 'Germano, William. “Futurist Shock.” Lingua Franca, 15 Feb. 2017, www.chronicle.com/blogs/linguafranca/2017/02/15/futurist-shock/.',
    italic: ['Lingua Franca'],
  },
  'MLA: a book (year only)': {
    source: sources.apaSapolsky,
    style: 'mla',
    expected: 'Sapolsky, Robert M. Behave: The biology of humans at our best and worst. Penguin Books, 2017.',
    italic: ['Behave: The biology of humans at our best and worst'],
  },
  'Chicago: a book without a place of publication': {
    source: sources.apaSapolsky,
    style: 'chicago',
    expected: 'Sapolsky, Robert M. Behave: The biology of humans at our best and worst. Penguin Books, 2017.',
    italic: ['Behave: The biology of humans at our best and worst'],
  },
  'Chicago: a report, three authors': {
    source: sources.apaBaral,
    style: 'chicago',
    expected: 'Baral, Pratik, Mike Larsen, and Marcus Archer. Does money grow on trees? Restoration financing in Southeast Asia. Atlantic Council, 2019. https://www.atlanticcouncil.org/in-depth-research-reports/report/does-money-grow-on-trees-restoring-financing-in-southeast-asia/.',
    italic: ['Does money grow on trees? Restoration financing in Southeast Asia'],
  },
  'MLA: a report, three authors': {
    source: sources.apaBaral,
    style: 'mla',
    expected: 'Baral, Pratik, et al. Does money grow on trees? Restoration financing in Southeast Asia. Atlantic Council, 2019, www.atlanticcouncil.org/in-depth-research-reports/report/does-money-grow-on-trees-restoring-financing-in-southeast-asia/.',
    italic: ['Does money grow on trees? Restoration financing in Southeast Asia'],
  },
  'APA: a magazine article in print (no URL ends with a period)': {
    source: sources.chicagoMead,
    style: 'apa',
    expected: 'Mead, R. (2017, April 17). The Prophet of Dystopia. New Yorker.',
    italic: ['New Yorker'],
  },
  'APA: two people (comma before "&")': {
    source: sources.chicagoGrazer,
    style: 'apa',
    expected: 'Grazer, B., & Fishman, C. (2015). A Curious Mind: The Secret to a Bigger Life. Simon & Schuster.',
    italic: ['A Curious Mind: The Secret to a Bigger Life'],
  },
};

function checkRows(rows: Record<string, Row>) {
  for (const [name, { source, style, expected, italic }] of Object.entries(rows)) {
    it(name, () => {
      const result = format(source, style);
      expect(result.text).to.equal(expected);
      expect(result.italic).to.deep.equal(italic);
    });
  }
}

describe('formatCitation: the style guides’ published examples', () => {
  checkRows(PUBLISHED_EXAMPLES);
});

describe('formatCitation: the same sources across styles', () => {
  checkRows(ACROSS_STYLES);

  it('quotes the titles of parts of larger works, with the period inside the marks', () => {
    expect(format(sources.mlaBernstein, 'mla').quoted).to.deep.equal(['“10 Tips on Writing the Living Web.”']);
    expect(format(sources.chicagoManjoo, 'chicago').quoted).to.deep.equal([
      '“Snap Makes a Bet on the Cultural Supremacy of the Camera.”',
    ]);
    expect(format(bbc, 'chicago').quoted).to.deep.equal(['“Are Chinese open-source AI models winning?”']);
    expect(format(sources.apaCarey, 'apa').quoted).to.deep.equal([]);
  });

  it('gives each piece of data its role, and the style’s own words none', () => {
    const { segments } = format(sources.apaCensus, 'apa');
    const byRole = (role: string) => segments.filter((segment) => segment.role === role).map((segment) => segment.text);
    expect(byRole('author')).to.deep.equal(['U.S. Census Bureau']);
    expect(byRole('title')).to.deep.equal(['U.S. and world population clock']);
    expect(byRole('container')).to.deep.equal(['U.S. Department of Commerce']);
    expect(byRole('date')).to.deep.equal(['July 3, 2019']);
    expect(byRole('url')).to.deep.equal(['https://www.census.gov/popclock/']);
    expect(segments.filter((segment) => !segment.role).map((segment) => segment.text)).to.deep.equal([
      '. (n.d.). ',
      '. ',
      '. Retrieved ',
      ', from ',
    ]);
  });

  it('names each author in a segment of its own', () => {
    const authors = format(sources.mlaDorris, 'mla').segments.filter((segment) => segment.role === 'author');
    expect(authors.map((segment) => segment.text)).to.deep.equal(['Dorris, Michael', 'Louise Erdrich']);
  });
});

describe('formatCitation: number of authors', () => {
  const book = (count: number): Citation => ({
    id: `book${count}`,
    type: 'book',
    title: 'Title',
    publisher: 'Press',
    authors: sources.manyAuthors(count),
    issued: { year: 2020 },
  });

  it('APA lists 20 authors, then the first 19, an ellipsis and the last', () => {
    expect(format(book(20), 'apa').text).to.equal(
      'Author1, G., Author2, G., Author3, G., Author4, G., Author5, G., Author6, G., Author7, G., Author8, G., ' +
        'Author9, G., Author10, G., Author11, G., Author12, G., Author13, G., Author14, G., Author15, G., ' +
        'Author16, G., Author17, G., Author18, G., Author19, G., & Author20, G. (2020). Title. Press.',
    );
    expect(format(book(21), 'apa').text).to.equal(
      'Author1, G., Author2, G., Author3, G., Author4, G., Author5, G., Author6, G., Author7, G., Author8, G., ' +
        'Author9, G., Author10, G., Author11, G., Author12, G., Author13, G., Author14, G., Author15, G., ' +
        'Author16, G., Author17, G., Author18, G., Author19, G., . . . Author21, G. (2020). Title. Press.',
    );
  });

  it('APA: one author, and initials of compound and initialled given names', () => {
    expect(format({ ...book(1), authors: [{ family: 'Sartre', given: 'Jean-Paul' }] }, 'apa').text).to.equal(
      'Sartre, J.-P. (2020). Title. Press.',
    );
    expect(format({ ...book(1), authors: [{ family: 'Tolkien', given: 'J.R.R.' }] }, 'apa').text).to.equal(
      'Tolkien, J. R. R. (2020). Title. Press.',
    );
  });

  it('MLA: one, two, then "et al." from three', () => {
    expect(format(book(1), 'mla').text).to.equal('Author1, Given1. Title. Press, 2020.');
    expect(format(book(2), 'mla').text).to.equal('Author1, Given1, and Given2 Author2. Title. Press, 2020.');
    expect(format(book(3), 'mla').text).to.equal('Author1, Given1, et al. Title. Press, 2020.');
    expect(format(book(21), 'mla').text).to.equal('Author1, Given1, et al. Title. Press, 2020.');
  });

  it('Chicago lists ten authors, then the first seven and "et al."', () => {
    expect(format(book(3), 'chicago').text).to.equal(
      'Author1, Given1, Given2 Author2, and Given3 Author3. Title. Press, 2020.',
    );
    expect(format(book(10), 'chicago').text).to.equal(
      'Author1, Given1, Given2 Author2, Given3 Author3, Given4 Author4, Given5 Author5, Given6 Author6, ' +
        'Given7 Author7, Given8 Author8, Given9 Author9, and Given10 Author10. Title. Press, 2020.',
    );
    expect(format(book(11), 'chicago').text).to.equal(
      'Author1, Given1, Given2 Author2, Given3 Author3, Given4 Author4, Given5 Author5, Given6 Author6, ' +
        'Given7 Author7, et al. Title. Press, 2020.',
    );
    expect(format(book(21), 'chicago').text).to.equal(format(book(11), 'chicago').text);
  });

  it('no author: the title leads', () => {
    const noAuthor: Citation = { ...sources.apaCarey, authors: [] };
    expect(format(noAuthor, 'apa').text).to.equal(
      'Can we get better at forgetting? (2019, March 22). The New York Times. https://www.nytimes.com/2019/03/22/health/memory-forgetting-psychology.html',
    );
    expect(format(noAuthor, 'mla').text).to.match(/^“Can we get better at forgetting\?” The New York Times, 22 Mar\. 2019, /);
    expect(format(noAuthor, 'chicago').text).to.match(/^“Can we get better at forgetting\?” The New York Times, March 22, 2019\. /);
  });
});

describe('formatCitation: missing and unusual data', () => {
  const undated: Citation = { ...sources.chicagoManjoo, issued: undefined };

  it('no date: APA "n.d.", MLA nothing, Chicago "n.d." (a webpage: nothing)', () => {
    expect(format(undated, 'apa').text).to.equal(
      'Manjoo, F. (n.d.). Snap Makes a Bet on the Cultural Supremacy of the Camera. New York Times. https://www.nytimes.com/2017/03/08/technology/snap-makes-a-bet-on-the-cultural-supremacy-of-the-camera.html',
    );
    expect(format(undated, 'mla').text).to.equal(
      'Manjoo, Farhad. “Snap Makes a Bet on the Cultural Supremacy of the Camera.” New York Times, www.nytimes.com/2017/03/08/technology/snap-makes-a-bet-on-the-cultural-supremacy-of-the-camera.html.',
    );
    expect(format(undated, 'chicago').text).to.equal(
      'Manjoo, Farhad. “Snap Makes a Bet on the Cultural Supremacy of the Camera.” New York Times, n.d. https://www.nytimes.com/2017/03/08/technology/snap-makes-a-bet-on-the-cultural-supremacy-of-the-camera.html.',
    );
    expect(format({ ...sources.chicagoYale, accessed: undefined }, 'chicago').text).to.equal(
      'Yale University. “About Yale: Yale Facts.” https://www.yale.edu/about-yale/yale-facts.',
    );
  });

  it('a date with only a year, or a year and a month', () => {
    const yearOnly: Citation = { ...bbc, issued: { year: 2025 }, accessed: undefined };
    const yearMonth: Citation = { ...bbc, issued: { year: 2025, month: 9 }, accessed: undefined };
    expect(format(yearOnly, 'apa').text).to.contain('(2025).');
    expect(format(yearMonth, 'apa').text).to.contain('(2025, September).');
    expect(format(yearMonth, 'mla').text).to.contain('BBC News, Sept. 2025, ');
    expect(format(yearMonth, 'chicago').text).to.contain('BBC News, September 2025. ');
  });

  it('a title ending in "!" or "?" takes no period, in every style', () => {
    const exclaimed: Citation = { ...sources.apaSapolsky, title: 'Stop the presses!' };
    expect(format(exclaimed, 'apa').text).to.equal('Sapolsky, R. M. (2017). Stop the presses! Penguin Books.');
    expect(format(exclaimed, 'mla').text).to.equal('Sapolsky, Robert M. Stop the presses! Penguin Books, 2017.');
    expect(format(exclaimed, 'chicago').text).to.equal('Sapolsky, Robert M. Stop the presses! Penguin Books, 2017.');
  });

  it('an organisation ending in an abbreviation takes no second period', () => {
    const apple: Citation = { ...sources.apaSapolsky, type: 'report', authors: [{ literal: 'Apple Inc.' }], publisher: 'Apple' };
    expect(format(apple, 'apa').text).to.equal('Apple Inc. (2017). Behave: The biology of humans at our best and worst. Apple.');
    expect(format(apple, 'chicago').text).to.equal('Apple Inc. Behave: The biology of humans at our best and worst. Apple, 2017.');
  });

  it('nothing but a URL: the URL alone, in every style', () => {
    const bare: Citation = { id: 'bare', authors: [], url: BBC_URL };
    for (const style of ['plain', 'apa', 'mla', 'chicago'] as const) {
      expect(format(bare, style).segments, style).to.deep.equal([{ text: BBC_URL, role: 'url' }]);
    }
    // A link text that is the address itself names nothing either.
    expect(format({ ...bare, label: BBC_URL }, 'apa').text).to.equal(BBC_URL);
  });

  it('the page’s link text heads the plain style, and stands in for a missing title elsewhere', () => {
    const linked: Citation = { id: 'linked', authors: [], url: BBC_URL, label: 'BBC News (Technology)' };
    expect(format(linked, 'plain').text).to.equal(`BBC News (Technology): ${BBC_URL}`);
    expect(format({ ...bbc, label: 'BBC report' }, 'plain').text).to.equal(`BBC report: ${BBC_URL}`);
    expect(format(linked, 'chicago').text).to.equal(`“BBC News (Technology).” ${BBC_URL}.`);
  });

  it('plain: publisher without section, title alone, no URL', () => {
    expect(format({ ...bbc, section: undefined }, 'plain').text).to.equal(`BBC News: ${BBC_URL}`);
    expect(format({ ...bbc, containerTitle: undefined, section: undefined }, 'plain').text).to.equal(
      `Are Chinese open-source AI models winning? ${BBC_URL}`,
    );
    expect(format({ ...bbc, url: undefined }, 'plain').text).to.equal('BBC News (Technology)');
    expect(format({ ...bbc, section: '  ' }, 'plain').text).to.equal(`BBC News: ${BBC_URL}`);
  });

  it('an unknown style formats as plain; an invalid locale as English', () => {
    expect(format(bbc, 'constructor' as CitationStyle).text).to.equal(`BBC News (Technology): ${BBC_URL}`);
    expect(format(bbc, 'harvard' as CitationStyle).text).to.equal(`BBC News (Technology): ${BBC_URL}`);
    expect(format(bbc, 'chicago', 'not a locale!').text).to.equal(format(bbc, 'chicago', 'en').text);
  });

  it('markup in the data stays text', () => {
    const hostile: Citation = {
      id: 'hostile',
      type: 'webpage',
      title: '<img src=x onerror="window.citationHacked = true">Title',
      containerTitle: '<script>window.citationHacked = true</script>',
      authors: [{ literal: '<b>Bold</b> & Co' }],
      url: 'https://example.com/?q=<b>',
    };
    for (const style of ['apa', 'mla', 'chicago'] as const) {
      const { text } = format(hostile, style);
      expect(text, style).to.contain('<img src=x onerror="window.citationHacked = true">Title');
    }
    expect(format(hostile, 'plain').text).to.equal('<script>window.citationHacked = true</script>: https://example.com/?q=<b>');
    expect(format(hostile, 'apa').text).to.equal(
      '<b>Bold</b> & Co. (n.d.). <img src=x onerror="window.citationHacked = true">Title. <script>window.citationHacked = true</script>. https://example.com/?q=<b>',
    );
  });

  describe('never prints "undefined", empty brackets or doubled punctuation', () => {
    const types = [undefined, 'article-newspaper', 'article-magazine', 'webpage', 'post-weblog', 'report', 'book'] as const;
    const authorLists = [[], [{ literal: 'Reuters' }], sources.manyAuthors(2), sources.manyAuthors(3)];
    const dates = [undefined, { year: 2024 }, { year: 2024, month: 2 }, { year: 2024, month: 2, day: 29 }];
    const titles = [undefined, 'A plain title', 'A question?', 'Ends with an abbr.'];
    const citations: Citation[] = [];
    for (const type of types)
      for (const authors of authorLists)
        for (const issued of dates)
          for (const title of titles)
            for (let mask = 0; mask < 32; mask++) {
              citations.push({
                id: 'x',
                type,
                title,
                authors,
                issued,
                containerTitle: mask & 1 ? 'Container' : undefined,
                publisher: mask & 2 ? 'Publisher Inc.' : undefined,
                url: mask & 4 ? 'https://example.com/a' : undefined,
                accessed: mask & 8 ? { year: 2026, month: 3, day: 5 } : undefined,
                section: mask & 16 ? 'Section' : undefined,
              });
            }
    const FORBIDDEN = /undefined|\[object|\(\s*\)|\.\.|\. \.|,\.|،\.|,,|\s[,.،]|\s{2}|^\s|\s$|^[,.،]|[,،]$/;

    for (const locale of ['en', 'ar', 'fr']) {
      it(`in ${citations.length} combinations of fields, in every style (${locale})`, function () {
        // Tens of thousands of formattings: a generous limit for shared, loaded machines (not a speed check).
        this.timeout(60_000);
        for (const citation of citations) {
          for (const style of ['plain', 'apa', 'mla', 'chicago'] as const) {
            const { text } = format(citation, style, locale);
            const described = `${style} ${JSON.stringify(citation)} → ${text}`;
            // French guillemets hold a no-break space on purpose.
            expect(text.replace(/«\u00A0|\u00A0»/g, '«'), described).not.to.match(FORBIDDEN);
          }
        }
      });
    }
  });
});

describe('formatCitation: other languages', () => {
  it('Arabic: the seed page’s source with the Arabic comma, «» and Arabic month names', () => {
    expect(format(bbc, 'plain', 'ar').text).to.equal(`BBC News (Technology): ${BBC_URL}`);
    expect(format(bbc, 'apa', 'ar').text).to.equal(
      `Are Chinese open-source AI models winning? (2025، 5 نوفمبر). BBC News. ${BBC_URL}`,
    );
    expect(format(bbc, 'mla', 'ar').text).to.equal(
      `«Are Chinese open-source AI models winning?» BBC News، 5 نوفمبر 2025، ${BBC_URL.slice(8)}. Accessed 5 مارس 2026.`,
    );
    expect(format(bbc, 'chicago', 'ar').text).to.equal(
      `«Are Chinese open-source AI models winning?» BBC News، 5 نوفمبر 2025. ${BBC_URL}.`,
    );
    expect(format(bbc, 'chicago', 'ar').quoted).to.deep.equal(['«Are Chinese open-source AI models winning?»']);
    expect(format(bbc, 'chicago', 'ar').italic).to.deep.equal(['BBC News']);
  });

  it('Arabic: punctuation after a quoted title stays outside «», and "n.d." is "د.ت."', () => {
    const arabic: Citation = { ...bbc, title: 'نماذج الذكاء الاصطناعي الصينية المفتوحة', issued: undefined, language: 'ar' };
    expect(format(arabic, 'mla', 'ar').text).to.equal(
      `«نماذج الذكاء الاصطناعي الصينية المفتوحة». BBC News، ${BBC_URL.slice(8)}. Accessed 5 مارس 2026.`,
    );
    expect(format(arabic, 'chicago', 'ar').text).to.equal(
      `«نماذج الذكاء الاصطناعي الصينية المفتوحة». BBC News. Accessed 5 مارس 2026. ${BBC_URL}.`,
    );
    expect(format({ ...arabic, accessed: undefined }, 'apa', 'ar').text).to.equal(
      `نماذج الذكاء الاصطناعي الصينية المفتوحة. (د.ت.). BBC News. ${BBC_URL}`,
    );
    expect(format({ ...sources.apaBaral, issued: undefined }, 'apa', 'ar').text).to.equal(
      'Baral، P.، Larsen، M.، & Archer، M. (د.ت.). Does money grow on trees? Restoration financing in Southeast Asia. ' +
        'Atlantic Council. https://www.atlanticcouncil.org/in-depth-research-reports/report/does-money-grow-on-trees-restoring-financing-in-southeast-asia/',
    );
  });

  it('Arabic digits where the locale uses them (ar-EG), Persian digits and months in the Gregorian calendar', () => {
    expect(format(bbc, 'chicago', 'ar-EG').text).to.contain('BBC News، ٥ نوفمبر ٢٠٢٥. ');
    expect(format(bbc, 'apa', 'ar-SA').text).to.contain('(٢٠٢٥، ٥ نوفمبر)');
    expect(format(bbc, 'chicago', 'fa').text).to.contain('BBC News، ۵ نوامبر ۲۰۲۵. ');
    expect(format({ ...bbc, issued: undefined, accessed: undefined }, 'apa', 'fa').text).to.contain('(بی‌تا)');
  });

  it('French guillemets with no-break spaces, and "s.d."', () => {
    expect(format(bbc, 'chicago', 'fr').text).to.equal(
      `«\u00A0Are Chinese open-source AI models winning?\u00A0» BBC News, 5 novembre 2025. ${BBC_URL}.`,
    );
    expect(format({ ...sources.chicagoMead, issued: undefined }, 'apa', 'fr-CA').text).to.equal(
      'Mead, R. (s.d.). The Prophet of Dystopia. New Yorker.',
    );
  });

  it('other languages: dates through Intl, the table’s "n.d.", English quotation marks', () => {
    const undated: Citation = { ...sources.chicagoMead, issued: undefined };
    expect(format(sources.chicagoMead, 'chicago', 'de').text).to.equal(
      'Mead, Rebecca. “The Prophet of Dystopia”. New Yorker, 17. April 2017.',
    );
    expect(format(undated, 'apa', 'de').text).to.equal('Mead, R. (o. J.). The Prophet of Dystopia. New Yorker.');
    expect(format(undated, 'apa', 'es').text).to.contain('(s.f.)');
    expect(format(undated, 'apa', 'he').text).to.contain('(ח״ת)');
    expect(format(undated, 'apa', 'zh-CN').text).to.contain('(无日期)');
    expect(format(undated, 'apa', 'ja').text).to.contain('(n.d.)');
    expect(format(sources.chicagoMead, 'apa', 'es').text).to.contain('(2017, 17 de abril)');
    expect(format(sources.chicagoMead, 'chicago', 'en-GB').text).to.equal(format(sources.chicagoMead, 'chicago', 'en').text);
  });
});
