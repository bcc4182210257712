/**
 * The files a user picked or dropped, with their paths inside a folder. Dropped folders
 * are walked with the File and Directory Entries API (the only way a drop gives a folder).
 */
import type { InputFile } from '../protocol.js';

/** Files from an <input type="file"> (folder picks carry webkitRelativePath). */
export function fromInput(list: FileList): InputFile[] {
  return stripTop([...list].map((file) => ({ file, path: file.webkitRelativePath || file.name })));
}

function readAll(reader: FileSystemDirectoryReader): Promise<FileSystemEntry[]> {
  return new Promise((resolve, reject) => {
    const out: FileSystemEntry[] = [];
    const next = () => reader.readEntries((batch) => (batch.length ? (out.push(...batch), next()) : resolve(out)), reject);
    next();
  });
}

async function walk(entry: FileSystemEntry, prefix: string, out: InputFile[]): Promise<void> {
  if (entry.isFile) {
    const file = await new Promise<File>((resolve, reject) => (entry as FileSystemFileEntry).file(resolve, reject));
    out.push({ file, path: prefix + entry.name });
  } else if (entry.isDirectory) {
    for (const e of await readAll((entry as FileSystemDirectoryEntry).createReader())) await walk(e, `${prefix}${entry.name}/`, out);
  }
}

/** Files from a drop, folders walked. */
export async function fromDrop(data: DataTransfer): Promise<InputFile[]> {
  const entries = [...data.items].map((i) => i.webkitGetAsEntry?.()).filter((e): e is FileSystemEntry => !!e);
  if (!entries.length) return fromInput(data.files);
  const out: InputFile[] = [];
  for (const e of entries) await walk(e, '', out);
  return stripTop(out);
}

/** Paths relative to the folder picked: `istanbul-2017/incident.csv` becomes `incident.csv`. */
function stripTop(files: InputFile[]): InputFile[] {
  const tops = new Set(files.map((f) => (f.path.includes('/') ? f.path.split('/')[0] : '')));
  if (tops.size !== 1 || tops.has('')) return files;
  const top = [...tops][0].length + 1;
  return files.map((f) => ({ file: f.file, path: f.path.slice(top) }));
}
