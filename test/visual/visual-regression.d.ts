// The package's types sit behind its `import` condition, which TypeScript resolves to the untyped .mjs.
declare module '@web/test-runner-visual-regression' {
  export function visualDiff(element: Node, name: string): Promise<void>;
}
