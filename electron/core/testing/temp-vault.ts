import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface TempVault {
  dir: string;
  write(id: string, content: string | Uint8Array): Promise<void>;
  read(id: string): Promise<string>;
  remove(id: string): Promise<void>;
  cleanup(): Promise<void>;
}

/** A real folder per test: the core is tested against the disk, not a mock of it. */
export async function makeTempVault(files: Record<string, string | Uint8Array>): Promise<TempVault> {
  const dir = await fs.realpath(await fs.mkdtemp(path.join(os.tmpdir(), 'cairn-test-')));
  const write = async (id: string, content: string | Uint8Array): Promise<void> => {
    const file = path.join(dir, id);
    await fs.mkdir(path.dirname(file), { recursive: true });
    await fs.writeFile(file, content);
  };
  for (const [id, content] of Object.entries(files)) await write(id, content);
  return {
    dir,
    write,
    read: (id) => fs.readFile(path.join(dir, id), 'utf8'),
    remove: (id) => fs.rm(path.join(dir, id), { recursive: true, force: true }),
    cleanup: () => fs.rm(dir, { recursive: true, force: true }),
  };
}

export const SMALL_VAULT: Record<string, string> = {
  'EC2.md': '---\naliases: [Elastic Compute Cloud, instancia EC2]\ntags: [aws/compute]\n---\n# EC2\n\nAmazon EC2 runs instances from an [[AMI]].\nSee [[Missing Note]] and [[ELB#Tipos]].\n',
  'AMI.md': '---\naliases: [AMIs, Amazon Machine Image]\n---\n# AMI\n\nAn Amazon Machine Image (AMI) is the template of an [[EC2]] instance.\n',
  'redes/ELB.md': '# ELB\n\n## Tipos\n\nEl balanceador de carga reparte peticiones entre instancias EC2. #aws/networking\n',
  'paginación.md': '# Paginación\n\nLa paginación de la CLI usa --page-size.\n',
};
