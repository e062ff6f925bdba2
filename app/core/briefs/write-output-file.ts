import { writeFileAtomically } from '../store/write-file-atomically';
import { AppError } from '../../shared/app-error';

/**
 * Writes a file the officer asked for (a brief's PDF, a notes export) atomically: a failure leaves any
 * file already at `file` as it was, and is reported as `write-failed`.
 */
export async function writeOutputFile(file: string, data: string | Uint8Array): Promise<void> {
  try {
    await writeFileAtomically(file, data);
  } catch (error) {
    throw new AppError('write-failed', { file, detail: (error as Error).message }, { cause: error });
  }
}
