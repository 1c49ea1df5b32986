import { t } from '@/lib/i18n';
import { decodeTextFile } from '@/lib/registration/decode-file';
import { csvShape } from '@/lib/registration/parse-table';

/** The protocol's limit on one input; a 4,999-row CSV with names is well under 1 MB. */
export const MAX_FILE_BYTES = 4_000_000;

/** A file the page can preview, with what the person should check; or why it cannot be used. */
export type FileReading = { ok: true; text: string; notices: string[] } | { ok: false; message: string };

const refuse = (message: string): FileReading => ({ ok: false, message });

/**
 * Reads a chosen file in the page (nothing is uploaded anywhere but to the preview) and decides
 * before anything is sent whether it can be a list of people. Each refusal says what to do.
 */
export async function readCsvFile(file: File): Promise<FileReading> {
  if (file.size > MAX_FILE_BYTES) return refuse(t('registrationFileTooLarge'));
  let bytes: ArrayBuffer;
  try {
    bytes = await file.arrayBuffer();
  } catch {
    return refuse(t('registrationFileUnreadable'));
  }
  const decoded = decodeTextFile(bytes);
  if (!decoded.ok) {
    if (decoded.problem === 'workbook') return refuse(t('registrationFileWorkbook'));
    if (decoded.problem === 'binary') return refuse(t('registrationFileBinary'));
    return refuse(t('registrationFileEmpty'));
  }
  const notices: string[] = [];
  if (decoded.encoding === 'windows-1252') notices.push(t('registrationFileWindows1252'));
  const shape = csvShape(decoded.text);
  switch (shape.kind) {
    case 'empty':
      return refuse(t('registrationFileEmpty'));
    case 'header-only':
      return refuse(t('registrationFileHeaderOnly', [shape.header.join(', ')]));
    case 'no-email-column':
      return refuse(t('registrationFileNoEmailColumn', [shape.header.join(', ')]));
    case 'headerless':
      notices.push(t('registrationFileHeaderless'));
      break;
    case 'table':
      break;
  }
  return { ok: true, text: decoded.text, notices };
}
