#!/usr/bin/env node
// `npx post-embeds-proxy`: the CLI of post-embeds/server, with its Node dependencies installed beside it.
import 'post-embeds/server/cli';
