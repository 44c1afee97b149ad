export default { layout: 'base.njk', lang: 'en' };
