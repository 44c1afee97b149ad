// tsc compiles only TypeScript: copy the plain files that modules load at run time (the sandboxed frame's
// height reporter, loaded as `new URL('./reporter.js', import.meta.url)`) to the same place under dist/.
import { copyFile, mkdir } from 'node:fs/promises';
import path from 'node:path';

const assets = ['oembed-preview/frame/reporter.js'];
for (const asset of assets) {
  const target = path.join('dist', asset);
  await mkdir(path.dirname(target), { recursive: true });
  await copyFile(path.join('src', asset), target);
}
