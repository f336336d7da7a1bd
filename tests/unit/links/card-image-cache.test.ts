import { drawCardOnce } from '@/lib/links/card-image-cache';

function drawing(bytes: number) {
  return jest.fn(() => Promise.resolve(new ArrayBuffer(bytes)));
}

describe('drawCardOnce', () => {
  test('a card is drawn once, however often and however concurrently it is asked for', async () => {
    const draw = drawing(3);
    const cards = await Promise.all([
      drawCardOnce('once:id', draw),
      drawCardOnce('once:id', draw),
      drawCardOnce('once:id', draw),
    ]);
    await drawCardOnce('once:id', draw);
    expect(draw).toHaveBeenCalledTimes(1);
    expect(cards.every((card) => card.byteLength === 3)).toBe(true);
  });

  test('another key (new content or another language) is drawn anew', async () => {
    const draw = drawing(1);
    await drawCardOnce('content-a:id', draw);
    await drawCardOnce('content-a:en', draw);
    await drawCardOnce('content-b:id', draw);
    expect(draw).toHaveBeenCalledTimes(3);
  });

  test('a failed drawing is not kept', async () => {
    const failing = jest.fn(() => Promise.reject(new Error('no')));
    await expect(drawCardOnce('fails:id', failing)).rejects.toThrow('no');
    const draw = drawing(2);
    await expect(drawCardOnce('fails:id', draw)).resolves.toHaveProperty('byteLength', 2);
  });

  test('only the most recently used few dozen are kept', async () => {
    const first = drawing(1);
    await drawCardOnce('old:id', first);
    for (let index = 0; index < 40; index += 1)
      await drawCardOnce(`filler-${index}:id`, drawing(1));
    await drawCardOnce('old:id', first);
    expect(first).toHaveBeenCalledTimes(2);

    const used = drawing(1);
    await drawCardOnce('used:id', used);
    for (let index = 0; index < 20; index += 1) {
      await drawCardOnce(`more-${index}:id`, drawing(1));
      await drawCardOnce('used:id', used);
    }
    expect(used).toHaveBeenCalledTimes(1);
  });
});
