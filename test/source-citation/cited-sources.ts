/**
 * Sources for the citation tests: the data of the style guides' own published examples (so the
 * expected strings can be checked against the guides), and the seed page's BBC source.
 */
import type { Citation, Name } from '../../src/core/citation-model.js';

const person = (family: string, given: string): Name => ({ family, given });

/**
 * The seed page's only source: "Sources: BBC News (Technology): https://www.bbc.com/news/articles/…".
 * The page gives publisher, section and URL; headline and dates are fixture values.
 */
export const bbc: Citation = {
  id: 'bbc',
  type: 'article-newspaper',
  title: 'Are Chinese open-source AI models winning?',
  containerTitle: 'BBC News',
  section: 'Technology',
  authors: [],
  issued: { year: 2025, month: 11, day: 5 },
  accessed: { year: 2026, month: 3, day: 5 },
  url: 'https://www.bbc.com/news/articles/c86v52gv726o?at_medium=RSS&at_campaign=rss',
  language: 'en',
};

// APA 7, apastyle.apa.org "Reference examples" and Publication Manual chapter 10.

export const apaCarey: Citation = {
  id: 'carey',
  type: 'article-newspaper',
  title: 'Can we get better at forgetting?',
  containerTitle: 'The New York Times',
  authors: [person('Carey', 'Benedict')],
  issued: { year: 2019, month: 3, day: 22 },
  url: 'https://www.nytimes.com/2019/03/22/health/memory-forgetting-psychology.html',
};

export const apaAvramova: Citation = {
  id: 'avramova',
  type: 'webpage',
  title: 'The secret to a long, happy, healthy life? Think age-positive',
  containerTitle: 'CNN',
  authors: [person('Avramova', 'Nina')],
  issued: { year: 2019, month: 1, day: 3 },
  url: 'https://www.cnn.com/2019/01/03/health/respect-toward-elderly-leads-to-long-life-intl/index.html',
};

export const apaWho: Citation = {
  id: 'who',
  type: 'webpage',
  title: 'The top 10 causes of death',
  containerTitle: 'World Health Organization',
  authors: [{ literal: 'World Health Organization' }],
  issued: { year: 2018, month: 5, day: 24 },
  url: 'https://www.who.int/news-room/fact-sheets/detail/the-top-10-causes-of-death',
};

export const apaCensus: Citation = {
  id: 'census',
  type: 'webpage',
  title: 'U.S. and world population clock',
  publisher: 'U.S. Department of Commerce',
  authors: [{ literal: 'U.S. Census Bureau' }],
  accessed: { year: 2019, month: 7, day: 3 },
  url: 'https://www.census.gov/popclock/',
};

export const apaKlymkowsky: Citation = {
  id: 'klymkowsky',
  type: 'post-weblog',
  title: 'Can we talk scientifically about free will?',
  containerTitle: 'Sci-Ed',
  authors: [person('Klymkowsky', 'Mike')],
  issued: { year: 2018, month: 9, day: 15 },
  url: 'https://blogs.plos.org/scied/2018/09/15/can-we-talk-scientifically-about-free-will/',
};

export const apaBustillos: Citation = {
  id: 'bustillos',
  type: 'article-magazine',
  title: 'On video games and storytelling: An interview with Tom Bissell',
  containerTitle: 'The New Yorker',
  authors: [person('Bustillos', 'Maria')],
  issued: { year: 2013, month: 3, day: 19 },
  url: 'https://www.newyorker.com/books/page-turner/on-video-games-and-storytelling-an-interview-with-tom-bissell',
};

export const apaBaral: Citation = {
  id: 'baral',
  type: 'report',
  title: 'Does money grow on trees? Restoration financing in Southeast Asia',
  publisher: 'Atlantic Council',
  authors: [person('Baral', 'Pratik'), person('Larsen', 'Mike'), person('Archer', 'Marcus')],
  issued: { year: 2019, month: 4, day: 24 },
  url: 'https://www.atlanticcouncil.org/in-depth-research-reports/report/does-money-grow-on-trees-restoring-financing-in-southeast-asia/',
};

export const apaSapolsky: Citation = {
  id: 'sapolsky',
  type: 'book',
  title: 'Behave: The biology of humans at our best and worst',
  publisher: 'Penguin Books',
  authors: [person('Sapolsky', 'Robert M.')],
  issued: { year: 2017 },
};

export const apaBoddy: Citation = {
  id: 'boddy',
  type: 'webpage',
  title: 'Ethics principles',
  containerTitle: 'The Research Ethics Guidebook',
  authors: ['Boddy', 'Neumann', 'Jennings', 'Morrow', 'Alderson', 'Rees', 'Gibson'].map((family, index) =>
    person(family, ['J.', 'T.', 'S.', 'V.', 'P.', 'R.', 'W.'][index]),
  ),
  url: 'http://www.ethicsguidebook.ac.uk/EthicsPrinciples',
};

