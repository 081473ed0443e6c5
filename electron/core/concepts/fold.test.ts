import { describe, expect, it } from 'vitest';
import { foldTerm } from './fold';

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

  it('does not merge unrelated words', () => {
    expect(foldTerm('window')).not.toBe(foldTerm('windows'));
    expect(foldTerm('http')).not.toBe(foldTerm('https'));
    expect(foldTerm('EBS')).not.toBe(foldTerm('EB'));
  });
});
