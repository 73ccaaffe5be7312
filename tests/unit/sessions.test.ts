// The session store writes a rolling expiry at most once a minute per session.
import session from 'express-session';
import { throttleTouch, TOUCH_EVERY_MS } from '../../server/sessions';

/** A memory store that records its touches (the real store is exercised in tests/http/auth). */
function countingStore(): { store: session.Store; touches: string[] } {
  const store = new session.MemoryStore();
  const touches: string[] = [];
  const touch = store.touch.bind(store);
  store.touch = (sid, sess, done) => {
    touches.push(sid);
    touch(sid, sess, done);
  };
  return { store, touches };
}

const sess = { cookie: new session.Cookie() } as session.SessionData;
const touchNow = (store: session.Store, sid: string) => new Promise<void>((resolve) => store.touch!(sid, sess, () => resolve()));

describe('throttleTouch', () => {
  it('writes the first touch of a session, then at most once per interval', async () => {
    const { store, touches } = countingStore();
    let now = 1_000_000;
    throttleTouch(store, TOUCH_EVERY_MS, () => now);
    await touchNow(store, 'a');
    await touchNow(store, 'a');
    now += TOUCH_EVERY_MS - 1;
    await touchNow(store, 'a');
    expect(touches).toEqual(['a']);
    now += 1;
    await touchNow(store, 'a');
    await touchNow(store, 'b'); // another session has its own clock
    expect(touches).toEqual(['a', 'a', 'b']);
  });

  it('always calls back, written or not', async () => {
    const { store } = countingStore();
    throttleTouch(store, TOUCH_EVERY_MS, () => 0);
    const calls: number[] = [];
    store.touch!('s', sess, () => calls.push(1));
    store.touch!('s', sess, () => calls.push(2));
    await new Promise((r) => setImmediate(r));
    expect(calls.sort()).toEqual([1, 2]);
  });

  it('remembers a bounded number of sessions', async () => {
    const { store, touches } = countingStore();
    throttleTouch(store, TOUCH_EVERY_MS, () => 0);
    for (let i = 0; i <= 10_000; i++) await touchNow(store, `s${i}`);
    await touchNow(store, 's0'); // forgotten (oldest), so written again
    await touchNow(store, 's10000'); // remembered
    expect(touches.length).toBe(10_002);
  });
});
