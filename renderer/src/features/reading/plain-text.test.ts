// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { readableQuote } from './plain-text';

describe('readableQuote', () => {
  it('reads a quoted sentence without bold, links or list marks', () => {
    expect(readableQuote('- **ENI** (elastic network interface) -> ver [[Redes|la red]] y `eth0`')).toBe('ENI (elastic network interface) -> ver la red y eth0');
  });
  it('drops the half of a bold pair a cut left behind', () => {
    expect(readableQuote('…capacidad** (capacity reservations) en una AZ')).toBe('…capacidad (capacity reservations) en una AZ');
  });
  it('reads a quoted table row as its cells, without the pipes', () => {
    expect(readableQuote('| **Vicio** | art. 1265 | error, violencia \\| dolo |')).toBe('Vicio · art. 1265 · error, violencia | dolo');
  });
});
