/**
 * English posts of Florin.blog. Dates are GMT (`YYYY-MM-DDTHH:MM:SS`); `content` is the post body as authored
 * (Unicode, trusted HTML); `excerpt` is a manual excerpt (plain text) when the author wrote one, otherwise
 * WordPress generates one from the content. `related` lists Jetpack's related posts, when Jetpack computed them.
 * `translation` links a post with its Arabic version (Polylang); `featured` marks the sticky post.
 * All body text is written for the fixture.
 */

export const ENGLISH_POSTS = [
  {
    id: 42,
    featured: true,
    lang: 'en',
    translation: 'open-models',
    slug: 'chinese-open-source-ai-models-cheap-deployable',
    published: '2025-12-03T07:40:00',
    modified: '2026-01-12T09:05:00',
    author: 1,
    media: 212,
    categories: [3],
    tags: [21, 22, 24],
    related: [41, 43, 37],
    title: 'Are Chinese open-source AI models ‘winning’ by being cheap and deployable?',
    excerpt:
      'Open-weight models from Chinese labs are finding their way into American products because they are inexpensive, quick to deploy and easy to adapt. The contest that matters may be adoption rather than demos.',
    content: `<p><strong>Summary:</strong> More and more American companies are quietly testing open-weight AI models built by Chinese labs. The attraction is not ideology but arithmetic: the models are free to download, inexpensive to run and easy to adapt. The real contest may be less about who owns the single most impressive closed model and more about whose open ecosystem becomes the default foundation for everyday products.</p>
<p>If that reading is right, “winning the AI race” looks different from the version told in keynote demos. It becomes a story about adoption curves, hosting bills, distribution and the habits of developers.</p>
<h2 class="wp-block-heading has-text-align-center" style="font-size:1.4rem">Why US companies are looking east</h2>
<p>The BBC report behind this piece lists a handful of reasons companies give for trying Chinese open models:</p>
<ul>
<li>the weights can be downloaded and adapted without a licence fee;</li>
<li>running them can cost a fraction of what proprietary APIs charge;</li>
<li>for many jobs, such as ranking recommendations or answering support tickets, they are simply good enough.</li>
</ul>
<p>The Pinterest example in the report captures the change well. A mainstream American consumer platform using Chinese models to tune its recommendations is not making a geopolitical statement; it is making a purchasing decision. AI is moving from the foreign-policy pages to the procurement spreadsheet.</p>
<h2>After the DeepSeek release</h2>
<p>According to the report, the release of a strong model under an open licence set off a chain reaction: more labs published their weights, more teams started experimenting, and more start-ups that could never afford closed-model pricing began shipping real products.</p>
<p>Open models lower two barriers at once:</p>
<ol>
<li><strong>Price.</strong> You pay for the computing power you use, not for a vendor’s margin on every token.</li>
<li><strong>Control.</strong> You can run the model on hardware you choose, inside your own network.</li>
</ol>
<p>The second point carries a lot of weight for banks, hospitals and public bodies that worry about where their data travels.</p>
<h2>Openness as a practical advantage</h2>
<p>An open model is less a finished product than a starting point. Developers can fine-tune it on their own data, companies can build narrow tools around it, and moving from one model family to another costs far less than untangling an integration with a proprietary API.</p>
<p>History suggests open options tend to win when three conditions meet: performance is good enough for the task, the surrounding ecosystem moves quickly, and cost is a real constraint. Large language models appear to be reaching that point.</p>
<h2>When “cheaper” beats “better”</h2>
<p>The report cites claims that better recommendations were achieved at a small fraction of the cost of proprietary alternatives. Numbers like that change behaviour because AI spending grows in two directions at once: inference bills rise with every new user, and training bills rise with every new ambition.</p>
<p>Faced with a model that costs 80–90% less and delivers 80–90% of the quality, most finance teams will not hesitate for long. The model at the top of a benchmark table is not automatically the one that wins; the one with the best economics often is.</p>
<h2>Download charts as a scoreboard</h2>
<p>The report also points to Hugging Face, where Chinese model families regularly sit near the top of the download rankings. Downloads are an imperfect measure, but they hint at three things that matter for adoption: developers are curious, the models are easy to run, and community tooling grows up around them.</p>
<p>There is a familiar pattern here. Linux did not win by being the flashiest consumer story; it won by becoming the dependable layer everything else was built on.</p>
<h2>An awkward contradiction</h2>
<p>One of the sharper observations in the report is the irony of an authoritarian state presenting itself as the great democratiser of a technology by giving its models away.</p>
<p>Whatever one thinks of the politics, publishing open weights brings strategic benefits:</p>
<ul>
<li>a model family becomes the default choice developers reach for;</li>
<li>the ecosystem around it grows faster than any single company could manage;</li>
<li>vendors selling closed models feel constant pressure on their prices.</li>
</ul>
<p>Influence gained this way does not require exporting a single service.</p>
<h2>Different pressures in Silicon Valley</h2>
<p>The report contrasts Chinese model builders with American firms such as OpenAI. US companies answer to investors who expect revenue soon, and closed models are far easier to charge for. Releasing strong open weights can undercut the very prices those companies depend on.</p>
<p>The result is a tension that is hard to resolve: openness speeds up adoption, while closed models capture the revenue. Some American firms have published limited open models, but most of the money still flows into proprietary systems.</p>
<h2>Is “race” the right word?</h2>
<p>If the race is about who holds the best model on a given day, that is one story. If it is about which platform developers build on by default, it is a very different one.</p>
<p>In earlier eras of computing, the default platform usually won by being cheap, flexible, widely integrated and surrounded by a lively community. That is why the report’s attention to open models deserves more than a passing glance.</p>
<h2>What could go wrong</h2>
<p>Companies adopting Chinese models will still have to answer hard questions:</p>
<ul>
<li>Where did the model come from, and could it hide unwanted behaviour?</li>
<li>Do its licence terms fit the company’s legal obligations?</li>
<li>Could future sanctions or export rules force a costly migration?</li>
</ul>
<p>The usual precautions are sensible: host the model on your own infrastructure, limit what data it can see, and run independent evaluations and red-team exercises before trusting it in production. None of this removes the risk entirely, because AI is increasingly treated as a matter of national security.</p>
<h2>Things to watch</h2>
<ol>
<li><strong>Enterprise purchasing.</strong> Will more of the largest companies standardise on open models?</li>
<li><strong>Regulation.</strong> Will governments restrict which models can be used, shared or trained on certain data?</li>
<li><strong>Ecosystem momentum.</strong> Which model families will developer tools and cloud platforms support first?</li>
<li><strong>Quality convergence.</strong> If open models keep closing the gap, premium pricing will get harder to defend.</li>
<li><strong>On-device AI.</strong> Open models can be compressed to run on laptops and phones, which could speed adoption further.</li>
</ol>
<h2>The takeaway</h2>
<p>Chinese open-source models are gaining ground not because companies want any particular country to win, but because open models can be fast, cheap and firmly under the user’s control.</p>
<p>If the trend holds, the AI landscape may come to resemble a platform shift more than a two-country arms race: open ecosystems drive adoption while the sellers of closed models work ever harder to justify their premium.</p>
<h2>Sources</h2>
<ul>
<li>BBC News (Technology): <a href="https://www.bbc.com/news/articles/c86v52gv726o?at_medium=RSS&amp;at_campaign=rss">https://www.bbc.com/news/articles/c86v52gv726o</a></li>
</ul>`,
  },
  {
    id: 41,
    lang: 'en',
    translation: 'india-chips',
    slug: 'india-semiconductor-industry-packaging-not-fabs',
    published: '2025-11-24T09:00:00',
    modified: '2025-11-24T09:00:00',
    author: 1,
    media: 209,
    categories: [3, 6],
    tags: [23, 24],
    related: [42, 43, 45],
    title: 'Can India build a semiconductor industry? Why it starts with packaging, not fabs',
    content: `<p>India wants a semiconductor industry of its own, and its first serious steps are not the giant wafer fabrication plants that dominate headlines. They are assembly, testing and packaging sites: the factories that take finished silicon dies and turn them into chips that can be soldered onto a circuit board.</p>
<h2>Why start at the back end</h2>
<p>Packaging plants cost a fraction of a leading-edge fab, need far less ultra-pure water and power, and can be built in a few years rather than a decade. They also employ many more people per rupee invested, which matters to governments looking for jobs as well as strategic capacity.</p>
<h2>Packaging is no longer an afterthought</h2>
<p>Advanced packaging, which stacks or links several chips inside one housing, has become one of the main ways the industry keeps improving performance. Skills learned on simpler lines can grow into that more valuable work.</p>
<ul>
<li><strong>Design talent:</strong> already strong, after decades of work for global chip firms.</li>
<li><strong>Supply chains:</strong> chemicals, gases and substrates still come largely from abroad.</li>
<li><strong>Power and water:</strong> reliability remains a concern for the more demanding plants.</li>
</ul>
<p>Starting with packaging will not make India self-sufficient, but it builds the workforce, suppliers and habits that any later fab would depend on.</p>`,
  },
  {
    id: 43,
    lang: 'en',
    translation: 'caribbean-cannabis',
    slug: 'caribbean-cannabis-industry-regulation-export',
    published: '2025-12-10T10:20:00',
    modified: '2025-12-11T08:00:00',
    author: 1,
    media: 214,
    categories: [6],
    tags: [24, 25],
    title: 'Caribbean cannabis industry: the regulation and export story behind the headlines',
    content: `<p>Headlines about Caribbean cannabis tend to swing between gold-rush optimism and weary scepticism. The more interesting story sits in the regulations, which have changed quickly across the region over the past decade.</p>
<h2>From prohibition to licensing</h2>
<p>Several islands have decriminalised small amounts for personal use and set up licensing systems for medical cultivation, processing and research. Each framework writes its own rules on who may grow, how products are tested and where they may be sold.</p>
<h2>The export question</h2>
<p>Exports are where the economic hopes concentrate, and also where the obstacles pile up. Buyers abroad expect pharmaceutical-grade quality control, traceable supply chains and banking relationships that many small producers struggle to secure.</p>
<ul>
<li>Testing laboratories are expensive to build and to accredit.</li>
<li>International banks remain cautious about the sector.</li>
<li>Traditional small farmers risk being left outside formal licensing.</li>
</ul>
<p>Whether the industry spreads its benefits widely may depend less on demand than on whether regulators keep the door open for the growers who were there first.</p>`,
  },
  {
    id: 35,
    lang: 'en',
    translation: 'peatlands',
    slug: 'why-peatlands-matter-for-the-climate',
    published: '2025-03-18T08:05:00',
    modified: '2025-03-18T08:05:00',
    author: 1,
    media: 203,
    categories: [5, 4],
    tags: [28],
    title: 'Why peatlands matter more to the climate than their size suggests',
    content: `<p>Peatlands cover only a small slice of the planet’s land, yet they hold a remarkable share of its soil carbon. The reason is water: in a waterlogged bog, dead plants decay so slowly that thousands of years of growth pile up as peat.</p>
<h2>A store that can leak</h2>
<p>That store is stable only while the peat stays wet. Drain a bog for farming, forestry or fuel and oxygen reaches layers that were sealed for centuries. Microbes wake up, and carbon that took millennia to gather starts returning to the air. Dry peat also burns, sometimes smouldering underground for weeks.</p>
<h2>Rewetting is cheap, but slow</h2>
<p>The good news is that the fix is often simple engineering: block the old drainage ditches and let the water table rise. Sphagnum moss returns within a few seasons, though a healthy, carbon-gathering bog takes much longer to recover.</p>
<ul>
<li>Blocking ditches costs little compared with most climate measures.</li>
<li>Wet peat shelters rare birds, insects and plants.</li>
<li>Restored bogs slow floods by holding rainwater upstream.</li>
</ul>
<p>For countries looking for affordable climate wins, the quiet, soggy corners of the map may be among the best places to start.</p>`,
  },
  {
    id: 37,
    lang: 'en',
    slug: 'heat-pumps-cold-countries-nordic-numbers',
    published: '2025-06-02T06:30:00',
    modified: '2025-06-03T12:10:00',
    author: 2,
    media: 205,
    categories: [5, 3],
    tags: [26],
    title: 'Heat pumps in cold countries: what the Nordic numbers actually show',
    content: `<p>A common objection to heat pumps is that they give up when it gets properly cold. The Nordic countries, where winter nights regularly fall far below freezing, are an awkward place to make that argument: they already have some of the highest heat-pump ownership in Europe.</p>
<h2>Efficiency drops, but stays useful</h2>
<p>An air-source heat pump does move less heat as the outside air gets colder. Even so, units designed for cold climates typically still deliver two or more units of heat for each unit of electricity on a bitter day, and considerably more across a whole season.</p>
<h2>The house matters as much as the machine</h2>
<p>Good insulation, triple glazing and radiators sized for lower water temperatures make a bigger difference than the badge on the outdoor unit. Homes that were upgraded first tend to report the smoothest switch.</p>
<p>The lesson for milder countries is encouraging: if the technology copes with a Scandinavian January, a damp British or Dutch winter should not be the obstacle it is often made out to be.</p>`,
  },
  {
    id: 39,
    lang: 'en',
    slug: 'urban-foxes-and-the-city',
    published: '2025-08-19T16:45:00',
    modified: '2025-08-19T16:45:00',
    author: 2,
    media: 0,
    categories: [4],
    tags: [27],
    title: 'Urban foxes & the city: learning to share streets with wildlife',
    content: `<p>Foxes moved into many European cities decades ago, and they have become remarkably good at city life. They raise cubs under garden sheds, patrol railway embankments at night and know exactly which bins are left open on collection day.</p>
<p>Researchers who follow urban foxes with GPS collars describe animals with small, fiercely kept territories and a detailed mental map of their neighbourhood. The city seems to have made them bolder, but not tame.</p>
<h2>Living alongside them</h2>
<ul>
<li>Keep food waste in closed containers rather than bags.</li>
<li>Do not hand-feed foxes; it teaches them to approach people.</li>
<li>Check netting and the edges of garden ponds, where young animals can get stuck.</li>
</ul>
<p>Most neighbours never notice their foxes at all, which is perhaps the best sign that the arrangement works.</p>`,
  },
  {
    id: 45,
    lang: 'en',
    slug: 'new-battery-rules-ebike-owners',
    published: '2026-02-09T12:00:00',
    modified: '2026-02-09T12:00:00',
    author: 7,
    media: 216,
    categories: [3, 5],
    tags: [26, 25],
    title: 'What the new battery rules mean for e-bike owners',
    content: `<p>The battery rules being phased in across the European Union over the next few years are mostly aimed at manufacturers, but e-bike riders will notice some of the effects.</p>
<h2>Easier repairs and replacements</h2>
<p>Batteries for light vehicles are meant to become removable and replaceable by independent repairers, not only by the original brand. In practice that should mean more choice when an old pack finally wears out.</p>
<h2>Take-back and labelling</h2>
<p>Sellers will have to accept used batteries for recycling, and packs will carry clearer labels on capacity, chemistry and expected life. Digital “battery passports” follow for larger batteries.</p>
<p>None of this changes how you ride today, but it makes the second life of your battery far less of a guessing game.</p>`,
  },
];
