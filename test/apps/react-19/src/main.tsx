// React 19: raw tags typed by post-embeds/types/react together with React's own props, and the wrappers.
import { useRef } from 'react';
import { createRoot } from 'react-dom/client';
import 'post-embeds';
import 'post-embeds/types/react';
import type { Post } from 'post-embeds';
import { OEmbedPreview, PostCard, RelatedPosts, SourceCitation } from 'post-embeds/react';

const events: string[] = ((window as unknown as { events: string[] }).events ??= []);
const post: Post = { id: '9', title: 'Set by .data', url: 'https://blog.example/set-by-data', authors: [], terms: [] };

function App() {
  const card = useRef<HTMLElementTagNameMap['post-card']>(null);
  return (
    <>
      <section id="raw">
        <post-card
          ref={card}
          endpoint="/api/wp-json"
          post-id="42"
          loading="eager"
          layout="horizontal"
          role="article"
          suppressHydrationWarning
          onClick={(event) => event.currentTarget.reload()}
          onload={(event) => event.detail.data.title && events.push('raw post-card load')}
        />
        <related-posts ref={(element) => void element?.state} endpoint="/api/wp-json" post-id="42" loading="eager" limit={2} onload={(event) => event.detail.data.posts && events.push('raw related-posts load')} />
        <source-citation loading="eager" href="https://florin.blog/" headline="Open models" publisher="Florin.blog" onload={(event) => event.detail.data.length && events.push('raw source-citation load')} />
        <oembed-preview url="https://video.example/watch/open-models-explainer" endpoint="/api/oembed/video" format="xml" loading="eager" onload={(event) => event.detail.data.type && events.push('raw oembed-preview load')} />
        {/* @ts-expect-error: not a layout of <post-card> */}
        <post-card layout="diagonal" hidden />
      </section>
      <section id="data" data-no-events>
        <post-card data={post} />
      </section>
      <section id="wrappers">
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
