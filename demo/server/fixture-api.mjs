// Placeholder replaced by the fixture API module.
export function fixtureApiMiddleware() {
  return (ctx, next) => next();
}
