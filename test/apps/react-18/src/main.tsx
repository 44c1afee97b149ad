// React 18: raw tags typed by post-embeds/types/react-18 (attributes only: React 18 sets no property and hears
// no event of a custom element) together with React's own props; the wrappers for data and events.
import { useRef } from 'react';
import { createRoot } from 'react-dom/client';
import 'post-embeds';
import 'post-embeds/types/react-18';
import type { Post } from 'post-embeds';
import { OEmbedPreview, PostCard, RelatedPosts, SourceCitation } from 'post-embeds/react';

const events: string[] = ((window as unknown as { events: string[] }).events ??= []);
const post: Post = { id: '9', title: 'Set by .data', url: 'https://blog.example/set-by-data', authors: [], terms: [] };

function App() {
  const card = useRef<HTMLElementTagNameMap['post-card']>(null);
  return (
    <>
      <section id="raw" data-no-events>
        <post-card ref={card} endpoint="/api/wp-json" post-id="42" loading="eager" layout="horizontal" role="article" suppressHydrationWarning onClick={(event) => event.currentTarget.reload()} />
        <related-posts ref={(element) => void element?.state} endpoint="/api/wp-json" post-id="42" loading="eager" limit={2} />
        <source-citation loading="eager" href="https://florin.blog/" headline="Open models" publisher="Florin.blog" />
        <oembed-preview url="https://video.example/watch/open-models-explainer" endpoint="/api/oembed/video" format="xml" loading="eager" />
        {/* @ts-expect-error: React 18 would pass the model as the string "[object Object]" */}
        <post-card data={post} hidden />
        {/* @ts-expect-error: React 18 never calls it */}
        <post-card onload={() => {}} hidden />
      </section>
      <section id="wrappers">
        <PostCard data={post} onLoad={() => events.push('never: .data fires no load')} />
        <PostCard endpoint="/api/wp-json" postId="43" loading="eager" onLoad={(event) => event.detail.data.title && events.push('wrappers post-card load')} />
        <RelatedPosts endpoint="/api/wp-json" postId="43" loading="eager" limit={2} onLoad={() => events.push('wrappers related-posts load')} />
        <SourceCitation loading="eager" onLoad={() => events.push('wrappers source-citation load')}>
          <a href="https://florin.blog/">Open models</a>
        </SourceCitation>
        <OEmbedPreview url="https://video.example/watch/open-models-explainer" endpoint="/api/oembed/video" loading="eager" onLoad={() => events.push('wrappers oembed-preview load')} />
      </section>
    </>
  );
}

createRoot(document.querySelector('#app')!).render(<App />);
