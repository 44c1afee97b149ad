// A static export: the test serves out/ beside the fixture API.
export default { output: 'export' };
