export function findElectron(): { path: string | null; why: string | null };
