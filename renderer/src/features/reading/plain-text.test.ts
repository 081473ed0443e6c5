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
  it('reads a link a cut opened or closed inside as the words it shows, without brackets', () => {
    expect(readableQuote('no funcionan ni SSH ni un [[Elastic Load Balan')).toBe('no funcionan ni SSH ni un Elastic Load Balan');
    expect(readableQuote('ver [[Elastic Load Balancer|el bal')).toBe('ver el bal');
    expect(readableQuote('ncer|el ELB]] reparte el tráfico')).toBe('el ELB reparte el tráfico');
    expect(readableQuote('Balancer]] reparte el tráfico')).toBe('Balancer reparte el tráfico');
    expect(readableQuote('según [la guía](aws/cómputo/EC')).toBe('según la guía');
  });
  it('reads a quoted table row as its cells, without the pipes', () => {
    expect(readableQuote('| **Vicio** | art. 1265 | error, violencia \\| dolo |')).toBe('Vicio · art. 1265 · error, violencia | dolo');
  });
});
