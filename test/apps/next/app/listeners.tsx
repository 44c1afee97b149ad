'use client';
// Registers the raw tags of the server component and learns when they are ready: an element may have loaded
// before this effect runs (it upgrades as soon as the script runs, before hydration), so it reads `state`
// first and listens only when the element is still on its way (the frameworks guide's recipe).
import { useEffect } from 'react';
import 'post-embeds';

export function Listeners() {
  useEffect(() => {
    for (const element of document.querySelectorAll<HTMLElementTagNameMap['post-card']>('#raw > *')) {
      const record = () => ((window as unknown as { events: string[] }).events ??= []).push(`raw ${element.localName} load`);
      if (element.state === 'ready') record();
      else element.addEventListener('load', record, { once: true });
    }
  }, []);
  return null;
}
