#!/usr/bin/env node
// `npx post-embeds-proxy`: the CLI of post-embeds/server, with its Node dependencies installed beside it.
//
// npm (npx, npm exec, npm run) starts a command through `sh -c`, and passes a SIGTERM it gets on to that shell,
// which dies of it without passing it on: the proxy would keep running, adopted by PID 1. So, when npm started
// us, a parent that goes away is the signal we missed: it stops the proxy as SIGTERM does (requests in flight
// finish).
if (process.env.npm_lifecycle_event !== undefined) {
  const parent = process.ppid;
  const watch = setInterval(() => {
    if (process.ppid === parent) return;
    clearInterval(watch);
    process.kill(process.pid, 'SIGTERM');
  }, 200);
  watch.unref();
}
await import('post-embeds/server/cli');