export const apaProductivityCommissions: Citation = {
  id: 'productivity',
  type: 'report',
  title: 'Strengthening trans-Tasman economic relations',
  authors: [
    { literal: 'Australian Government Productivity Commission' },
    { literal: 'New Zealand Productivity Commission' },
  ],
  issued: { year: 2012 },
  url: 'https://www.pc.gov.au/inquiries/completed/australia-new-zealand/report/trans-tasman.pdf',
};

// MLA Handbook, 9th edition (and 8th, whose examples it keeps).

export const mlaBernstein: Citation = {
  id: 'bernstein',
  type: 'webpage',
  title: '10 Tips on Writing the Living Web',
  containerTitle: 'A List Apart: For People Who Make Websites',
  authors: [person('Bernstein', 'Mark')],
  issued: { year: 2002, month: 8, day: 16 },
  accessed: { year: 2009, month: 5, day: 4 },
  url: 'http://alistapart.com/article/writeliving',
};

export const mlaDorris: Citation = {
  id: 'dorris',
  type: 'book',
  title: 'The Crown of Columbus',
  publisher: 'HarperCollins Publishers',
  authors: [person('Dorris', 'Michael'), person('Erdrich', 'Louise')],
  issued: { year: 1999 },
};

export const mlaBurdick: Citation = {
  id: 'burdick',
  type: 'book',
  title: 'Digital_Humanities',
  publisher: 'MIT Press',
  authors: [
    person('Burdick', 'Anne'),
    person('Drucker', 'Johanna'),
    person('Lunenfeld', 'Peter'),
    person('Presner', 'Todd'),
    person('Schnapp', 'Jeffrey'),
  ],
  issued: { year: 2012 },
};

export const mlaHollmichel: Citation = {
  id: 'hollmichel',
  type: 'post-weblog',
  title: 'The Reading Brain: Differences between Digital and Print',
  containerTitle: 'So Many Books, So Little Time',
  authors: [person('Hollmichel', 'Stefanie')],
  issued: { year: 2013, month: 4, day: 25 },
  url: 'https://somanybooksblog.com/2013/04/25/the-reading-brain-differences-between-digital-and-print/',
};

// Chicago Manual of Style, 17th edition, chapter 14 (and its Citation Quick Guide).

export const chicagoManjoo: Citation = {
  id: 'manjoo',
  type: 'article-newspaper',
  title: 'Snap Makes a Bet on the Cultural Supremacy of the Camera',
  containerTitle: 'New York Times',
  authors: [person('Manjoo', 'Farhad')],
  issued: { year: 2017, month: 3, day: 8 },
  url: 'https://www.nytimes.com/2017/03/08/technology/snap-makes-a-bet-on-the-cultural-supremacy-of-the-camera.html',
};

export const chicagoMead: Citation = {
  id: 'mead',
  type: 'article-magazine',
  title: 'The Prophet of Dystopia',
  containerTitle: 'New Yorker',
  authors: [person('Mead', 'Rebecca')],
  issued: { year: 2017, month: 4, day: 17 },
};

export const chicagoGermano: Citation = {
  id: 'germano',
  type: 'post-weblog',
  title: 'Futurist Shock',
  containerTitle: 'Lingua Franca',
  publisher: 'Chronicle of Higher Education',
  authors: [person('Germano', 'William')],
  issued: { year: 2017, month: 2, day: 15 },
  url: 'http://www.chronicle.com/blogs/linguafranca/2017/02/15/futurist-shock/',
};

export const chicagoYale: Citation = {
  id: 'yale',
  type: 'webpage',
  title: 'About Yale: Yale Facts',
  authors: [{ literal: 'Yale University' }],
  accessed: { year: 2017, month: 5, day: 1 },
  url: 'https://www.yale.edu/about-yale/yale-facts',
};

export const chicagoGrazer: Citation = {
  id: 'grazer',
  type: 'book',
  title: 'A Curious Mind: The Secret to a Bigger Life',
  publisher: 'Simon & Schuster',
  publisherPlace: 'New York',
  authors: [person('Grazer', 'Brian'), person('Fishman', 'Charles')],
  issued: { year: 2015 },
};

export const chicagoPollan: Citation = {
  id: 'pollan',
  type: 'book',
  title: 'The Omnivore’s Dilemma: A Natural History of Four Meals',
  publisher: 'Penguin',
  publisherPlace: 'New York',
  authors: [person('Pollan', 'Michael')],
  issued: { year: 2006 },
};

/** `count` people named Author1, Author2…, given names A1, A2… */
export function manyAuthors(count: number): Name[] {
  return Array.from({ length: count }, (_, index) => person(`Author${index + 1}`, `Given${index + 1}`));
}
