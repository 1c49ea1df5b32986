import { queryInt, validationError } from './validate';

export interface Page<T> {
  page_size: number;
  page_number: number;
  page_count: number;
  total_records: number;
  next_page_token: string;
  items: T[];
}

/**
 * Zoom's paging: `page_size` (default 30, at most 300) and an opaque `next_page_token`, empty on the
 * last page; `page_number` is still honoured for older clients. The token is the next offset, encoded.
 */
export function paginate<T>(items: T[], query: URLSearchParams): Page<T> {
  const pageSize = queryInt(query, 'page_size', 30, 1, 300);
  const token = query.get('next_page_token');
  let offset: number;
  if (token) {
    const text = Buffer.from(token, 'base64url').toString('utf8');
    const decoded = text.startsWith('o:') ? Number(text.slice(2)) : Number.NaN;
    if (!Number.isInteger(decoded) || decoded < 0) throw validationError('next_page_token', 'is invalid');
    offset = decoded;
  } else {
    offset = (queryInt(query, 'page_number', 1, 1, 1_000_000) - 1) * pageSize;
  }
  const slice = items.slice(offset, offset + pageSize);
  const next =
    offset + pageSize < items.length ? Buffer.from(`o:${offset + pageSize}`).toString('base64url') : '';
  return {
    page_size: pageSize,
    page_number: Math.floor(offset / pageSize) + 1,
    page_count: Math.ceil(items.length / pageSize),
    total_records: items.length,
    next_page_token: next,
    items: slice,
  };
}
