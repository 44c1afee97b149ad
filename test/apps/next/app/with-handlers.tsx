'use client';
// The wrappers in a client component, with typed handlers.
import { OEmbedPreview, PostCard, RelatedPosts, SourceCitation } from 'post-embeds/react';

const record = (tag: string, type: string) => () => {
  ((window as unknown as { events: string[] }).events ??= []).push(`client-wrappers ${tag} ${type}`);
};

export function WithHandlers() {
  return (
    <section id="client-wrappers">
      <PostCard endpoint="/api/wp-json" postId="45" loading="eager" onLoad={(event) => event.detail.data.title && record('post-card', 'load')()} />
      <RelatedPosts endpoint="/api/wp-json" postId="45" loading="eager" limit={2} onLoad={record('related-posts', 'load')} />
      <SourceCitation loading="eager" onLoad={record('source-citation', 'load')}>
          <a href="https://florin.blog/">Open models</a>
        </SourceCitation>
      <OEmbedPreview url="https://video.example/watch/open-models-explainer" endpoint="/api/oembed/video" loading="eager" onLoad={record('oembed-preview', 'load')} />
    </section>
  );
}
