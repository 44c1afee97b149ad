#!/usr/bin/env node
/** Entry point `post-embeds/server/cli` (the `post-embeds-proxy` command): runs the proxy as a service (see `node/cli.ts`). */
import './node/cli.js';
