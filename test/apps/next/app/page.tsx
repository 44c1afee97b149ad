// A server component: raw tags, and the wrappers without handlers (a server component cannot pass functions).
import { OEmbedPreview, PostCard, RelatedPosts, SourceCitation } from 'post-embeds/react';
import { Listeners } from './listeners';
import { WithHandlers } from './with-handlers';

export default function Page() {
  return (
    <main>
      <section id="raw">
        <post-card endpoint="/api/wp-json" post-id="42" loading="eager" layout="horizontal" role="article" suppressHydrationWarning>
          <a href="/api/wp-json/wp/v2/posts/42">The post</a>
        </post-card>
        <related-posts endpoint="/api/wp-json" post-id="42" loading="eager" limit={2}></related-posts>
        <source-citation loading="eager" href="https://florin.blog/" headline="Open models" publisher="Florin.blog"></source-citation>
        <oembed-preview url="https://video.example/watch/open-models-explainer" endpoint="/api/oembed/video" format="json" loading="eager"></oembed-preview>
      </section>
      <section id="server-wrappers" data-no-events>
        <PostCard endpoint="/api/wp-json" postId="43" loading="eager" />
        <RelatedPosts endpoint="/api/wp-json" postId="43" loading="eager" limit={2} />
        <SourceCitation loading="eager">
          <a href="https://florin.blog/">Open models</a>
        </SourceCitation>
        <OEmbedPreview url="https://video.example/watch/open-models-explainer" endpoint="/api/oembed/video" loading="eager" />
      </section>
      <WithHandlers />
      <Listeners />
    </main>
  );
}
