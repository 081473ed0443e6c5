import { afterEach, describe, expect, it } from 'vitest';
import { setLocale } from './i18n';
import { relationName, withRelationNames } from './relation-names';

afterEach(() => setLocale('en', false));

describe('typed relation names', () => {
  it('are shown in the UI language, and an unknown name as written', () => {
    setLocale('es', false);
    expect(relationName('is a kind of')).toBe('es un tipo de');
    expect(relationName('stored in')).toBe('se guarda en');
    expect(relationName('holds up')).toBe('holds up');
    setLocale('en', false);
    expect(relationName('is a kind of')).toBe('is a kind of');
  });

  it("translate a relation card's answer line, leaving the person's concept names alone", () => {
    setLocale('es', false);
    expect(withRelationNames('Application Load Balancer — is a kind of — ELB')).toBe('Application Load Balancer — es un tipo de — ELB');
    expect(withRelationNames('snapshot — stored in — S3')).toBe('snapshot — se guarda en — S3');
    expect(withRelationNames('Uses — uses — needs')).toBe('Uses — usa — needs');
    expect(withRelationNames('A — holds up — B')).toBe('A — holds up — B');
  });
});
