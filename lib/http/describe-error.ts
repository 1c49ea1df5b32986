/** The code and sentence a view shows for anything a handler threw. */
export function describeError(error: unknown): { code: string; message: string } {
  if (error && typeof error === 'object' && 'code' in error && 'message' in error) {
    const { code, message } = error as { code: unknown; message: unknown };
    if (typeof message === 'string' && message) return { code: String(code), message };
  }
  console.error('Unexpected error in a message handler', error);
  return { code: 'internal', message: 'Something went wrong inside the extension. Please try again.' };
}
