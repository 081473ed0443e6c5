import { createHash } from 'node:crypto';
import { CairnError, type DraftDTO, type DraftRequest, type NoteId } from '../../contract';
import type { VaultFs } from '../vault/vault-fs';

/** In the vault beside the review history: a draft travels with the notes and survives a crash or a reload. */
export const DRAFTS_FOLDER = '.cairn/drafts';

/** A note id can be 1,024 characters and hold any letter: the file is named by its hash, the id kept inside. */
function draftPath(id: NoteId): NoteId {
  return `${DRAFTS_FOLDER}/${createHash('sha256').update(id).digest('hex').slice(0, 40)}.json`;
}

function isDraft(value: unknown, id: NoteId): value is DraftDTO {
  if (typeof value !== 'object' || value === null) return false;
  const d = value as Partial<DraftDTO>;
  return d.id === id && typeof d.content === 'string' && (d.baseHash === null || typeof d.baseHash === 'string') && typeof d.savedAt === 'string';
}

/** Unsaved text per note, written atomically through the vault until the note is saved or the draft discarded. */
export class DraftStore {
  constructor(
    private readonly vault: VaultFs,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async save(request: DraftRequest): Promise<DraftDTO> {
    const draft: DraftDTO = { id: request.id, content: request.content, baseHash: request.baseHash, savedAt: this.now().toISOString() };
    await this.vault.write(draftPath(request.id), JSON.stringify(draft));
    return draft;
  }

  /** The draft of a note, or null. A draft file that cannot be read is reported, not silently dropped. */
  async read(id: NoteId): Promise<DraftDTO | null> {
    const bytes = await this.vault.read(draftPath(id)).catch(() => null);
    if (!bytes) return null;
    let value: unknown;
    try {
      value = JSON.parse(new TextDecoder('utf-8').decode(bytes));
    } catch {
      throw new CairnError('internal', `The draft of ${id} in ${draftPath(id)} cannot be read; it was left there untouched.`);
    }
    return isDraft(value, id) ? value : null;
  }

  async discard(id: NoteId): Promise<void> {
    await this.vault.remove(draftPath(id));
  }

  /** A renamed note keeps its draft. */
  async move(from: NoteId, to: NoteId): Promise<void> {
    const draft = await this.read(from).catch(() => null);
    if (!draft) return;
    await this.save({ id: to, content: draft.content, baseHash: draft.baseHash });
    await this.discard(from);
  }
}
