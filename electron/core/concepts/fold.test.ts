import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../testing/prng';
import { foldTerm, looseKeys, plain } from './fold';

describe('foldTerm', () => {
  it.each([
    ['AMIs', 'AMI'],
    ['IAM roles', 'IAM role'],
    ['roles', 'rol'],
    ['Los roles', 'los rol'],
    ['balanceadores', 'balanceador'],
    ['instancias', 'instancia'],
    ['policies', 'policy'],
    ['images', 'image'],
    ['buses', 'bus'],
    ['regiones', 'región'],
    ['Security groups', 'security group'],
    ['instance stores', 'instance store'],
    ['Load Balancers', 'load balancer'],
    ['Cloudwatch', 'CloudWatch'],
    ['aws cli', 'AWS CLI'],
    ['classes', 'class'],
    ['caches', 'cache'],
    ['boxes', 'box'],
    ['keys', 'key'],
    ['volúmenes', 'volumen'],
    ['Paginación', 'paginacion'],
    ['EC2-Classic', 'EC2 Classic'],
    ['instance-store backed', 'instance store  backed'],
    ['Amazon Machine Images', 'amazon machine image'],
    // Shouted plural words fold as words, not acronyms.
    ['ROLES', 'roles'],
    ['IAM ROLES', 'IAM role'],
    ['TYPES', 'type'],
    ['ZONES', 'zone'],
  ])('%s folds like %s', (a, b) => {
    expect(foldTerm(a)).toBe(foldTerm(b));
  });

  it.each([
    // Keys may be stems; what matters is that every spelling meets on one.
    ['Amazon  Machine\tImage', 'amazon machin image'],
    ['Acción Rápida', 'accion rapida'],
    ['EBS', 'ebs'],
    ['EFS', 'efs'],
    ['AWS', 'aws'],
    ['IAM', 'iam'],
    ['IOPS', 'iops'],
    ['Windows', 'windows'],
    ['status', 'status'],
    ['alias', 'alias'],
    ['aliases', 'alias'],
    ['EC2', 'ec2'],
    ['S3', 's3'],
    ['t2.micro', 't2 micro'],
    ["the instance's volume", 'the instance volume'],
  ])('%s → %s', (a, b) => {
    expect(foldTerm(a)).toBe(b);
  });

  it('keeps the S of short all-caps acronyms unless the vault knows the singular', () => {
    expect(foldTerm('AMIS')).toBe('amis');
    expect(foldTerm('AMIS', new Set(['ami']))).toBe('ami');
    expect(foldTerm('EFS', new Set(['ami']))).toBe('efs');
  });

  it('keeps a secure protocol apart from the plain one: the S after a P is not a plural', () => {
    expect(foldTerm('HTTPS', new Set(['http']))).toBe('https');
    expect(foldTerm('LDAPS', new Set(['ldap']))).toBe('ldaps');
  });

  it('reads a numeronym as one word, not an acronym with a plural s', () => {
    expect(foldTerm('K8s')).toBe('k8s');
    expect(foldTerm('i18n')).toBe('i18n');
    expect(foldTerm('EC2s')).toBe('ec2');
  });

  it('reads a Spanish plural acronym of doubled letters as its singular', () => {
    expect(foldTerm('BBDD')).toBe(foldTerm('BD'));
    expect(foldTerm('EEUU')).toBe('eu');
    expect(foldTerm('AAAA')).toBe('aaaa');
  });

  it('does not merge unrelated words', () => {
    expect(foldTerm('window')).not.toBe(foldTerm('windows'));
    expect(foldTerm('http')).not.toBe(foldTerm('https'));
    expect(foldTerm('EBS')).not.toBe(foldTerm('EB'));
  });
});

describe('shouted plurals and acronyms', () => {
  it.each([
    ['ROLES', 'rol'],
    ['RULES', 'rul'],
    // Acronyms that end in S keep it: no vowel-consonant-ES ending.
    ['EBS', 'ebs'],
    ['EFS', 'efs'],
    ['IOPS', 'iops'],
    ['AMIS', 'amis'],
    ['GPUS', 'gpus'],
    ['AES', 'aes'],
    ['SES', 'ses'],
  ])('%s → %s', (a, b) => {
    expect(foldTerm(a)).toBe(b);
  });
});

describe('looseKeys', () => {
  const meet = (a: string, b: string): boolean => looseKeys(a).some((k) => looseKeys(b).includes(k));

  it.each([
    // Compound words written with or without a space.
    ['ELASTIC FILESYSTEM', 'Elastic File System'],
    ['Elastic File Systems', 'elastic filesystem'],
    ['key pair', 'keypair'],
    ['data store', 'datastore'],
    // A light English suffix on any word of a multi-word name.
    ['ELASTIC COMPUTING CLOUD', 'Elastic Compute Cloud'],
    ['Launching instances', 'launch instance'],
    ['mapped drive', 'map drive'],
    ['logging agent', 'log agent'],
    ['routing table', 'route table'],
  ])('%s meets %s', (a, b) => {
    expect(meet(a, b)).toBe(true);
  });

  it.each([
    // -ing and -er name different things in AWS: the service and one of its resources.
    ['Elastic Load Balancing', 'Elastic Load Balancer'],
    ['load balancing', 'load balancer'],
    // Single words are not stemmed: a lone `computing` is not `compute`.
    ['computing', 'compute'],
    ['Networking', 'network'],
    // Short words are never cut (need/ne, used/us, string/str).
    ['need help', 'ne help'],
    ['used space', 'us space'],
    ['instance store', 'instance storage'],
    ['security group', 'security groups policy'],
  ])('%s stays apart from %s', (a, b) => {
    expect(meet(a, b)).toBe(false);
  });
});

describe('plain', () => {
  /** What plain means: decomposed, marks dropped, lower-cased. */
  const byDefinition = (s: string): string => s.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase();

  it('reads the accents off every character as decomposing the whole text would', () => {
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      if (plain(`x${ch}Ä`) !== byDefinition(`x${ch}Ä`)) expect([c.toString(16), plain(`x${ch}Ä`)]).toEqual([c.toString(16), byDefinition(`x${ch}Ä`)]);
    }
    expect(plain('Paginación ÁRBOL Ñandú')).toBe('paginacion arbol nandu');
  });

  it('matches the definition on mixed text: marks after letters, final sigma, Hangul, astral letters', () => {
    const alphabet = ['a', 'Z', 'é', 'É', 'ñ', 'ǅ', 'İ', '\u0301', '\u0345', '\u0334', 'Σ', 'ΑΣ', 'ς', '한', '가', ' ', '.', '’', '𝐀', '😀', '\ud835', '\udc00', 'ﬁ', 'Å', 'Ω'];
    const rand = mulberry32(7);
    for (let n = 0; n < 3000; n++) {
      let s = '';
      for (let k = Math.floor(rand() * 12); k > 0; k--) s += alphabet[Math.floor(rand() * alphabet.length)];
      expect(plain(s), JSON.stringify(s)).toBe(byDefinition(s));
    }
  });
});
