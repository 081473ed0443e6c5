import { expect, it } from 'vitest';
import { isAcronymOf } from './generated';
it.each([['AMI','Amazon Machine Image',true],['GWLB','Gateway Load Balancer',true],['EC2','Elastic Compute Cloud',true],['ELB','Elastic Load Balancing',true],['EFS','Elastic File System',true],['IAM','Identity and Access Management',true],['ALB','Network Load Balancer',false],['S3','Simple Storage Service',true],['EC2','Amazon Elastic Compute Cloud',false]])('%s %s', (a,b,c)=>expect(isAcronymOf(a,b)).toBe(c));
