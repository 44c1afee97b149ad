import { expect } from '@open-wc/testing';
import { PostEmbedsError } from '../../src/shared/errors.js';

/** The `PostEmbedsError` that `action` throws (fails the test when it throws nothing, or something else). */
export function thrown(action: () => unknown): PostEmbedsError {
  try {
    action();
  } catch (error) {
    expect(error).to.be.instanceOf(PostEmbedsError);
    return error as PostEmbedsError;
  }
  throw new Error('expected a PostEmbedsError');
}

/** The `PostEmbedsError` that `pending` rejects with (fails the test when it resolves, or rejects with something else). */
export async function rejected(pending: Promise<unknown>): Promise<PostEmbedsError> {
  try {
    await pending;
  } catch (error) {
    expect(error).to.be.instanceOf(PostEmbedsError);
    return error as PostEmbedsError;
  }
  throw new Error('expected a PostEmbedsError');
}
