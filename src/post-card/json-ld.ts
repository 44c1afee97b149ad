/**
 * What `<post-card jsonld>` tells search engines: the post as a schema.org `BlogPosting`, from the normalized
 * model alone. Loaded on demand.
 */
import type { Post } from '../core/model.js';

export function postJsonLd(post: Post): object {
  return {
    '@type': 'BlogPosting',
    headline: post.title,
    url: post.url,
    mainEntityOfPage: post.url,
    description: post.excerpt,
    datePublished: post.published,
    dateModified: post.modified,
    image: post.image?.url,
    inLanguage: post.language,
    author: post.authors.length ? post.authors.map(({ name, url }) => ({ '@type': 'Person', name, url })) : undefined,
    keywords: post.terms.length ? post.terms.map((term) => term.name).join(', ') : undefined,
  };
}

export { writeJsonLd } from '../core/json-ld.js';
