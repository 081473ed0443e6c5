import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { DeferredData } from './deferred-data';

describe('DeferredData', () => {
  const graph = (): cytoscape.Core =>
    cytoscape({
      headless: true,
      elements: [
        { group: 'nodes', data: { id: 'a', size: 10, label: 'A' } },
        { group: 'nodes', data: { id: 'b', size: 12, label: 'B' } },
      ],
    });

  it('gives a node its new data once it is drawn (a class or selection), not before', () => {
    const cy = graph();
    const kept = new DeferredData();
    kept.watch(cy);
    kept.defer('a', { size: 30, label: 'A' });
    kept.defer('b', { size: 40, label: 'B2' });
    expect(cy.getElementById('a').data('size')).toBe(10);
    cy.getElementById('a').addClass('labelled');
    expect(cy.getElementById('a').data('size')).toBe(30);
    cy.getElementById('b').select();
    expect(cy.getElementById('b').data()).toMatchObject({ size: 40, label: 'B2' });
    expect(kept.size).toBe(0);
  });

  it('gives everything kept at once when all nodes are read, and forgets what was dropped', () => {
    const cy = graph();
    const kept = new DeferredData();
    kept.watch(cy);
    kept.defer('a', { size: 30 });
    kept.defer('b', { size: 40 });
    kept.drop('b');
    kept.flush();
    expect(cy.getElementById('a').data('size')).toBe(30);
    expect(cy.getElementById('b').data('size')).toBe(12);
    // A node given other data meanwhile takes what was kept for it (it is drawn, or about to be).
    kept.defer('b', { size: 50 });
    cy.getElementById('b').data('mastery', 0.5);
    expect(cy.getElementById('b').data('size')).toBe(50);
    kept.destroy();
    cy.getElementById('a').addClass('x');
    expect(cy.getElementById('a').data('size')).toBe(30);
  });
});
